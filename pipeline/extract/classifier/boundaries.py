"""The features of a candidate clause boundary, for the learned split decision: where a
sentence is cut into claims (``sentences.split_clauses``). The rules' verdict is one feature
among the words around the joiner, so the model can keep the verdicts it finds reliable and
overrule the ones it does not (a fronted "if" clause cut from its main clause, a noun list
left whole).

The same function serves training and prediction, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.sentences import SPLIT, Boundary

SPLIT_LABEL = "True"
"""The split decision's label for "cut here" (the other is "False")."""
_CUT, _KEPT = "cut", "kept"
"""The prefixes of every feature where the rules cut and where they do not."""


def _bucket(tokens: int) -> str:
    for limit in (2, 4, 7, 12, 20):
        if tokens <= limit:
            return f"<={limit}"
    return ">20"


def boundary_features(boundary: Boundary) -> tuple[str, ...]:
    """The feature names of one candidate boundary: the rules' verdict (alone, with the
    joiner's kind and with the left side's length), the joiner, the words on each side of it,
    the first words of the clause it would end and of the sentence, whether that clause has a
    comma already, and how long each side is; each under the rules' decision (cut or kept)."""
    tokens = boundary.tokens
    n = len(tokens)
    at, left, right, verdict = boundary.at, boundary.left, boundary.right, boundary.verdict
    joiner = tokens[at].low
    before = tokens[at - 1].low
    before2 = tokens[at - 2].low if at >= 2 else "<s>"
    after = tokens[right].low
    after2 = tokens[right + 1].low if right + 1 < n else "</s>"
    first = tokens[left].low
    second = tokens[left + 1].low if left + 1 < at else "</l>"
    left_len = _bucket(at - left)
    features = (
        f"verdict:{verdict}",
        f"kind:{boundary.kind}",
        f"kind_verdict:{boundary.kind}|{verdict}",
        f"joiner:{joiner}",
        f"before:{before}",
        f"before2:{before2}_{before}",
        f"after:{after}",
        f"after2:{after}_{after2}",
        f"joiner_after:{joiner}_{after}",
        f"first:{first}",
        f"first2:{first}_{second}",
        f"sentence_first:{tokens[0].low}",
        f"left_comma:{any(t.low == ',' for t in tokens[left:at])}",
        f"left_len:{left_len}",
        f"right_len:{_bucket(n - right)}",
        f"verdict_left_len:{verdict}|{left_len}",
    )
    # Two models in one: every weight is learned apart for the boundaries the rules cut and
    # for those they keep, since a word means the opposite in each ("and" after a verdict to
    # split is the usual joiner; after a veto it joins a list).
    group = _CUT if verdict == SPLIT else _KEPT
    return tuple(dict.fromkeys(f"{group}|{feature}" for feature in features))


def rules_cut(features: Sequence[str]) -> bool:
    """Whether the rules cut at the boundary that :func:`boundary_features` described."""
    return bool(features) and features[0].startswith(f"{_CUT}|")
