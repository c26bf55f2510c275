"""Plain-text reports of corpus evaluations for the command line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.evaluation import targets
from pipeline.evaluation.scoring import PRF_MEASURES, RATE_MEASURES

MEASURES = (
    *(f"{name}.{key}" for name in PRF_MEASURES for key in ("f1", "precision", "recall")),
    *(f"{name}.{key}" for name, key in RATE_MEASURES.items()),
)
SHORT = (
    "claims.f1",
    "speaker_role.accuracy",
    "claim_type.accuracy",
    "evaluative.recall",
    "hedged.f1",
    "quantities.f1",
    "times.f1",
    "entities.f1",
)


def _goals(split: str) -> dict[str, float]:
    return targets.end_to_end(split) if split in ("test", "reference") else {}


def format_splits(report: Mapping[str, Any], per_interview: bool = False) -> str:
    lines = [f"codebook {report['codebook_version']}"]
    for split, part in report["splits"].items():
        goals = _goals(split)
        lines += [
            "",
            f"split {split}: {part['interviews']} interview(s)",
            f"  {'measure':<24} {'macro':>7} {'micro':>7} {'target':>7}",
        ]
        for measure in MEASURES:
            goal = f"{goals[measure]:.2f}" if measure in goals else ""
            lines.append(
                f"  {measure:<24} {part['macro'][measure]:>7.3f} "
                f"{part['micro'][measure]:>7.3f} {goal:>7}"
            )
        if per_interview:
            lines.append("  " + " ".join(f"{m.split('.')[0][:10]:>10}" for m in SHORT) + "  id")
            for result in part["results"]:
                cells = " ".join(f"{targets.figure(result, m):>10.3f}" for m in SHORT)
                lines.append(f"  {cells}  {result['source_id']}")
    return "\n".join(lines)


def format_agreement(report: Mapping[str, Any]) -> str:
    lines = ["agreement of each annotation pass with the adjudicated gold"]
    header = "  " + " ".join(f"{m.split('.')[0][:10]:>10}" for m in SHORT)
    for name, figures in report["passes"].items():
        lines += ["", f"pass {name}: {figures['interviews']} interview(s), macro", header]
        lines.append("  " + " ".join(f"{figures['macro'][m]:>10.3f}" for m in SHORT))
    lines += ["", "per interview:", header + "  pass  id"]
    for source_id, passes in report["interviews"].items():
        for name, result in passes.items():
            cells = " ".join(f"{targets.figure(result, m):>10.3f}" for m in SHORT)
            lines.append(f"  {cells}  {name:<4}  {source_id}")
    return "\n".join(lines)
