"""Pulling the class's statements from the LRS into this data folder (`lessonapp scores
pull`, the teacher area's Pull button). NO Qt.

The statements come page by page, oldest stored first, and each page is merged
as a bundle is (merge.merge_statements: by statement id and registration, so a
statement fetched twice changes nothing).

Where the last pull ended is kept as the LRS's own `stored` time, not as the
statements' `timestamp`: a kiosk that was offline for a week sends last week's
answers today, and the LRS stores them today, after everything pulled so far,
so a pull "since the stored time" fetches them, where a pull since the newest
timestamp seen would miss them for good. The position kept is never later
than the LRS's X-Experience-API-Consistent-Through (what an LRS still
storing may not show yet), and the next pull starts a little before it
(OVERLAP), since `since` is exclusive and stored times may tie: what is fetched
again is merged as "here already". The position is saved after each page, so
a pull cut short goes on from there.

Only this school's lessonapp statements are merged (context.platform
"lessonapp", the actor's account under `school`): an LRS shared with other
tools holds others, which are counted and left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from lessonapp.words import Words

from .lrs import LrsClient, LrsError
from .merge import LRS, merge_statements

POSITION_KEY = "lrs_pull_since"  # in the store's settings table
OVERLAP = timedelta(seconds=5)
PAGE_SIZE = 500


@dataclass
class PullResult:
    fetched: int = 0  # statements the LRS sent
    merged: int = 0  # new here, now in the class's data
    already_here: int = 0
    rejected: int = 0  # lessonapp statements that could not be merged (problems says why)
    not_ours: int = 0  # another tool's, or another school's: left alone
    problems: list[str] = field(default_factory=list)
    error: str | None = None  # why the pull stopped early; what came before it is merged

    def summary(self) -> Words:
        if self.fetched == 1:
            text = Words(
                "classroom",
                "fetched 1 statement from the LRS: merged {0}, {1} were here already",
                f"{self.merged:,}",
                f"{self.already_here:,}",
            )
        else:
            text = Words(
                "classroom",
                "fetched {0} statements from the LRS: merged {1}, {2} were here already",
                f"{self.fetched:,}",
                f"{self.merged:,}",
                f"{self.already_here:,}",
            )
        if self.rejected:
            text = Words("classroom", "{0}, {1} could not be merged", text, f"{self.rejected:,}")
        if self.not_ours:
            text = Words("classroom", "{0}, {1} are not this school's lessonapp results", text, f"{self.not_ours:,}")
        return text


def pull(store, client: LrsClient, lesson_ids: Collection[str] | None = None, *, page_size: int = PAGE_SIZE,
         from_start: bool = False, progress: Callable[[int], None] | None = None) -> PullResult:
    """Fetch what the LRS stored since the last pull (everything, from_start) and
    merge it; progress(fetched so far). A statement that cannot be merged (its
    lesson is not in this library...) is passed over: the position moves on, so
    a pull is never stuck on it; once mended, a pull from_start fetches it again."""
    result = PullResult()
    position = None if from_start else _parse(store.get_setting(POSITION_KEY))
    since = _text(position - OVERLAP) if position else None
    try:
        for page in client.statements(since=since, page_size=page_size):
            result.fetched += len(page.statements)
            ours = [s for s in page.statements if _is_ours(s, store.school)]
            result.not_ours += len(page.statements) - len(ours)
            if ours:
                report = merge_statements(store, [(LRS, None, s) for s in ours], lesson_ids)
                result.merged += report.merged
                result.already_here += report.already_here
                result.rejected += report.rejected
                result.problems.extend(report.problems)
            newest = max((t for t in map(_stored, page.statements) if t), default=None)
            consistent = _parse(page.consistent_through)
            if newest and consistent and consistent < newest:
                newest = consistent
            if newest and (position is None or newest > position):
                position = newest
                store.set_setting(POSITION_KEY, _text(position))
            if progress is not None:
                progress(result.fetched)
    except LrsError as error:
        result.error = error.message
    return result


def _is_ours(statement: dict, school: str) -> bool:
    context = statement.get("context")
    actor = statement.get("actor")
    account = actor.get("account") if isinstance(actor, dict) else None
    return (isinstance(context, dict) and context.get("platform") == "lessonapp"
            and isinstance(account, dict) and str(account.get("homePage", "")).rstrip("/") == school.rstrip("/"))


def _stored(statement: dict) -> datetime | None:
    value = statement.get("stored")
    return _parse(value) if isinstance(value, str) else None


_ISO = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?$")


def _parse(text: str | None) -> datetime | None:
    """An xAPI timestamp (ISO 8601, any number of decimals, Z or an offset), or None."""
    if not text:
        return None
    match = _ISO.match(text.strip())
    if match is None:
        return None
    base, fraction, zone = match.groups()
    zone = "+00:00" if zone in (None, "Z") else zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
    try:
        moment = datetime.fromisoformat(f"{base}.{(fraction or '0')[:6].ljust(6, '0')}{zone}")
    except ValueError:
        return None
    return moment.astimezone(timezone.utc)


def _text(moment: datetime) -> str:
    """In the form LRSs write `stored` (milliseconds, Z): some compare `since` as text."""
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
