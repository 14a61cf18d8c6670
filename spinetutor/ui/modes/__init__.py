"""Modes of the main window (study, consult, present): small objects with activate/deactivate."""
