"""Where the packaged tables are, for the tools that read them without natodata.

natodata itself never reads its data through a filesystem path (a zip import has none); this
module exists for DuckDB, R, a spreadsheet or a shell, which need a folder to open.
"""

from __future__ import annotations

import pathlib

__all__ = ["data_path"]


def data_path() -> pathlib.Path:
    """The folder of natodata's packaged tables: the CSV files and their ``datapackage.json``.

    Give it to any tool that reads CSV; the tables and their columns are described in the
    documentation's data page, and in ``datapackage.json`` (a Frictionless Tabular Data Package).
    Read the files, never write them: they belong to the installed package.

    >>> import natodata
    >>> folder = natodata.data_path()
    >>> (folder / "members.csv").read_text(encoding="utf-8").splitlines()[0].split(",")[:3]
    ['code', 'joined', 'founding']

    Raises:
        NatodataError: natodata is imported from a zip archive (a zipapp, say), where the tables
            are no files of their own; copy them out with
            ``importlib_resources.as_file(importlib_resources.files("natodata") / "data")``.
    """
    import importlib_resources

    folder = importlib_resources.files("natodata").joinpath("data")
    if isinstance(folder, pathlib.Path) and folder.is_dir():
        return folder
    from .exceptions import NatodataError

    raise NatodataError(
        f"natodata's tables are inside an archive ({folder}), not in a folder of their own;"
        " copy them out with importlib_resources.as_file(importlib_resources.files('natodata')"
        " / 'data')"
    )
