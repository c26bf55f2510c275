"""List the claim spans the extractor and the dev gold disagree on, by error class.

    .venv/bin/python tools/span_errors.py [--class NAME] [--id SOURCE_ID]

Only the dev split is read (never the test split). The spans are lined up the way the scorer
does (one to one, best overlap first, IoU >= 0.5); what is left unmatched is classed as:

- ``spurious``: an extracted span that overlaps no gold span (meta-talk, quotations,
  furniture, fragments taken as claims);
- ``over``: an extracted span inside a gold span (split too much, or a lead dropped wrongly);
- ``under``: a gold span inside an extracted span (not split, or a lead left in);
- ``shifted``: partial overlaps of both kinds;
- ``missed``: a gold span that no extracted span overlaps (dropped as a fragment, meta-talk
  or question, or never segmented);
- ``merged``: a gold span left unmatched whose overlapping extracted spans all matched other
  gold spans (joined to a neighbour: under-split).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from pipeline.evaluation.corpus import Corpus, Interview, load_corpus
from pipeline.evaluation.scoring import GoldError, locate, match_spans
from pipeline.extraction import extract_source

ROOT = Path(__file__).resolve().parent.parent


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _line(text: str, span: tuple[int, int]) -> str:
    """A span on one line (line breaks shown as ⏎)."""
    return text[span[0] : span[1]].replace("\n", "⏎")


def _errors(corpus: Corpus, interview: Interview) -> list[tuple[str, str, str]]:
    tables = extract_source(corpus.folder(interview), interview.source_id)
    text = str(tables["documents"]["text"].iloc[0])
    gold_records = corpus.gold(interview)
    gold = [locate(text, g["text"], int(g.get("occurrence", 0))) for g in gold_records]
    claims = tables["claims"]
    pred = [(int(s), int(e)) for s, e in zip(claims["char_start"], claims["char_end"], strict=True)]
    roles = list(claims["speaker_role"])
    matches = match_spans(gold, pred)  # the scorer's own pairing
    used_g, used_p = {gi for gi, _ in matches}, {pi for _, pi in matches}
    out = []
    for pi, p in enumerate(pred):
        if pi in used_p:
            continue
        over = [g for gi, g in enumerate(gold) if _overlap(g, p)]
        if not over:
            kind = "spurious"
        elif any(g[0] <= p[0] and p[1] <= g[1] for g in over):
            kind = "over"
        elif any(p[0] <= g[0] and g[1] <= p[1] for g in over):
            kind = "under"
        else:
            kind = "shifted"
        near = " || ".join(_line(text, g) for g in over)
        out.append((kind, f"[{roles[pi]}] {_line(text, p)}", near))
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        role = gold_records[gi].get("speaker_role")
        near_pred = [p for p in pred if _overlap(g, p)]
        if not near_pred:
            out.append(("missed", f"[{role}] {_line(text, g)}", ""))
        elif all(pi in used_p for pi, p in enumerate(pred) if _overlap(g, p)):
            # every span over it matched another gold span: merged into a neighbour
            out.append(("merged", f"[{role}] {_line(text, g)}", _line(text, near_pred[0])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--class", dest="kind")
    parser.add_argument("--id", dest="source_id")
    args = parser.parse_args()
    corpus = load_corpus(ROOT / "corpus")
    try:
        interviews = corpus.dev_only(args.source_id)
    except GoldError as err:
        sys.exit(str(err))
    counts: Counter[str] = Counter()
    for interview in interviews:
        source_id = interview.source_id
        for kind, span, near in _errors(corpus, interview):
            counts[kind] += 1
            if args.kind in (None, kind):
                print(f"{kind:8} {source_id[:24]:24} {span}")
                if near:
                    print(f"{'':33} gold: {near}")
    print(dict(counts.most_common()))


if __name__ == "__main__":
    main()
