"""Test-wide setup: Qt renders offscreen and nothing is written into the user's own folders."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Painted as the app paints (spinetutor.ui.app.ensure_app): no GUI thread pool.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
# The parsed-plate cache goes to a throwaway folder, not the user's cache directory.
os.environ.setdefault("SPINETUTOR_CACHE_DIR", tempfile.mkdtemp(prefix="spinetutor-test-cache-"))


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _no_reset_notes_leak():
    """What one test's damaged files noted (core/resets.py) is not another test's notice."""
    from spinetutor.core import resets

    resets.take()
    yield
    resets.take()
