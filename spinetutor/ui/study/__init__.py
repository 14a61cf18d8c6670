"""Study mode: lesson packs, the lesson reader, quizzes and their results."""

from spinetutor.ui.study.mode import StudyMode

__all__ = ["StudyMode"]
