"""What the frozen `lessonapp-gui.exe` runs on Windows: the app with no console window."""

import sys

from lessonapp.gui import main

sys.exit(main())
