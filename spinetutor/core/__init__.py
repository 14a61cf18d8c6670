"""Qt-free core: atlas, lessons, quizzes, grading, reasoning and progress. Never imports PySide6."""

import os

# Pydantic looks through every installed distribution's entry points for plugins the first
# time a model class is built (about 10 ms on the test VM, more in a crowded environment).
# SpineTutor uses no pydantic plugin; a person who sets the variable keeps their value.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
