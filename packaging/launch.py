"""PyInstaller entry point: the same command line as the installed `spinetutor` script.

A separate file (not spinetutor/__main__.py) so the frozen app imports `spinetutor` as a
package, exactly as an installed one does.
"""

import sys

from spinetutor.cli import main

if __name__ == "__main__":
    sys.exit(main())
