"""lessonapp: offline lessons and quizzes written by teachers in YAML."""

__version__ = "0.1.0"
