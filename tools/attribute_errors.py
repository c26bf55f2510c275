"""Group the dev split's quantity or time errors by class, to see which mechanism loses points.

    .venv/bin/python tools/attribute_errors.py --field quantities|times [--class NAME]
        [--id SOURCE_ID] [--quiet]

Only dev interviews are read: any other id (test or reference) is refused, so the test
split's texts and gold stay unseen. Claims are lined up as the scorer lines them up
(:func:`pipeline.evaluation.scoring.match_spans`) and items compared by the scorer's keys
(numbers and unit; start and end). Within a matched claim, a gold item and an extracted item
that are not equal are paired by their text (one inside the other, or sharing a word), and
the pair is classed:

- quantities: ``value`` (the numbers differ), ``unit`` (same numbers, another unit), ``range``
  (one is a range, the other a single value);
- times: ``granularity`` (one value is a prefix of the other: year for month, month for day),
  ``null`` (one has a null start or end where the other has a date), ``start``, ``end`` or
  ``both`` (which values differ);

what stays unpaired is ``missed`` (gold only) or ``spurious`` (extracted only). Items of claims
the span matcher left unmatched are ``unmatched-gold`` / ``unmatched-pred``: span errors, not
attribute errors, counted apart.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.evaluation.corpus import Corpus, Interview, load_corpus
from pipeline.evaluation.scoring import GoldError, locate, match_spans, quantity_key, time_key

ROOT = Path(__file__).resolve().parent.parent
KEYS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "quantities": quantity_key,
    "times": time_key,
}
_WORDS = re.compile(r"[a-z0-9]+")
# Words too common to pair two items by ("the", "of", ...).
_STOP = frozenset({"the", "a", "an", "of", "in", "to", "and", "or", "for", "on", "at", "by"})


def _related(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    if a in b or b in a:
        return True
    return bool((set(_WORDS.findall(a)) & set(_WORDS.findall(b))) - _STOP)


def _quantity_class(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> str:
    g, p = quantity_key(gold), quantity_key(pred)
    if (g[0] is None) != (p[0] is None) and (g[1] is not None or p[1] is not None):
        return "range"
    if g[:3] != p[:3]:
        return "value"
    return "unit"


def _time_class(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> str:
    g, p = time_key(gold), time_key(pred)
    pairs = list(zip(g, p, strict=True))
    if any(bool(x) != bool(y) for x, y in pairs):
        return "null"
    if all(x == y or x.startswith(y) or y.startswith(x) for x, y in pairs):
        return "granularity"
    if g[0] != p[0] and g[1] != p[1]:
        return "both"
    return "start" if g[0] != p[0] else "end"


def _show(field: str, item: Mapping[str, Any]) -> str:
    key = KEYS[field](item)
    return f"{item.get('text')!r} {key}"


def claim_errors(
    field: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> list[tuple[str, str]]:
    """(class, description) of each difference between one claim's gold and extracted items."""
    key = KEYS[field]
    classify = _quantity_class if field == "quantities" else _time_class
    left_gold = [g for g in gold if key(g) not in {key(p) for p in pred}]
    left_pred = [p for p in pred if key(p) not in {key(g) for g in gold}]
    out = []
    for g in left_gold:
        partner = next(
            (p for p in left_pred if _related(str(g.get("text")), str(p.get("text")))), None
        )
        if partner is None:
            out.append(("missed", _show(field, g)))
            continue
        left_pred.remove(partner)
        out.append((classify(g, partner), f"gold {_show(field, g)} | got {_show(field, partner)}"))
    out.extend(("spurious", _show(field, p)) for p in left_pred)
    return out


def interview_errors(
    field: str, corpus: Corpus, interview: Interview
) -> list[tuple[str, str, str]]:
    """(class, claim text, description) of each error of ``field`` in one dev interview (one
    of ``corpus.dev_only()``)."""
    from pipeline.extraction import extract_source  # heavy: imported on use

    tables = extract_source(corpus.folder(interview), interview.source_id)
    text = str(tables["documents"]["text"].iloc[0])
    gold = corpus.gold(interview)
    claims = tables["claims"].reset_index(drop=True)
    items: dict[str, list[dict[str, Any]]] = {cid: [] for cid in claims["claim_id"]}
    for row in tables[field].to_dict("records"):
        items.setdefault(row["claim_id"], []).append({str(k): v for k, v in row.items()})
    gold_spans = [locate(text, g["text"], int(g.get("occurrence", 0))) for g in gold]
    pred_spans = [
        (int(s), int(e)) for s, e in zip(claims["char_start"], claims["char_end"], strict=True)
    ]
    matches = dict(match_spans(gold_spans, pred_spans))
    out: list[tuple[str, str, str]] = []
    for gi, record in enumerate(gold):
        gold_items = record.get(field, [])
        if gi not in matches:
            out.extend(("unmatched-gold", record["text"], _show(field, g)) for g in gold_items)
            continue
        pred_items = items[claims["claim_id"].iloc[matches[gi]]]
        errors = claim_errors(field, gold_items, pred_items)
        out.extend((kind, record["text"], detail) for kind, detail in errors)
    matched_pred = set(matches.values())
    for pi, cid in enumerate(claims["claim_id"]):
        if pi not in matched_pred:
            text_pi = str(claims["text"].iloc[pi])
            out.extend(("unmatched-pred", text_pi, _show(field, p)) for p in items[cid])
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--field", choices=sorted(KEYS), required=True)
    parser.add_argument("--class", dest="kind")
    parser.add_argument("--id", dest="source_id")
    parser.add_argument("--quiet", action="store_true", help="print only the counts")
    args = parser.parse_args(argv)
    corpus = load_corpus(ROOT / "corpus")
    try:
        interviews = corpus.dev_only(args.source_id)
    except GoldError as err:
        sys.exit(str(err))
    counts: Counter[str] = Counter()
    for interview in interviews:
        source_id = interview.source_id
        for kind, claim, detail in interview_errors(args.field, corpus, interview):
            counts[kind] += 1
            if not args.quiet and args.kind in (None, kind):
                print(f"{kind:14} {source_id[:20]:20} {detail}")
                print(f"{'':35} in: {claim[:160]}")
    print(dict(counts.most_common()))


if __name__ == "__main__":
    main()
