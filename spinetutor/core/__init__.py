"""Qt-free core: atlas, lessons, quizzes, grading, reasoning and progress. Never imports PySide6."""
