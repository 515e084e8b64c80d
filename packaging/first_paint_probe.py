"""PyInstaller run-time hook of the Linux build: with LESSONAPP_FIRST_PAINT_PROBE=1
in the environment, the frozen app prints its peak memory (KiB) when its main
window first paints, and exits. That is how scripts/check_deb.py sees the window
open and benchmarks/bench_frozen.py times the frozen app to its first window,
the way benchmarks/bench_startup.py times the installed one. Without the
variable it does nothing."""

import os
import sys


class _FirstPaint:
    """Puts the report on MainWindow.paintEvent as the app imports its module."""

    def find_spec(self, name, path=None, target=None):
        if name != "lessonapp.ui.main_window":
            return None
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    spec.loader = _ReportingLoader(spec.loader)
                    return spec
        return None


class _ReportingLoader:
    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        window = module.MainWindow
        original = window.paintEvent

        def paintEvent(self, event):
            original(self, event)
            import resource

            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            os._exit(0)

        window.paintEvent = paintEvent


if os.environ.get("LESSONAPP_FIRST_PAINT_PROBE") == "1":
    sys.meta_path.insert(0, _FirstPaint())
