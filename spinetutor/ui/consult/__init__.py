"""Consultation mode: plain-language findings, ranked explanation, red flags and a handout."""
