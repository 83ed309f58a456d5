"""Sphinx configuration: MyST Markdown, a notebook executed at every build, the furo theme."""

from __future__ import annotations

import re
from typing import Any

import attrs

import natodata

project = "natodata"
author = "The natodata developers"
copyright = "2026, The natodata developers"  # noqa: A001 - Sphinx's name for it
version = release = natodata.__version__

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx_copybutton",
]
source_suffix = {".md": "myst-nb"}
exclude_patterns = ["_build", "jupyter_execute", ".pytest_cache"]

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

# Every notebook runs at every build; an error in a cell fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 300

autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Types for the arguments a docstring documents (a record's attributes already carry theirs).
autodoc_typehints_description_target = "documented_params"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

html_theme = "furo"
html_title = f"natodata {release}"

# The copy button copies the code, not the prompts nor the output of a console session.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True


def _attrs_signature(
    _app: object,
    what: str,
    _name: str,
    obj: object,
    _options: object,
    _signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """A record's signature as a reader writes it: defaults as values, not attrs' internals.

    attrs writes ``__init__`` with defaults such as ``attr_dict['notes'].default``, which
    autodoc_preserve_defaults shows verbatim. Users never build the Alliance (load() does), so it
    shows no signature at all.
    """
    if what != "class" or not isinstance(obj, type) or not attrs.has(obj):
        return None
    if obj is natodata.Alliance:
        return "", return_annotation
    params: list[str] = []
    keyword_only = False
    for field in attrs.fields(obj):
        if not field.init:
            continue
        if field.kw_only and not keyword_only:
            params.append("*")
            keyword_only = True
        name = field.alias or field.name
        default: Any = field.default
        if default is attrs.NOTHING:
            params.append(name)
        elif isinstance(default, attrs.Factory):
            params.append(f"{name}={default.factory.__name__}()")
        else:
            params.append(f"{name}={default!r}")
    return f"({', '.join(params)})", return_annotation


_PRIVATE_PATH = re.compile(r"\bnatodata\._[a-z]+\.")


def _public_paths(
    _app: object,
    _what: str,
    _name: str,
    _obj: object,
    _options: object,
    lines: list[str],
) -> None:
    """Name types by their public path: ``natodata.Precision``, not ``natodata._dates.Precision``.

    Every public class is re-exported from ``natodata``; napoleon writes an attribute's type with
    the module it was defined in. Connected after napoleon, so it sees napoleon's lines.
    """
    lines[:] = [_PRIVATE_PATH.sub("natodata.", line) for line in lines]


def setup(app: Any) -> None:  # noqa: ANN401 - Sphinx's application
    """Connect the signature cleaner and the public paths."""
    app.connect("autodoc-process-signature", _attrs_signature)
    app.connect("autodoc-process-docstring", _public_paths, priority=900)
