"""Pins what must be a type error in user code; checked by mypy --strict and pyright, never run.

Each line below is a mistake a user could make. Its ``# type: ignore[code]`` is there because the
checkers must report it: mypy (``warn_unused_ignores``, part of ``--strict``) and basedpyright
(``reportUnnecessaryTypeIgnoreComment``) both fail on an ignore that silences nothing, so a public
type that grows too loose (an ``Any``, a missing overload) fails the check here, as in attrs'
own typing tests.
"""

from __future__ import annotations

import datetime as dt

import natodata

nato = natodata.load()
day = dt.date(2007, 3, 29)

# A day is a date, an ISO string or something that has a date; never a bare year.
nato.members(on=2007)  # type: ignore[arg-type]
nato.operations(active_on=2007.0)  # type: ignore[arg-type]
natodata.personnel_by_country("ISAF", on=2007)  # type: ignore[arg-type]

# Keys are text or whole numbers; nothing else is a key.
nato.member(b"NOR")  # type: ignore[arg-type]

# A number is an ISO numeric code, never a float.
nato.country(numeric=578.0)  # type: ignore[arg-type]

# Records are frozen.
nato.member("NOR").name = "Norge"  # type: ignore[misc]
nato.operation("ISAF").end = day  # type: ignore[misc]

# Results are read-only: a tuple and a mapping.
nato.members().append(nato.member("NOR"))  # type: ignore[attr-defined]
natodata.personnel_by_country("ISAF", day)["NOR"] = 700  # type: ignore[index]

# A date goes with an operation, never with rows already chosen.
natodata.contributions_by_country(nato.contributions(), on=day)  # type: ignore[call-overload]

# What may be missing is typed so: an ongoing operation has no end, an airlift no personnel.
nato.operation("ISAF").end.year  # type: ignore[union-attr]  # noqa: B018
nato.contributions()[0].personnel + 1  # type: ignore[operator]

# A citation style is one of two words.
nato.cite("regjeringen-2007-norway-member", "apa")  # type: ignore[arg-type]

# A figure is a number of people, not text.
people: str = nato.strength("ISAF").personnel  # type: ignore[assignment]

# Records are built with every field they need.
natodata.Contribution("ISAF", "NOR", day)  # type: ignore[call-arg]
