"""Shared fixtures: the packaged dataset, and small datasets written for one test."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import hypothesis
import importlib_resources
import pytest

import natodata
from natodata._schema import EXPENDITURE_FIGURES

ROOT = Path(__file__).resolve().parent.parent
"""The repository's root, when the tests run from a checkout or the sdist."""

needs_source_tree = pytest.mark.skipif(
    not (ROOT / "data-raw" / "build.py").is_file()
    or bool(os.environ.get("NATODATA_TEST_INSTALLED")),
    reason="data-raw/ is in the source tree and the sdist, not in the wheel",
)
"""For a test that reads data-raw/, which the wheel does not ship."""

# For mutation testing (pyproject's [tool.mutmut] selects it): the same examples every run, and
# no time spent shrinking a failure, since a killed mutant needs only the failure itself.
hypothesis.settings.register_profile(
    "mutmut",
    derandomize=True,
    database=None,
    phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
    # mutmut runs each test many times in one process, from a fresh instance of its class.
    suppress_health_check=list(hypothesis.HealthCheck),
)

# The expenditure columns beside the share of GDP, which the small tables leave empty.
SPENDING_FIGURES = ",".join(name for name, _, _ in EXPENDITURE_FIGURES) + ",price_base_year"

# A small, valid dataset in the packaged layout. Tests change one table at a time.
TINY = {
    "alliance.csv": """\
name,abbreviation,founded,headquarters,sources,evidence
North Atlantic Treaty Organization,NATO,1949-04-04,Brussels,seed,signed on 4 April 1949
""",
    "sources.csv": """\
id,title,publisher,url,published,complete,rank,via
seed,A ministry article,Ministry,https://example.org/seed,2007-03-29,false,government,
mat-2007,A fact sheet,NATO,https://example.org/mat-2007,2007-06,true,nato,
mat-2008,A later fact sheet,NATO,https://example.org/mat-2008,2008-02-01,true,nato,
spend,Defence expenditure,NATO,https://example.org/spend,2024-06,false,nato,
""",
    "countries.csv": """\
code,alpha_2,numeric,cow,name,other_names,sources
NOR,NO,578,385,Norway,,seed
GBR,GB,826,200,United Kingdom,UK;Great Britain,seed
AUS,AU,036,900,Australia,,seed
TUR,TR,792,640,Türkiye,Turkey,seed
MAR,MA,504,600,Morocco,,seed
""",
    "members.csv": """\
code,joined,founding,notes,sources,evidence
NOR,1949-04-04,true,,seed,a member since 1949
GBR,1949-04-04,true,,seed,a founder
TUR,1952-02-18,false,,seed,acceded on 18 February 1952
""",
    "operations.csv": """\
code,name,start,end,theatre,kind,mandate,predecessor,successor,description,sources,evidence
ISAF,Security Assistance Force,2003-08-11,2014-12,Afghanistan,peace_support,UNSCR 1386,,,,seed,ISAF
AMIS,Support to the African Union Mission in Sudan,2005-07,2007-12-31,Darfur,support,,,,,seed,July
""",
    "contributions.csv": """\
operation,country,as_of,until,personnel,qualifier,kind,role,description,source,evidence
ISAF,NOR,2007-03-29,,700,about,troops,,,seed,about 700 soldiers
ISAF,AUS,2007-03-29,,500,exact,troops,,,seed,Australia 500
ISAF,GBR,2007-06,,5000,exact,troops,,,mat-2007,United Kingdom 5000
ISAF,AUS,2007-06,,900,exact,troops,,,mat-2007,Australia 900
ISAF,GBR,2008-02-01,,7000,exact,troops,,,mat-2008,United Kingdom 7000
ISAF,TUR,2008-02-01,,800,exact,troops,,,mat-2008,Turkey 800
AMIS,NOR,2007-03-29,,,,airlift,,flew troops,seed,transporting Nigerian military forces
AMIS,GBR,2007-03-29,,,,airlift,,flew troops,seed,with the United Kingdom
""",
    "partnerships.csv": """\
country,framework,start,end,notes,source,evidence
AUS,partners_across_the_globe,,,,seed,Australia is a partner
MAR,mediterranean_dialogue,1994,,,seed,Morocco joined the Dialogue in 1994
""",
    "strengths.csv": """\
operation,as_of,personnel,qualifier,table_total,description,source,evidence
ISAF,2007-03-29,35000,over,false,,seed,over 35 000 soldiers
ISAF,2007-06,5900,exact,true,,mat-2007,Total 5900
""",
    "expenditure.csv": f"""\
country,year,edition,estimate,percent_of_gdp,basis,{SPENDING_FIGURES},source,evidence
NOR,2014,2024-06,false,1.55,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,Norway 1.55 2.20
NOR,2024,2024-06,true,2.20,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,Norway 1.55 2.20
GBR,2024,2024-06,true,2.33,GDP at constant 2015 prices,,,,,,,,,,,,,,,,spend,United Kingdom 2.07 2.33
""",
    "guidelines.csv": """\
id,name,agreed,percent_of_gdp,equipment_percent,target_year,sources,evidence
two-percent,The 2 % guideline,2006,2,,,spend,two percent of GDP
""",
}


@pytest.fixture(scope="session")
def nato() -> natodata.Alliance:
    """The packaged dataset."""
    return natodata.load()


@pytest.fixture
def tiny(tmp_path: Path) -> Callable[..., Path]:
    """Write the small dataset, with any table replaced, and return its directory."""

    def write(**tables: str) -> Path:
        directory = tmp_path / "tables"
        directory.mkdir(exist_ok=True)
        for name, text in TINY.items():
            key = name.removesuffix(".csv")
            (directory / name).write_text(tables.get(key, text), encoding="utf-8")
        return directory

    return write


@pytest.fixture
def packaged_copy(tmp_path: Path) -> Path:
    """A copy of the packaged tables in a directory of its own, to change at will."""
    target = tmp_path / "packaged"
    target.mkdir()
    data = importlib_resources.files("natodata").joinpath("data")
    for entry in data.iterdir():
        if entry.is_file():
            (target / entry.name).write_bytes(entry.read_bytes())
    return target


@pytest.fixture
def zipped_natodata(tmp_path: Path) -> Path:
    """The installed natodata package, copied into a zip archive to import from."""
    import zipfile

    package = Path(natodata.__file__).parent
    archive = tmp_path / "natodata.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, Path("natodata") / path.relative_to(package))
    return archive


@pytest.fixture
def run_zipped(tmp_path: Path, zipped_natodata: Path) -> Callable[[str], str]:
    """Run Python code in a new process that imports natodata from the zip; return its output."""
    import subprocess
    import sys
    import textwrap

    def run(code: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(zipped_natodata), "PATH": ""},
            cwd=tmp_path,
        )
        return result.stdout

    return run
