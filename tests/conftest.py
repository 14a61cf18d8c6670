"""Test-wide setup: Qt renders offscreen and nothing is written into the user's own folders."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The parsed-plate cache goes to a throwaway folder, not the user's cache directory.
os.environ.setdefault("SPINETUTOR_CACHE_DIR", tempfile.mkdtemp(prefix="spinetutor-test-cache-"))
