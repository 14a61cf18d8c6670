"""Qt views that present the core and turn clicks into calls."""
