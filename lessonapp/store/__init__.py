"""Score storage: profiles, attempts and answers in SQLite (standard library only, no Qt).

    from lessonapp.store import Store
    with Store.open(data_dir / "scores.db") as store:
        if store.notice: show(store.notice)
        ...

See docs/architecture.md, section "store".
"""

from .errors import StoreError, StoreUnavailable, UnknownAttempt, UnknownProfile
from .records import ABANDONED, FINISHED, IN_PROGRESS, AnswerRecord, AttemptRecord, BestResult, Profile
from .store import Store

# The teacher's tools are imported when first used, so that opening the
# student app does not pay for them (see benchmarks/bench_startup.py).
_LATER = {
    "backup": (
        "Backup", "list_backups", "make_backup", "make_backup_file", "maybe_backup_file", "restore_backup", "rotate",
    ),
    "export": (
        "ANSWER_COLUMNS", "ATTEMPT_COLUMNS", "export_answers", "export_attempts", "export_database", "export_to_path",
    ),
    "pin": ("PinGuard", "check_pin", "has_pin", "set_pin", "validate_pin"),
    "reports": (
        "ItemStats", "OverviewRow", "attempt_answers", "class_overview", "item_analysis", "machines", "student_history",
    ),
}
_MODULE_OF = {name: module for module, names in _LATER.items() for name in names}


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)


__all__ = [
    "ABANDONED", "ANSWER_COLUMNS", "ATTEMPT_COLUMNS", "FINISHED", "IN_PROGRESS",
    "AnswerRecord", "AttemptRecord", "Backup", "BestResult", "ItemStats", "OverviewRow", "PinGuard",
    "Profile", "Store", "StoreError", "StoreUnavailable", "UnknownAttempt", "UnknownProfile",
    "attempt_answers", "check_pin", "class_overview", "export_answers", "export_attempts",
    "export_database", "export_to_path", "has_pin", "item_analysis", "list_backups", "make_backup",
    "machines", "make_backup_file", "maybe_backup_file", "restore_backup", "rotate", "set_pin", "student_history",
    "validate_pin",
]
