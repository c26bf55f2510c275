"""List the entities the extractor and the dev gold disagree on, by error class and count.

    .venv/bin/python tools/entity_errors.py [--class PREFIX] [--id SOURCE_ID] [--quiet]

Only the dev split is read (never the test split: an id outside dev is refused). Claims are
lined up the way the scorer does (one to one, best overlap first, IoU >= 0.5) and entities are
compared by canonical name, case-folded, as the scorer does. Within each matched claim, a gold
entity the extractor did not name and an extracted entity the gold lacks are classed by how
their spans in the claim meet:

- ``name:same-span``: both cover the same words with different names (surname not linked,
  a name that several countries share resolved to the wrong one, place against group);
- ``name:inner``: the extraction tagged a name inside the gold's longer name;
- ``name:longer``: the extraction tagged a longer expression around the gold's name;
- ``name:shifted``: partial overlap;
- ``missed:<type>:<form>``: the gold entity overlaps no extracted one (``form`` is
  ``adjective`` where the gold text is not the name, ``government`` for "the X Government"
  forms, ``one-word`` or ``words``);
- ``missed:outside-span``: the gold entity's text lies in the part of the gold claim that the
  matched extracted claim lacks (a span error);
- ``false:<type>:<form>``: an extracted entity over no gold one (``form`` ``initial`` when it
  opens the claim or a sentence, ``one-word``, ``words``).

Entities of claims the scorer could not match are counted apart (``unmatched-gold``,
``unmatched-pred``): they are span errors, not entity errors.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pipeline.evaluation.corpus import Corpus, Interview, load_corpus
from pipeline.evaluation.scoring import GoldError, entity_key, locate, match_spans
from pipeline.extraction import extract_source

ROOT = Path(__file__).resolve().parent.parent


def _gold_span(claim: str, text: str) -> tuple[int, int] | None:
    """Where a gold entity's text stands in its claim (first occurrence; case-folded if the
    exact text is not there)."""
    if not text:
        return None
    at = claim.find(text)
    if at < 0:
        at = claim.casefold().find(text.casefold())
    return (at, at + len(text)) if at >= 0 else None


def _form(text: str, name: str, claim: str, span: tuple[int, int] | None) -> str:
    if re.search(r"\b(?:government|administration)\b", text, re.I):
        return "government"
    if span and (span[0] == 0 or re.search(r"[.!?]\s+$", claim[: span[0]])):
        initial = "initial"
    else:
        initial = ""
    if text.casefold() != name.casefold() and text.casefold() not in name.casefold():
        form = "adjective"
    else:
        form = "one-word" if len(text.split()) == 1 else "words"
    return f"{form}{'/' + initial if initial else ''}"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _errors(corpus: Corpus, interview: Interview) -> tuple[list[tuple[str, str]], Counter[str]]:
    tables = extract_source(corpus.folder(interview), interview.source_id)
    text = str(tables["documents"]["text"].iloc[0])
    gold = corpus.gold(interview)
    claims = tables["claims"].reset_index(drop=True)
    entities = tables["entities"].set_index("entity_id")
    by_claim: dict[str, list[dict[str, Any]]] = {}
    for row in tables["mentions"].to_dict("records"):
        e = entities.loc[row["entity_id"]]
        by_claim.setdefault(row["claim_id"], []).append(
            {**{str(k): v for k, v in row.items()}, "name": e["name"], "type": e["type"]}
        )
    gold_spans = [locate(text, g["text"], int(g.get("occurrence", 0))) for g in gold]
    pred_spans = list(zip(claims["char_start"], claims["char_end"], strict=True))
    matches = match_spans(gold_spans, [(int(s), int(e)) for s, e in pred_spans])
    counts: Counter[str] = Counter()
    out: list[tuple[str, str]] = []
    matched_g = {gi for gi, _ in matches}
    matched_p = {pi for _, pi in matches}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            counts["unmatched-gold"] += len({entity_key(e) for e in g.get("entities", [])})
    for pi, cid in enumerate(claims["claim_id"]):
        if pi not in matched_p:
            counts["unmatched-pred"] += len({entity_key(m) for m in by_claim.get(cid, [])})
    for gi, pi in matches:
        claim_start = int(claims["char_start"].iloc[pi])
        claim = str(claims["text"].iloc[pi])
        preds = by_claim.get(str(claims["claim_id"].iloc[pi]), [])
        gold_entities = g_list = gold[gi].get("entities", [])
        gold_keys = {entity_key(e) for e in g_list}
        pred_keys = {entity_key(m) for m in preds}
        gold_claim = gold[gi]["text"]
        false = [m for m in preds if entity_key(m) not in gold_keys]
        false_spans = [
            (int(m["char_start"]) - claim_start, int(m["char_end"]) - claim_start) for m in false
        ]
        explained: set[int] = set()
        seen: set[str] = set()
        for e in gold_entities:
            key = entity_key(e)
            if key in pred_keys or key in seen:
                continue
            seen.add(key)
            gspan = _gold_span(claim, str(e.get("text") or ""))
            hits = [i for i, s in enumerate(false_spans) if gspan and _overlap(gspan, s)]
            gold_desc = f"{e.get('text')!r} -> {e.get('name')} ({e.get('type')})"
            if hits:
                i = hits[0]
                explained.update(hits)
                s = false_spans[i]
                assert gspan is not None
                if s == gspan:
                    kind = "name:same-span"
                elif gspan[0] <= s[0] and s[1] <= gspan[1]:
                    kind = "name:inner"
                elif s[0] <= gspan[0] and gspan[1] <= s[1]:
                    kind = "name:longer"
                else:
                    kind = "name:shifted"
                m = false[i]
                desc = f"gold {gold_desc}  pred {m['text']!r} -> {m['name']} ({m['type']})"
            elif gspan is None:
                kind = "missed:outside-span"
                desc = f"gold {gold_desc}"
            else:
                form = _form(str(e.get("text") or ""), str(e.get("name")), gold_claim, gspan)
                kind = f"missed:{e.get('type')}:{form}"
                desc = f"gold {gold_desc}"
            counts[kind] += 1
            out.append((kind, f"{desc}\n{'':10}| {claim[:220]}"))
        false_seen: set[str] = set()
        for i, m in enumerate(false):
            key = entity_key(m)
            if i in explained or key in false_seen:
                continue
            false_seen.add(key)
            form = _form(str(m["text"]), str(m["name"]), claim, false_spans[i])
            kind = f"false:{m['type']}:{form}"
            counts[kind] += 1
            desc = f"pred {m['text']!r} -> {m['name']} ({m['type']})"
            out.append((kind, f"{desc}\n{'':10}| {claim[:220]}"))
    return out, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--class", dest="kind", help="only classes starting with this")
    parser.add_argument("--id", dest="source_id")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args()
    corpus = load_corpus(ROOT / "corpus")
    try:
        interviews = corpus.dev_only(args.source_id)
    except GoldError as err:
        sys.exit(str(err))
    total: Counter[str] = Counter()
    for interview in interviews:
        source_id = interview.source_id
        out, counts = _errors(corpus, interview)
        total.update(counts)
        if args.quiet:
            continue
        for kind, line in out:
            if args.kind is None or kind.startswith(args.kind):
                print(f"{kind:28} {source_id[:26]:26} {line}")
    coarse: Counter[str] = Counter()
    for kind, n in total.items():
        coarse[kind.split(":")[0]] += n
    print(dict(coarse.most_common()))
    for kind, n in total.most_common():
        print(f"{n:5}  {kind}")


if __name__ == "__main__":
    main()
