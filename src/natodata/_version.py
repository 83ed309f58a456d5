"""Versions of the code and of the packaged data.

They are literals so that ``import natodata`` needs neither importlib.metadata nor a data file.
A test keeps DATA_VERSION and DATA_DATE equal to the version and date in datapackage.json.
"""

from __future__ import annotations

import datetime

__version__ = "0.1.0"

DATA_VERSION = "2026.11.30.5"
"""The version of the packaged dataset; it changes with every change of the data."""

DATA_DATE = datetime.date(2026, 11, 30)
"""The date of the packaged dataset: the day its newest change was made."""
