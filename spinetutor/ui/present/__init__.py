"""Classroom presentation mode: lessons as slides on a projector, reveal, annotate, compare."""
