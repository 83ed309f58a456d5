"""Check CITATION.cff, as cffconvert reads it, against natodata.cite() and the package metadata.

cffconvert needs a jsonschema older than frictionless allows, so it runs in a virtual environment
of its own and hands over its Zenodo JSON.

Usage: cffconvert -f zenodo -i CITATION.cff | python tests/citation_check.py
"""

from __future__ import annotations

import datetime
import json
import re
import sys

import natodata


def problems(zenodo: dict[str, object]) -> list[str]:
    """Where CITATION.cff and natodata.cite() disagree."""
    bibtex = natodata.cite("bibtex")
    title = re.search(r"title = \{\{(.*)\}\}", bibtex)
    author = re.search(r"author = \{\{(.*)\}\}", bibtex)
    found = []
    if title is None or zenodo.get("title") != title.group(1):
        found.append(f"title: CITATION.cff has {zenodo.get('title')!r}, cite() {title}")
    if author is None or zenodo.get("creators") != [{"name": author.group(1)}]:
        found.append(f"authors: CITATION.cff has {zenodo.get('creators')!r}, cite() {author}")
    if zenodo.get("version") != natodata.__version__:
        found.append(f"version: CITATION.cff has {zenodo.get('version')!r}")
    released = datetime.date.fromisoformat(str(zenodo.get("publication_date")))
    if released < natodata.DATA_DATE:
        found.append(f"date-released {released} is before the data's date {natodata.DATA_DATE}")
    if zenodo.get("license") != {"id": ["MIT", "CC-BY-4.0"]}:
        found.append(f"licence: CITATION.cff has {zenodo.get('license')!r}, not MIT and CC-BY-4.0")
    return found


if __name__ == "__main__":
    wrong = problems(json.load(sys.stdin))
    print("\n".join(wrong) or "CITATION.cff agrees with natodata.cite()")  # noqa: T201
    sys.exit(1 if wrong else 0)
