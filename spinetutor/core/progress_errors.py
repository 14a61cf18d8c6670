"""Exceptions of the learner progress store; messages are plain sentences a learner can read."""

from __future__ import annotations


class ProgressStoreError(Exception):
    """Anything the progress store could not do; the UI shows ``str(error)`` and carries on."""


class ProgressNotSaved(ProgressStoreError):
    """An answer (or other change) was not written: disk full, read-only folder, locked file."""


class ProgressStoreTooNew(ProgressStoreError):
    """The progress file was written by a newer SpineTutor; opening it could damage it."""


class ProgressCsvError(ProgressStoreError):
    """A results CSV could not be read; names the file and line so a teacher can fix it."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        super().__init__(f"{path}, line {line}: {problem}")
