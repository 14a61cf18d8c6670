"""Panels beside the plate: information card, lessons, quizzes, progress, handout."""
