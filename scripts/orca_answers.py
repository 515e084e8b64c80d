"""Print, as JSON, the right answers of a lesson's quiz: {prompt: [choice text, ...]}.

scripts/orca_drive.py reads them to pick a right or a wrong choice by its name, as a
student who knows the answer would. True/false questions give "True" or "False".
Usage: python scripts/orca_answers.py LESSON_FILE
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lessonapp.content.library import load_library


def main(path: str) -> None:
    library = load_library([Path(path).parent])
    lesson = next(lesson for lesson in library.lessons if lesson.path.samefile(path))
    answers = {}
    for question in lesson.quiz.questions:
        if question.type == "true_false":
            answers[question.prompt] = ["True" if question.choices[0].correct else "False"]
        else:
            answers[question.prompt] = [choice.text for choice in question.choices if choice.correct]
    json.dump(answers, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
