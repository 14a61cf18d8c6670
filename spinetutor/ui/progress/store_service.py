"""The one ProgressStore of the app, wrapped so saving problems never reach the UI as errors.

Why a service: every screen that records or shows progress talks to this object, so "who is
learning", "does this mode record" and "saving failed" are decided in one place. A failed save
becomes a plain ``notice`` and the app carries on; the learner loses only the unsaved answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QStandardPaths, QTimer, Signal

from spinetutor.core import progress_open
from spinetutor.core.progress import GUEST, Answer, ProgressStore
from spinetutor.core.progress_errors import ProgressNotSaved, ProgressStoreError
from spinetutor.core.progress_stats import Dashboard, dashboard
from spinetutor.ui.i18n import translate

STORE_FILE = "progress.sqlite3"
IDLE_GAP = timedelta(minutes=10)
"""A pause longer than this ends a study session (time studied does not count idle hours)."""
FIRST_ANSWER_LEAD = timedelta(minutes=1)
"""Reading time credited before the first answer of a session."""
KNOWN_REASONS = (   # the store's reasons (core/progress.py), shown via translate("Progress", ...)
    QT_TRANSLATE_NOOP("Progress", "the disk is full. Free some space and try again"),
    QT_TRANSLATE_NOOP("Progress", "the progress folder is read-only"),
    QT_TRANSLATE_NOOP("Progress", "another SpineTutor window is using the progress file"),
    QT_TRANSLATE_NOOP("Progress", "the progress file cannot be written"),
)


RECOVERY_MESSAGES = {   # core/progress_open.py's sentences, shown via translate("Progress", ...)
    progress_open.NOTHING_READ: QT_TRANSLATE_NOOP(
        "Progress", "Your progress file was damaged and nothing in it could be read; there was "
        "no backup, so SpineTutor started a new one. The damaged file was kept as {aside}."),
    progress_open.NO_BACKUP: QT_TRANSLATE_NOOP(
        "Progress", "Your progress file was damaged and has been rebuilt. Answers recovered: "
        "{total} (all from the damaged file; there was no backup). The damaged file was kept "
        "as {aside}."),
    progress_open.FROM_BACKUPS: QT_TRANSLATE_NOOP(
        "Progress", "Your progress file was damaged and has been rebuilt. Answers recovered: "
        "{total} ({from_file} from the damaged file, {more} more from the backups). Backups: "
        "{backups}, undamaged: {good}. The damaged file was kept as {aside}."),
}


def recovery_message(recovery: progress_open.Recovery) -> str:
    """What a recovery did, in the learner's language."""
    template = RECOVERY_MESSAGES.get(recovery.template)
    if template is None:
        return recovery.message()
    return translate("Progress", template).format(**recovery.fields())


def default_store_path() -> Path:
    """The progress file in the platform's user-data folder (test mode in tests)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / STORE_FILE


def not_saved_message(error: Exception) -> str:
    """Turn a store message into the one sentence the learner sees."""
    text = str(error).strip()
    if " because " in text:
        why = text.split(" because ", 1)[1]
        why = why.split(" Earlier progress is safe", 1)[0]
    else:
        why = text.split(". ", 1)[0]
        if why[:1].isupper() and not why[1:2].isupper():
            why = why[0].lower() + why[1:]
    why = why.strip().rstrip(".") or KNOWN_REASONS[-1]
    if why in KNOWN_REASONS:
        why = translate("Progress", why)
    return translate("Progress", "Your answers can't be saved right now: {why}. "
                     "SpineTutor keeps working; nothing already saved is lost.").format(why=why)


def empty_dashboard(now: datetime, days: int = 7) -> Dashboard:
    """What the dashboard shows when there is no store or nobody to show."""
    today = now.date()
    return Dashboard(0, None, {}, [], [], 0, timedelta(), 0,
                     {today + timedelta(days=n): 0 for n in range(days)})


class StoreService(QObject):
    """Owns the ProgressStore; records for the current profile when the mode allows it."""

    notice = Signal(str)
    profile_changed = Signal(str)
    answers_changed = Signal()

    def __init__(
        self,
        path: str | Path | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock or (lambda: datetime.now(UTC))
        self.path = Path(path) if path is not None else default_store_path()
        self.store: ProgressStore | None = None
        self._startup: list[str] = []
        self._last_failure: str | None = None
        self._profile = GUEST
        self._session: int | None = None
        self._last_activity: datetime | None = None
        self.recording_enabled = True
        try:
            self.store = ProgressStore(self.path, clock=self._clock)
        except ProgressStoreError as error:
            self._startup.append(translate(
                "Progress", "{error} SpineTutor works, but your answers are not saved.").format(
                    error=error))
        else:
            recovered = self.store.recovery
            for message in (recovery_message(recovered) if recovered else None,
                            self.store.backup_message, self.store.read_only_message):
                if message:
                    self._startup.append(message)
        QTimer.singleShot(0, self.announce_startup)

    # -- notices ----------------------------------------------------------------------------
    def announce_startup(self) -> None:
        """Emit what the learner must know about opening the store; each message once."""
        pending, self._startup = self._startup, []
        for message in pending:
            self.notice.emit(message)

    def _failed(self, error: Exception) -> None:
        message = not_saved_message(error)
        if message != self._last_failure:  # one notice per problem, not one per answer
            self._last_failure = message
            self.notice.emit(message)

    # -- profiles ---------------------------------------------------------------------------
    @property
    def profile(self) -> str:
        return self._profile

    @property
    def is_guest(self) -> bool:
        return ProgressStore.is_guest(self._profile)

    @property
    def is_recording(self) -> bool:
        """True when an answer given now would be kept."""
        return (self.recording_enabled and not self.is_guest and self.store is not None
                and not self.store.read_only)

    def set_profile(self, name: str) -> None:
        """Switch learner (GUEST for a guest); ends the previous learner's study session."""
        clean = GUEST if ProgressStore.is_guest(name) else name.strip()
        if clean == self._profile:
            return
        self.end_session()
        self._profile = clean
        self.profile_changed.emit(clean)

    def set_recording_enabled(self, enabled: bool) -> None:
        """Modes that keep nothing (consultation) switch recording off."""
        self.recording_enabled = enabled
        if not enabled:
            self.end_session()

    def profiles(self) -> list[str]:
        return self.store.list_profiles() if self.store is not None else []

    def _need_store(self) -> ProgressStore:
        if self.store is None:
            raise ProgressNotSaved(translate("Progress", "The progress file could not be opened."))
        return self.store

    def create_profile(self, name: str) -> str:
        """Raises ValueError (bad or taken name) or ProgressStoreError (cannot save)."""
        return self._need_store().create_profile(name)

    def rename_profile(self, old: str, new: str) -> str:
        clean = self._need_store().rename_profile(old, new)
        if old == self._profile:
            self._profile = clean
            self.profile_changed.emit(clean)
        return clean

    def delete_profile(self, name: str) -> None:
        self._need_store().delete_profile(name)
        if name == self._profile:
            self._session = None
            self._profile = GUEST
            self.profile_changed.emit(GUEST)

    # -- recording --------------------------------------------------------------------------
    xapi_context: dict[str, str] = {}  # noqa: RUF012 - replaced, never mutated
    """Ids the xAPI statement of the next answer names (the open pack, lesson and quiz)."""

    def record(self, question_id: str, grade_score: float, correct: bool) -> bool:
        """Keep one answer for the current learner; True when saved. Never raises ProgressNotSaved.
        """
        if not self.is_recording or self.store is None:
            return False
        now = self._clock()
        try:
            self._note_activity(now)
            self.store.record_answer(self._profile, question_id, correct, now,
                                     score=max(0.0, min(1.0, float(grade_score))),
                                     context=self.xapi_context)
        except ProgressNotSaved as error:
            self._failed(error)
            return False
        self._last_failure = None
        self.answers_changed.emit()
        return True

    def record_completion(self, kind: str, activity: str, score: float | None,
                          success: bool | None) -> bool:
        """Queue the xAPI record of a finished quiz or lesson for the current learner."""
        if not self.is_recording or self.store is None:
            return False
        try:
            self.store.record_completion(self._profile, kind, activity, self._clock(),
                                         score=score, success=success,
                                         context=self.xapi_context)
        except ProgressNotSaved as error:
            self._failed(error)
            return False
        self.answers_changed.emit()
        return True

    def _note_activity(self, now: datetime) -> None:
        """Open a study session at the first answer, close it after a long pause."""
        assert self.store is not None
        if self._last_activity is not None and now - self._last_activity > IDLE_GAP:
            self.end_session()
        if self._session is None:
            self._session = self.store.start_session(self._profile, now - FIRST_ANSWER_LEAD)
            self._session_start = now - FIRST_ANSWER_LEAD
        self._last_activity = now

    def end_session(self) -> None:
        """Close the open study session at the last answer (call on quit and mode change)."""
        session, self._session = self._session, None
        last, self._last_activity = self._last_activity, None
        if session is None or self.store is None:
            return
        try:
            self.store.end_session(session, last or self._clock())
        except ProgressNotSaved as error:
            self._failed(error)

    def close(self) -> None:
        self.end_session()
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- reading ----------------------------------------------------------------------------
    def now(self) -> datetime:
        """The learner's local time (days on the dashboard are local days)."""
        return self._clock().astimezone()

    def answers(self) -> list[Answer]:
        return self.store.answers(self._profile) if self.store is not None else []

    def dashboard(self, question_tags: dict[str, tuple[str, ...]], days: int = 7) -> Dashboard:
        now = self.now()
        if self.store is None:
            return empty_dashboard(now, days)
        data = dashboard(self.store, self._profile, question_tags, now, days)
        start = getattr(self, "_session_start", None)
        if self._session is not None and start is not None and self._last_activity:
            # the session still open counts too: "none yet" for a whole first session was wrong
            data = replace(data, time_studied=data.time_studied + (self._last_activity - start))
        return data

    def due_questions(self, limit: int | None = None) -> list[str]:
        if self.store is None:
            return []
        return self.store.due_questions(self._profile, self._clock(), limit)

    def due_forecast(self, days: int = 7) -> dict[date, int]:
        if self.store is None:
            return empty_dashboard(self.now(), days).due_by_day
        return self.store.due_forecast(self._profile, self.now(), days)

    def study_order(self, question_ids: Iterable[str]) -> list[str]:
        """A topic's questions, due ones first, then new ones, then the rest."""
        if self.store is None:
            return list(dict.fromkeys(question_ids))
        return self.store.study_on_demand(self._profile, question_ids, self._clock())

    def export_csv(self, path: str | Path) -> Path:
        """Raises ProgressStoreError/OSError; the caller tells the learner."""
        return self._need_store().export_csv(self._profile, path)
