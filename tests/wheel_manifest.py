"""Check a built wheel: every table datapackage.json names and py.typed; no tests, no data-raw.

Usage: python tests/wheel_manifest.py dist/natodata-*.whl
"""

from __future__ import annotations

import json
import sys
import zipfile


def problems(wheel: str) -> list[str]:
    """What is missing from, or wrongly in, the wheel."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        descriptor = json.loads(archive.read("natodata/data/datapackage.json"))
    wanted = {f"natodata/data/{r['path']}" for r in descriptor["resources"]}
    wanted |= {"natodata/py.typed", "natodata/__init__.py"}
    found = [f"missing: {name}" for name in sorted(wanted - names)]
    found += [
        f"should not ship: {name}"
        for name in sorted(names)
        if name.startswith(("tests/", "data-raw/"))
    ]
    return found


if __name__ == "__main__":
    wrong = [p for wheel in sys.argv[1:] for p in problems(wheel)]
    print("\n".join(wrong) or "wheel contents: ok")  # noqa: T201
    sys.exit(1 if wrong else 0)
