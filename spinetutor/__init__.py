"""SpineTutor: how the lower spine sends pain, numbness and weakness to the foot."""

__version__ = "0.1.0"
