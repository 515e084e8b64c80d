"""The teacher area: class overview, a student's history, item analysis, export and backups.

    from lessonapp.ui.teacher import TeacherArea
    area = TeacherArea(store, library, data_dir)
    area.closed.connect(...); area.restore_requested.connect(...)

See area.py for the contract with the owner.
"""

from lessonapp.ui.teacher.area import BACKUP_FOLDER, TeacherArea

__all__ = ["BACKUP_FOLDER", "TeacherArea"]
