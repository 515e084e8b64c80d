"""What the frozen `lessonapp` runs: the same main as the pip-installed command."""

import sys

from lessonapp.cli import main

sys.exit(main())
