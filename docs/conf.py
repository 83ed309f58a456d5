"""Sphinx configuration: MyST Markdown, a notebook executed at every build, the furo theme."""

from __future__ import annotations

import natodata

project = "natodata"
author = "The natodata developers"
copyright = "2026, The natodata developers"  # noqa: A001 - Sphinx's name for it
version = release = natodata.__version__

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "myst-nb"}
exclude_patterns = ["_build", "jupyter_execute", ".pytest_cache"]

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

# Every notebook runs at every build; an error in a cell fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 300
# A cell's Markdown output (other-tools.md's column tables) is MyST, which has tables.
nb_render_markdown_format = "myst"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

html_theme = "furo"
html_title = f"natodata {release}"
