"""Show what the extractor makes of any interview text, for reading by eye.

    .venv/bin/python tools/extract_text.py TEXT.txt [--meta META.yaml] [--show WHAT ...]

Made for developing on *fresh* text: real interviews in neither split of the corpus, whose
output a developer judges by the codebook (false and missed items) so that rules are built for
the genre rather than for the development texts. Never point it at a test interview.

Without ``--meta`` the text is read with a minimal metadata file (English, no interviewee or
interviewer names, licence ``unknown``, the interview date from ``--date``, which relative times
such as "last year" resolve against): a real source's yaml names the speakers, which helps the
layout rules, so write one (title, interview_date, interviewee, interviewer) when you know them.
``--show`` picks the sections: ``passages`` (each turn with its speaker and role), ``claims``
(each claim with type, hedging and confidences), ``quantities``, ``times``, ``entities``; by
default all.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from pipeline.extraction import extract_source

SECTIONS = ("passages", "claims", "quantities", "times", "entities")
MINIMAL_META = {
    "title": "fresh text",
    "url": None,
    "publisher": "unknown",
    "interviewee": None,
    "interviewer": None,
    "language": "en",
    "license": "unknown",
}


def _one_line(text: str, width: int = 160) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", type=Path)
    parser.add_argument("--meta", type=Path, help="the source's yaml (speaker names help)")
    parser.add_argument("--date", default="2024-01-01", help="interview date, YYYY-MM-DD")
    parser.add_argument("--show", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shutil.copyfile(args.text, folder / "fresh.txt")
        if args.meta:
            shutil.copyfile(args.meta, folder / "fresh.yaml")
        else:
            meta = {**MINIMAL_META, "interview_date": args.date}
            (folder / "fresh.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
        tables = extract_source(folder, "fresh")

    seq = dict(zip(tables["claims"]["claim_id"], tables["claims"]["seq"], strict=True))
    entities = {str(row.entity_id): row for row in tables["entities"].itertuples()}

    def claim(row: Any) -> str:
        return f"c{seq[row.claim_id]}: {row.text!r} ->"

    # One line per row of each section: (heading, table, how a row reads).
    layout: dict[str, tuple[str, str, Callable[[Any], str]]] = {
        "passages": (
            "passages (seq kind role speaker: text)",
            "passages",
            lambda r: f"p{r.seq} {r.kind} {r.speaker_role} {r.speaker!s}: {_one_line(r.text)}",
        ),
        "claims": (
            "claims (id role type/conf hedged/conf: text)",
            "claims",
            lambda r: (
                f"c{r.seq} {r.speaker_role} {r.claim_type}/{r.type_confidence:.2f} "
                f"{'H' if r.hedged else '-'}/{r.hedged_confidence:.2f}: {_one_line(r.text, 400)}"
            ),
        ),
        "quantities": (
            "quantities (claim: text -> value [low, high] unit)",
            "quantities",
            lambda r: f"{claim(r)} {r.value} [{r.value_low}, {r.value_high}] {r.unit}",
        ),
        "times": (
            "times (claim: text -> start .. end, granularity)",
            "times",
            lambda r: f"{claim(r)} {r.start_iso} .. {r.end_iso} {r.granularity}",
        ),
        "entities": (
            "entity mentions (claim: text -> name, type, wikidata)",
            "mentions",
            lambda r: (
                f"{claim(r)} {(e := entities[str(r.entity_id)]).name} ({e.type}, {e.wikidata_id})"
            ),
        ),
    }
    for number, name in enumerate(s for s in SECTIONS if s in args.show):
        heading, table, line = layout[name]
        rows = tables[table].sort_values("seq") if table == "claims" else tables[table]
        print(("\n" if number else "") + f"## {heading}")
        for row in rows.itertuples():
            print(line(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
