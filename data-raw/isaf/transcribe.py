"""Draft the ISAF placemat tables from the PDFs' text layer.

NATO's ISAF "Key Facts and Figures" placemats (2007-2014) are kept, as PDFs, in the
public repository CenterForPeaceAndSecurityStudies/ISAF under
``inst/extdata/nato_placemats/``. Fetch them into a scratch folder outside this repository
(they are not committed here), e.g.::

    ISAF="$(mktemp -d)/isaf"
    git clone --depth 1 https://github.com/CenterForPeaceAndSecurityStudies/ISAF "$ISAF"

then::

    python data-raw/isaf/transcribe.py "$ISAF/inst/extdata/nato_placemats"          # write
    python data-raw/isaf/transcribe.py "$ISAF/inst/extdata/nato_placemats" --check  # compare

It writes ``placemats/<date>.csv`` (``nation,troops``, as printed, in the printed order:
column by column, top to bottom) for every placemat whose nations table is text. The seven
placemats of 2010 print the table as a picture; they were read by eye and are not touched
here (see notes.md). ``--check`` re-reads the PDFs and reports every difference from the
committed files without writing.

This is a drafting tool: every table it wrote was then compared by eye with the rendered
page (``pdftoppm``). It needs ``pdfplumber`` (word positions and font sizes, used to pair each
name with the figure in its cell and to keep superscript footnote marks out of the figures).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
OUT = HERE / "placemats"

# The placemat's own date: the latest date it prints ("Current as of ...", the cover date).
# Three files are named after another day than the one printed on them.
PRINTED_DATE = {
    "2014-09-01-ISAF-Placemat.pdf": "2014-09-03",
    "2014-10-14-ISAF-Placemat.pdf": "2014-10-06",
    "2014-11-11-ISAF-Placemat.pdf": "2014-11-07",
}
IMAGE_TABLES = {  # nations table printed as a picture: transcribed by eye
    "2010-02-01",
    "2010-03-05",
    "2010-04-16",
    "2010-06-07",
    "2010-08-06",
    "2010-10-25",
    "2010-11-15",
}

NUM = re.compile(r"^(\d[\d,.]*|[-\u2013\u2014])$")
SKIP = re.compile(
    r"Current as of|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|\bOct\b|Note:"
)
LABEL = re.compile(r"^(TOTAL|Total|ISAF|National|\(rounded\)|Elements|Support)")
MULTI_LINE = [
    "Bosnia and Herzegovina",
    "Czech Republic",
    "United Arab Emirates",
    "The former Yugoslav Republic of Macedonia",
    "The Former Yugoslav Republic of Macedonia",
    "National Support Elements",
    "National Contingent Commands",
    "Total (rounded)",
]
MARK = re.compile(r"^(.*?)\s*([*\u00b9\u00b2\u00b3]+|(?<=[a-z])[1-4])$")


def placemat_date(pdf_name: str) -> str:
    return PRINTED_DATE.get(pdf_name, pdf_name[:10])


def split_mark(text: str) -> tuple[str, str]:
    """'Canada*' -> ('Canada', '*'); 'Republic of Macedonia1' -> (..., '1')."""
    m = MARK.match(text)
    return (m.group(1), m.group(2)) if m else (text, "")


def undouble(text: str) -> str:
    """Text drawn twice on top of itself: 'Republic Republic of of Korea Korea'."""
    w = text.split()
    if len(w) % 2 == 0 and w[0::2] == w[1::2]:
        return " ".join(w[0::2])
    return text


def table_words(page):
    """Words of the nations table (from 'Albania' to the footnotes), within the crop box."""
    cb, height = page.cropbox, page.height
    if tuple(cb) != tuple(page.mediabox):  # text outside the crop box is not printed
        page = page.within_bbox((cb[0], height - cb[3], cb[2], height - cb[1]))
    words = page.extract_words(extra_attrs=["size"], x_tolerance=1.5)
    # superscript footnote marks set right after a word ("52900" + small "2"): drop them
    for s in [w for w in words if re.match(r"^[\d*]+$", w["text"])]:
        for w in words:
            if (
                w is not s
                and -1 <= s["x0"] - w["x1"] < 2.5
                and s["size"] < 0.8 * w["size"]
                and abs(s["top"] - w["top"]) < w["size"]
            ):
                s["mark_of"] = w["text"]
    words = [w for w in words if "mark_of" not in w]
    first = next(w for w in words if w["text"].startswith("Albania"))
    top = first["top"] - 0.9 * first["size"]
    stops = [
        w["top"]
        for w in words
        if w["top"] > first["top"] + 5
        and (w["text"] in ("recognises", "Note", "NB:", "II.") or w["text"].startswith("*"))
    ]
    bottom = min(stops, default=page.height)
    return [w for w in words if top <= w["top"] < bottom - 1]


def phrases(words, gap=9):
    """Words on one line, close together and of one kind (text or figure), as phrases."""
    lines = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        for line in lines:
            if abs(line[0]["top"] - w["top"]) < 2.5:
                line.append(w)
                break
        else:
            lines.append([w])
    out = []
    for line in lines:
        line.sort(key=lambda w: w["x0"])
        cur = [line[0]]
        for w in line[1:]:
            same_kind = bool(NUM.match(w["text"])) == bool(NUM.match(cur[-1]["text"]))
            if w["x0"] - cur[-1]["x1"] < gap and same_kind:
                cur.append(w)
            else:
                out.append(cur)
                cur = [w]
        out.append(cur)
    return [
        dict(
            text=" ".join(w["text"] for w in c),
            x0=c[0]["x0"],
            x1=c[-1]["x1"],
            top=min(w["top"] for w in c),
            bottom=max(w["bottom"] for w in c),
            size=max(w["size"] for w in c),
        )
        for c in out
    ]


def read_table(pdf_path: Path):
    """[(name as printed, footnote mark, figure as printed)] and the table's label rows."""
    with pdfplumber.open(pdf_path) as pdf:
        ph = phrases(table_words(pdf.pages[1]))
    dates = [p for p in ph if SKIP.search(p["text"])]
    ph = [
        p
        for p in ph
        if p not in dates
        and not any(
            abs(p["top"] - d["top"]) < 3 and d["x0"] - 5 < p["x0"] < d["x1"] + 60 for d in dates
        )
    ]
    nums = [p for p in ph if NUM.match(p["text"].replace(" ", ""))]
    names = sorted(
        [p for p in ph if p not in nums and p["text"] != "."], key=lambda p: (p["top"], p["x0"])
    )
    # names printed on two lines
    merged, used = [], set()
    for i, p in enumerate(names):
        if i in used:
            continue
        cur = p
        for j, q in enumerate(names):
            if j == i or j in used:
                continue
            if 0 < q["top"] - cur["bottom"] < 1.2 * cur["size"] and abs(q["x0"] - cur["x0"]) < 30:
                base = split_mark(cur["text"])[0]
                cand = base + " " + q["text"]
                if base not in MULTI_LINE and any(
                    k.startswith(split_mark(cand)[0]) for k in MULTI_LINE
                ):
                    cur = dict(
                        cur,
                        text=cand,
                        x0=min(cur["x0"], q["x0"]),
                        x1=max(cur["x1"], q["x1"]),
                        bottom=q["bottom"],
                    )
                    used.add(j)
        merged.append(cur)
    names = merged
    # columns: clusters of the names' left edges
    starts = []
    for x in sorted({round(n["x0"]) for n in names}):
        if not starts or x - starts[-1][-1] >= 45:
            starts.append([x])
        else:
            starts[-1].append(x)
    starts = [c[0] - 3 for c in starts]

    def col(x):
        return max([i for i, s in enumerate(starts) if s <= x], default=-1)

    # each name takes the nearest figure (vertically) to its right in its column
    cand = sorted(
        (abs((m["top"] + m["bottom"]) / 2 - (n["top"] + n["bottom"]) / 2), ni, mi)
        for ni, n in enumerate(names)
        for mi, m in enumerate(nums)
        if col(m["x0"]) == col(n["x0"]) and m["x0"] > n["x1"] - 2
    )
    by_name, by_num = {}, {}
    for _, ni, mi in cand:
        if ni not in by_name and mi not in by_num:
            by_name[ni], by_num[mi] = mi, ni
    unpaired = [nums[i]["text"] for i in range(len(nums)) if i not in by_num]
    rows, labels = [], []
    for ni in sorted(range(len(names)), key=lambda i: (col(names[i]["x0"]), names[i]["top"])):
        name, mark = split_mark(undouble(names[ni]["text"]))
        fig = nums[by_name[ni]]["text"] if ni in by_name else None
        (labels if LABEL.match(name) else rows).append((name, mark, fig))
    return rows, labels, unpaired


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    src = Path(args[0])
    problems = 0
    for pdf in sorted(src.glob("*.pdf")):
        if pdf.name[:10] in IMAGE_TABLES:
            continue
        date = placemat_date(pdf.name)
        rows, labels, unpaired = read_table(pdf)
        if unpaired or any(fig is None for _, _, fig in rows):
            print(
                f"{pdf.name}: unpaired figures {unpaired}, names without figure "
                f"{[n for n, _, f in rows if f is None]}"
            )
            problems += 1
        lines = [["nation", "troops"]] + [[n, f] for n, _, f in rows]
        target = OUT / f"{date}.csv"
        if check:
            with open(target, newline="", encoding="utf-8") as fh:
                have = list(csv.reader(fh))
            if have != lines:
                problems += 1
                print(f"{target.name} differs from {pdf.name}:")
                for a, b in zip(have, lines):
                    if a != b:
                        print(f"   committed {a}  read {b}")
                if len(have) != len(lines):
                    print(f"   {len(have) - 1} rows committed, {len(lines) - 1} read")
        else:
            OUT.mkdir(exist_ok=True)
            with open(target, "w", newline="", encoding="utf-8") as fh:
                csv.writer(fh, lineterminator="\n").writerows(lines)
        marks = [(n, m) for n, m, _ in rows if m]
        print(f"{date} <- {pdf.name}: {len(rows)} nations; labels {labels}; marks {marks}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
