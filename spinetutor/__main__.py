"""`python -m spinetutor` runs the same command line as the `spinetutor` script."""

import sys

from spinetutor.cli import main

sys.exit(main())
