"""What a release needs: metadata that works on PyPI, a citation file, the workflows and configs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import natodata

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).parent.parent
REPOSITORY = "https://github.com/natodata/natodata"


@pytest.fixture(scope="module")
def project():
    path = ROOT / "pyproject.toml"
    if not path.exists():
        pytest.skip("no pyproject.toml beside the tests")
    return tomllib.loads(path.read_text(encoding="utf-8"))["project"]


def read(name):
    path = ROOT / name
    if not path.exists():
        pytest.skip(f"no {name} beside the tests")
    return path.read_text(encoding="utf-8")


class TestMetadata:
    def test_urls(self, project):
        """PyPI shows where the source, the issues, the documentation and the changes are."""
        urls = project["urls"]
        assert {"Source", "Issues", "Documentation", "Changelog"} <= set(urls)
        assert urls["Documentation"].startswith("https://natodata.readthedocs.io")
        assert urls["Source"] == REPOSITORY

    def test_all_extra(self, project):
        """[all] is every optional run-time feature, and no tool of the developers'."""
        extras = project["optional-dependencies"]
        assert extras["all"] == ["natodata[pandas,polars,plot]"]

    def test_readme_links_work_on_pypi(self):
        """Every link in the README is absolute: PyPI has no docs/ folder to resolve one against."""
        links = re.findall(r"\]\(([^)]+)\)", read("README.md"))
        assert links
        assert all(link.startswith("https://") for link in links), links


class TestCitation:
    def test_release_fields(self):
        """CITATION.cff gives the release date, the repository and both licences."""
        lines = read("CITATION.cff").splitlines()
        assert f"repository-code: {REPOSITORY}" in lines
        assert any(line.startswith("date-released: ") for line in lines)
        assert "  - MIT" in lines
        assert "  - CC-BY-4.0" in lines

    def test_released_after_its_data(self):
        """A release cannot be older than the data it ships."""
        (day,) = re.findall(r"^date-released: (\S+)$", read("CITATION.cff"), re.MULTILINE)
        assert day >= natodata.DATA_DATE.isoformat()

    def test_in_the_sdist(self):
        """The sdist carries CITATION.cff."""
        include = tomllib.loads(read("pyproject.toml"))["tool"]["hatch"]["build"]["targets"]
        assert "CITATION.cff" in include["sdist"]["include"]

    def test_same_title_as_cite(self):
        """CITATION.cff's title is the one natodata.cite() gives (CI checks it with cffconvert)."""
        (title,) = re.findall(r'^title: "(.*)"$', read("CITATION.cff"), re.MULTILINE)
        assert title in natodata.cite()


class TestReleaseFiles:
    @pytest.mark.parametrize(
        "name",
        [
            ".readthedocs.yaml",
            ".github/workflows/ci.yml",
            ".github/workflows/release.yml",
            "docs/release.md",
        ],
    )
    def test_present(self, name):
        """The files of the release process are in the repository."""
        assert read(name).strip()

    def test_ci_runs_the_supported_pythons(self, project):
        """The CI workflow runs .ci/run on every Python the classifiers name."""
        workflow = read(".github/workflows/ci.yml")
        assert "bash .ci/run" in workflow
        for classifier in project["classifiers"]:
            version = classifier.removeprefix("Programming Language :: Python :: ")
            if re.fullmatch(r"3\.\d+", version):
                assert f'"{version}"' in workflow, version

    def test_release_on_a_tag_with_trusted_publishing(self):
        """A tag releases: built, checked strictly, published without a stored token."""
        workflow = read(".github/workflows/release.yml")
        assert 'tags: ["v*"]' in workflow
        assert "twine check --strict" in workflow
        assert "id-token: write" in workflow
        assert "pypa/gh-action-pypi-publish" in workflow
        assert "password" not in workflow

    def test_read_the_docs_builds_the_sphinx_site(self):
        """Read the Docs builds docs/conf.py with the docs extra, warnings as errors."""
        config = read(".readthedocs.yaml")
        assert "configuration: docs/conf.py" in config
        assert "fail_on_warning: true" in config
        assert "- docs" in config
