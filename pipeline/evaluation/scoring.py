"""Score extracted claims against a gold annotation, by the rules of the project's reference
scorer: spans match one to one, best overlap first, at intersection over union >= 0.5;
attributes are scored on matched pairs; quantities, times and entities end to end.

A gold file has one claim a line: ``speaker_role``, verbatim ``text`` (with ``occurrence``
where that text occurs more than once), ``claim_type``, ``hedged``, ``quantities``, ``times``
and ``entities``.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, get_args

import pandas as pd

from schemas.registry import ClaimType, SpeakerRole

IOU_MIN = 0.5


class GoldError(ValueError):
    """A gold file that cannot be used: names the file and line."""


# A gold value outside the dataset's vocabularies would score as a disagreement and fail the
# release's annotations table, so it is refused where the file is read.
_VOCABULARIES = {
    "speaker_role": frozenset(get_args(SpeakerRole)),
    "claim_type": frozenset(get_args(ClaimType)),
}


def read_gold(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{path}:{number}: not valid JSON ({err.msg})") from None
        if not isinstance(record, dict) or "text" not in record:
            raise GoldError(f"{path}:{number}: each line must be an object with a 'text'")
        for field, allowed in _VOCABULARIES.items():
            value = record.get(field)
            if value is not None and value not in allowed:
                raise GoldError(
                    f"{path}:{number}: {field} {value!r} is not one of {sorted(allowed)}"
                )
        records.append(record)
    return records


def locate(text: str, span: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(span, start + 1)
        if start < 0:
            raise GoldError(f"gold span not found in the document text: {span[:80]!r}")
    return start, start + len(span)


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "predicted": n_pred,
        "gold": n_gold,
    }


def _num(x: Any) -> float | None:
    if x is None or (isinstance(x, float) and x != x):
        return None
    try:
        return round(float(x), 3)
    except (TypeError, ValueError):
        return None


def quantity_key(q: Mapping[str, Any]) -> tuple[Any, ...]:
    """How a quantity is compared: its numbers rounded to 3 places and its unit."""
    return (
        _num(q.get("value")),
        _num(q.get("value_low")),
        _num(q.get("value_high")),
        str(_none_if_nan(q.get("unit")) or "").lower(),
    )


def _none_if_nan(x: Any) -> Any:
    return None if x is None or (isinstance(x, float) and x != x) else x


def time_key(t: Mapping[str, Any]) -> tuple[str, str]:
    """How a time is compared: its start and end, ISO text at its own granularity (the
    ``times`` table's ``start_iso``/``end_iso``; a gold record's ``start``/``end``, as in
    releases 1.x)."""
    start = t.get("start_iso", t.get("start"))
    end = t.get("end_iso", t.get("end"))
    return (str(_none_if_nan(start) or ""), str(_none_if_nan(end) or ""))


def entity_key(e: Mapping[str, Any]) -> str:
    """How an entity is compared: its canonical name, case-folded."""
    return str(e.get("name") or "").casefold().strip()


def match_spans(
    gold_spans: Sequence[tuple[int, int]], pred_spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(gold index, predicted index) of the spans that match: one to one, best overlap first,
    at intersection over union >= ``IOU_MIN`` (the site shows the same pairs the scorer
    counts)."""
    candidates = sorted(_candidate_pairs(gold_spans, pred_spans), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matches.append((gi, pi))
    return matches


def _candidate_pairs(
    gold_spans: Sequence[tuple[int, int]], pred_spans: Sequence[tuple[int, int]]
) -> list[tuple[float, int, int]]:
    """(overlap, gold index, predicted index) of every pair at IoU >= ``IOU_MIN``, found
    without trying all pairs (a corpus interview has hundreds of each): a predicted span
    that overlaps a gold span of length L starts before the gold span ends and is at most
    L / IOU_MIN long (its union with the gold span, which holds it, is at most the
    intersection, itself at most L, over IOU_MIN), so it starts after ``gold start - L /
    IOU_MIN``. Only the predicted spans starting in that window are
    scored, with the same IoU as before, so the pairs are exactly those of all pairs."""
    order = sorted(range(len(pred_spans)), key=lambda pi: pred_spans[pi][0])
    starts = [pred_spans[pi][0] for pi in order]
    pairs: list[tuple[float, int, int]] = []
    for gi, gs in enumerate(gold_spans):
        length = gs[1] - gs[0]
        first = bisect_right(starts, gs[0] - length / IOU_MIN)
        last = bisect_left(starts, gs[1])
        for pi in order[first:last]:
            overlap = _iou(gs, pred_spans[pi])
            if overlap >= IOU_MIN:
                pairs.append((overlap, gi, pi))
    return pairs


def score_tables(
    tables: Mapping[str, pd.DataFrame], gold: list[dict[str, Any]], source_id: str
) -> dict[str, Any]:
    """Score the claims of one source in ``tables`` against its gold records."""
    documents = tables["documents"]
    doc = documents[documents["source_id"] == source_id]
    if doc.empty:
        raise GoldError(f"no document {source_id!r} in the tables")
    text = str(doc["text"].iloc[0])
    claims = tables["claims"]
    pred = claims[claims["source_id"] == source_id]
    # Plain lists of the columns read, not pandas look-ups pair by pair: the scorer runs for
    # every corpus interview and annotation pass in each release build. ``tolist`` gives the
    # same Python values as ``.iloc`` (native scalars, the same missing-value marker).
    column = {
        name: pred[name].tolist()
        for name in ("claim_id", "text", "speaker_role", "claim_type", "hedged")
    }
    pred_spans = [
        (int(s), int(e)) for s, e in zip(pred["char_start"], pred["char_end"], strict=True)
    ]
    gold_spans = [locate(text, g["text"], int(g.get("occurrence", 0))) for g in gold]
    matches = match_spans(gold_spans, pred_spans)
    used_g = {gi for gi, _ in matches}
    used_p = {pi for _, pi in matches}
    n_pred = len(pred_spans)

    result: dict[str, Any] = {
        "source_id": source_id,
        "claims": _prf(len(matches), n_pred, len(gold)),
    }

    def accuracy(key: str) -> dict[str, Any]:
        values = column[key]
        ok = sum(str(gold[gi][key]).lower() == str(values[pi]).lower() for gi, pi in matches)
        return {
            "accuracy": round(ok / len(matches), 3) if matches else 0.0,
            "correct": ok,
            "n": len(matches),
        }

    result["speaker_role"] = accuracy("speaker_role")
    result["claim_type"] = accuracy("claim_type")
    pred_hedged, pred_type = column["hedged"], column["claim_type"]
    hedged = [(bool(gold[gi]["hedged"]), bool(pred_hedged[pi])) for gi, pi in matches]
    result["hedged"] = _prf(
        sum(g and p for g, p in hedged), sum(p for _, p in hedged), sum(g for g, _ in hedged)
    )
    confusion = Counter((gold[gi]["claim_type"], str(pred_type[pi])) for gi, pi in matches)
    result["claim_type_confusion"] = {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())}
    gold_evaluative = sum(n for (g, _), n in confusion.items() if g == "evaluative")
    found_evaluative = confusion.get(("evaluative", "evaluative"), 0)
    result["evaluative"] = {
        "recall": round(found_evaluative / gold_evaluative, 3) if gold_evaluative else 0.0,
        "correct": found_evaluative,
        "n": gold_evaluative,
    }

    pred_ids = column["claim_id"]
    by_claim: dict[str, dict[str, list[dict[str, Any]]]] = {
        cid: {"quantities": [], "times": [], "entities": []} for cid in pred_ids
    }
    for name in ("quantities", "times"):
        for row in tables[name].to_dict("records"):
            if row["claim_id"] in by_claim:
                by_claim[row["claim_id"]][name].append({str(k): v for k, v in row.items()})
    entity_table = tables["entities"]
    names = dict(zip(entity_table["entity_id"], entity_table["name"], strict=True))
    mentions = tables["mentions"]
    for claim_id, entity_id in zip(mentions["claim_id"], mentions["entity_id"], strict=True):
        if claim_id in by_claim and entity_id in names:
            by_claim[claim_id]["entities"].append({"name": names[entity_id]})

    # Each claim's items are compared as sets of keys (an item named twice counts once), so
    # the counts are sizes of sets and of their intersection.
    keyers = {"quantities": quantity_key, "times": time_key, "entities": entity_key}
    matched_g = dict(matches)
    for name, key in keyers.items():
        tp = n_items = n_gold = 0
        for gi, g in enumerate(gold):
            gold_keys = {key(x) for x in g.get(name, [])}
            pred_keys: set[Any] = set()
            if gi in matched_g:
                pred_keys = {key(x) for x in by_claim[pred_ids[matched_g[gi]]][name]}
            tp += len(gold_keys & pred_keys)
            n_items += len(pred_keys)
            n_gold += len(gold_keys)
        for pi, cid in enumerate(pred_ids):
            if pi not in used_p:
                n_items += len({key(x) for x in by_claim[cid][name]})
        result[name] = _prf(tp, n_items, n_gold)

    result["missed"] = [gold[gi]["text"] for gi in range(len(gold)) if gi not in used_g]
    pred_text = column["text"]
    result["spurious"] = [str(pred_text[pi]) for pi in range(n_pred) if pi not in used_p]
    return result


PRF_MEASURES = ("claims", "hedged", "quantities", "times", "entities")
"""Measures scored as precision, recall and F1 (with their counts)."""
RATE_MEASURES = {"speaker_role": "accuracy", "claim_type": "accuracy", "evaluative": "recall"}
"""Measures scored as a share of matched claims (with ``correct`` and ``n``)."""


def aggregate(results: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Micro figures (counts summed over interviews) and macro figures (the mean over the
    interviews where the measure is defined: some gold or some predicted items) of several
    per-interview results, keyed by dotted measure name (``claims.f1``)."""
    micro: dict[str, float] = {}
    macro: dict[str, float] = {}
    for name in PRF_MEASURES:
        parts = [r[name] for r in results]
        summed = _prf(*(sum(int(p[k]) for p in parts) for k in ("tp", "predicted", "gold")))
        defined = [p for p in parts if p["gold"] or p["predicted"]]
        for key in ("precision", "recall", "f1"):
            micro[f"{name}.{key}"] = summed[key]
            macro[f"{name}.{key}"] = _mean([float(p[key]) for p in defined])
    for name, key in RATE_MEASURES.items():
        parts = [r[name] for r in results]
        n = sum(int(p["n"]) for p in parts)
        micro[f"{name}.{key}"] = round(sum(int(p["correct"]) for p in parts) / n, 3) if n else 0.0
        macro[f"{name}.{key}"] = _mean([float(p[key]) for p in parts if p["n"]])
    return {"interviews": len(results), "micro": micro, "macro": macro}


def _mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 3) if values else 0.0


def format_result(result: Mapping[str, Any]) -> str:
    lines = [f"source {result['source_id']}"]
    for name in ("claims", "hedged", "quantities", "times", "entities"):
        r = result[name]
        lines.append(
            f"  {name:<12} P {r['precision']:.3f}  R {r['recall']:.3f}  "
            f"F1 {r['f1']:.3f}  (tp {r['tp']}, predicted {r['predicted']}, "
            f"gold {r['gold']})"
        )
    for name in ("speaker_role", "claim_type", "evaluative"):
        key = RATE_MEASURES[name]
        lines.append(f"  {name:<12} {key} {result[name][key]:.3f} on {result[name]['n']} matched")
    lines.append(f"  missed {len(result['missed'])}, spurious {len(result['spurious'])}")
    return "\n".join(lines)
