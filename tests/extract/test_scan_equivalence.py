"""Every sped-up scan finds exactly what the plain pattern finds.

The extractor skips work in four ways: a look-ahead for a pattern's first characters
(``with_first_chars``), a substring gate that skips a text lacking a required string
(``gate``/``absent``, and attributes' required literal), a case-sensitive variant run on the
lower-cased text (``ascii_variant``), and the time rules' hand-kept trigger words
(``_TRIGGERS``, ``_ALSO_NEEDS``). Hypothesis builds texts from the words these patterns are
about (and from the committed interview, and characters that case folding treats oddly), and
each fast path must agree with the plain scan on every one.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import attributes, entities, quantities, sentences, speakers, times
from pipeline.extract import passages as passages_module
from pipeline.extract.regexes import Gate, absent, ascii_variant, gate, with_first_chars

from ..conftest import SOURCES

MODULES: tuple[ModuleType, ...] = (
    attributes, entities, quantities, sentences, speakers, times, passages_module,
)  # fmt: skip


def _patterns(value: object, depth: int = 0) -> list[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        return [value]
    if depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        return [p for v in value for p in _patterns(v, depth + 1)]
    if depth < 3 and isinstance(value, dict):
        return [p for v in value.values() for p in _patterns(v, depth + 1)]
    if (depth < 3 and hasattr(value, "__slots__")) or hasattr(value, "__dataclass_fields__"):
        names = getattr(value, "__slots__", ()) or getattr(value, "__dataclass_fields__", {})
        return [p for n in names for p in _patterns(getattr(value, n, None), depth + 1)]
    return []


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without a first-characters look-ahead, when it carries one."""
    match = re.fullmatch(
        r"\(\?=(?:\[[^\]]*\]|\(\?i:\[[^\]]*\]\)|\|)+\)\(\?:(.*)\)", pattern.pattern, re.S
    )
    return re.compile(match[1], pattern.flags) if match else pattern


PATTERNS = sorted(
    {_plain(p) for m in MODULES for v in vars(m).values() for p in _patterns(v)},
    key=lambda p: (p.pattern, p.flags),
)

_INTERVIEW = (SOURCES / "pauline-jones-kazakhstan-2022.txt").read_text(encoding="utf-8")
_WORDS = sorted(set(re.findall(r"\w+|[^\w\s]", _INTERVIEW)))
_LITERALS = sorted(
    {w for p in PATTERNS for w in re.findall(r"[A-Za-z]{2,}|\d+", p.pattern)} - {"P"}
)
_ODD = [
    "ſ",
    "ı",
    "İ",
    "K",
    "’",
    "‘",
    "—",
    "–",
    "-",
    "%",
    "$",
    "€",
    "'s",
    "1990s",
    "2019",
    "2022-01-05",
    "5",
    "40,000",
    "3.5",
    "May",
    "may",
    "March",
    "mid-",
    " ",
    "  ",
    "\n",
]

TOKENS = st.sampled_from(_WORDS) | st.sampled_from(_LITERALS) | st.sampled_from(_ODD)
TEXTS = st.lists(st.tuples(TOKENS, st.sampled_from([" ", "", ", ", ". "])), max_size=14).map(
    lambda parts: "".join(a + b for a, b in parts)
)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# a pattern, its look-ahead form, gate, required literal and ASCII variant
FastForms = tuple[
    re.Pattern[str], re.Pattern[str], Gate, re.Pattern[str] | None, re.Pattern[str] | None
]


@cache
def _fast_forms() -> list[FastForms]:
    """Each pattern with its look-ahead form, gate, required literal and ASCII variant, worked
    out once: deriving them is what costs, and every Hypothesis example needs the same ones."""
    return [
        (
            pattern,
            with_first_chars(pattern),
            gate(pattern),
            attributes._required_literal(pattern),
            ascii_variant(pattern),
        )
        for pattern in PATTERNS
    ]


def _found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_patterns_are_collected() -> None:
    assert len(PATTERNS) > 100
    assert any(with_first_chars(p) is not p for p in PATTERNS)


@SETTINGS
@given(TEXTS)
def test_first_char_lookahead_finds_the_same(text: str) -> None:
    for pattern, fast, _, _, _ in _fast_forms():
        if fast is not pattern:
            assert _found(fast, text) == _found(pattern, text), pattern.pattern


@SETTINGS
@given(TEXTS)
def test_substring_gates_never_skip_a_match(text: str) -> None:
    low = text.lower() if text.isascii() else None
    for pattern, _, pattern_gate, required, _ in _fast_forms():
        if absent(pattern_gate, low):
            assert pattern.search(text) is None, pattern.pattern
        if required is not None and required.search(text) is None:
            assert pattern.search(text) is None, pattern.pattern


@SETTINGS
@given(TEXTS)
def test_ascii_variants_match_where_the_pattern_does(text: str) -> None:
    if not text.isascii():
        return
    low = text.lower()
    for pattern, _, _, _, variant in _fast_forms():
        if variant is not None:
            assert [m.span() for m in variant.finditer(low)] == [
                m.span() for m in pattern.finditer(text)
            ], pattern.pattern


# the phrase rules of data/times.yaml are scanned by _candidates too, apart from _RULES
_ALL_RULES = (*times._PHRASE_RULES, *times._RULES)


def _plain_candidates(norm: str) -> list[tuple[int, tuple[int, int]]]:
    return [
        (index, m.span())
        for index, rule in enumerate(_ALL_RULES)
        for m in rule.pattern.finditer(norm)
    ]


@SETTINGS
@given(TEXTS)
def test_time_rule_triggers_skip_no_match(text: str) -> None:
    norm = text.translate(times.NORMALISE)
    order = {id(rule): index for index, rule in enumerate(_ALL_RULES)}
    gated = [(order[id(rule)], (m.start(), m.end())) for rule, m in times._candidates(norm)]
    assert sorted(gated) == sorted(_plain_candidates(norm))


def test_time_triggers_cover_the_interview() -> None:
    """The same on real text, sentence by sentence."""
    for line in _INTERVIEW.splitlines():
        norm = line.translate(times.NORMALISE)
        order = {id(rule): index for index, rule in enumerate(_ALL_RULES)}
        gated = [(order[id(r)], (m.start(), m.end())) for r, m in times._candidates(norm)]
        assert sorted(gated) == sorted(_plain_candidates(norm)), line[:80]
