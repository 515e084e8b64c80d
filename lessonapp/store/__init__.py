"""Score storage: profiles, attempts and answers in SQLite (standard library only, no Qt).

    from lessonapp.store import Store
    with Store.open(data_dir / "scores.db") as store:
        if store.notice: show(store.notice)
        ...

See docs/architecture.md, section "store".
"""

from .backup import Backup, list_backups, make_backup, maybe_backup, restore_backup, rotate
from .errors import StoreError, UnknownAttempt, UnknownProfile
from .export import ANSWER_COLUMNS, ATTEMPT_COLUMNS, export_answers, export_attempts, export_to_path
from .pin import PinGuard, check_pin, has_pin, set_pin, validate_pin
from .records import ABANDONED, FINISHED, IN_PROGRESS, AnswerRecord, AttemptRecord, BestResult, Profile
from .reports import ItemStats, OverviewRow, attempt_answers, class_overview, item_analysis, student_history
from .store import Store

__all__ = [
    "ABANDONED", "ANSWER_COLUMNS", "ATTEMPT_COLUMNS", "FINISHED", "IN_PROGRESS",
    "AnswerRecord", "AttemptRecord", "Backup", "BestResult", "ItemStats", "OverviewRow", "PinGuard",
    "Profile", "Store", "StoreError", "UnknownAttempt", "UnknownProfile",
    "attempt_answers", "check_pin", "class_overview", "export_answers", "export_attempts",
    "export_to_path", "has_pin", "item_analysis", "list_backups", "make_backup", "maybe_backup",
    "restore_backup", "rotate", "set_pin", "student_history", "validate_pin",
]
