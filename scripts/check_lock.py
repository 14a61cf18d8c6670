"""Fail when the installed packages do not satisfy pyproject.toml (the app and its test extra).

scripts/setup-venv.sh installs requirements/lock.txt and then SpineTutor with --no-deps; a
dependency added to pyproject.toml but not to the lock would otherwise surface as an import
error in some test. This names it and the command that refreshes the lock.
"""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.requirements import Requirement


def main() -> int:
    project = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    problems = []
    for line in wanted:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        try:
            installed = version(requirement.name)
        except PackageNotFoundError:
            problems.append(f"{requirement.name} is not installed")
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            problems.append(f"{requirement.name} {installed} does not satisfy '{line}'")
    if problems:
        print("requirements/lock.txt is out of date with pyproject.toml:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        print("Refresh it: bash scripts/update-lock.sh (then commit requirements/lock.txt)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
