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
from pathlib import Path

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

    claims = tables["claims"].set_index("claim_id")
    seq = claims["seq"].to_dict()

    def label(claim_id: str) -> str:
        return f"c{seq[claim_id]}"

    if "passages" in args.show:
        print("## passages (seq kind role speaker: text)")
        for row in tables["passages"].itertuples():
            print(
                f"p{row.seq} {row.kind} {row.speaker_role} {row.speaker!s}: {_one_line(row.text)}"
            )
    if "claims" in args.show:
        print("\n## claims (id role type/conf hedged/conf: text)")
        for cid, row in claims.sort_values("seq").iterrows():
            print(
                f"{label(str(cid))} {row.speaker_role} {row.claim_type}/{row.type_confidence:.2f} "
                f"{'H' if row.hedged else '-'}/{row.hedged_confidence:.2f}: "
                f"{_one_line(row.text, 400)}"
            )
    if "quantities" in args.show:
        print("\n## quantities (claim: text -> value [low, high] unit)")
        for row in tables["quantities"].itertuples():
            print(
                f"{label(str(row.claim_id))}: {row.text!r} -> {row.value} "
                f"[{row.value_low}, {row.value_high}] {row.unit}"
            )
    if "times" in args.show:
        print("\n## times (claim: text -> start .. end, granularity)")
        for row in tables["times"].itertuples():
            print(
                f"{label(str(row.claim_id))}: {row.text!r} -> "
                f"{row.start_iso} .. {row.end_iso} {row.granularity}"
            )
    if "entities" in args.show:
        print("\n## entity mentions (claim: text -> name, type, wikidata)")
        entities = {str(row.entity_id): row for row in tables["entities"].itertuples()}
        for row in tables["mentions"].itertuples():
            entity = entities[str(row.entity_id)]
            print(
                f"{label(str(row.claim_id))}: {row.text!r} -> "
                f"{entity.name} ({entity.type}, {entity.wikidata_id})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
