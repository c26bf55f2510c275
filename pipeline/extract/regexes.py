"""Faster scanning for patterns that no optimisation of the regex engine applies to.

Python's engine skips ahead quickly only when a pattern starts with a case-sensitive literal
or character set; a case-insensitive pattern, or one opening with ``\\b`` or a look-behind,
is tried in full at every position of the text. :func:`first_chars` works out the set of
characters a match can start with, and :func:`with_first_chars` prepends a look-ahead for
it, so most positions fail on a single set test. The look-ahead only restates what the
pattern already requires: matches, groups and spans are the same. :func:`needs` works out
strings one of which every match contains, for a substring test that skips the scan.
Patterns are read by :mod:`pipeline.extract.regex_syntax` (not the standard library's
private parser); ``tests/extract/test_scan_equivalence.py`` checks on generated texts that
every sped-up scan finds exactly what the plain pattern finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pipeline.extract import regex_syntax as syntax


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, for an alternation that must prefer the longer of two that
    start alike; ties in alphabetical order, so that a pattern built from a set has the same
    text in every process (the order of a set of strings follows Python's per-process hash)."""
    return sorted(words, key=lambda word: (-len(word), word))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """An alternation of literal words and phrases, longest first (:func:`longest_first`), each
    escaped, with a space inside a phrase matching any run of whitespace ("per cent" also
    matches "per\\ncent" in hard-wrapped text)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in longest_first(phrases))


class _Unknown(Exception):
    """The pattern holds something whose first characters are not worked out."""


def _item(op: Any, value: Any) -> str:
    if op is syntax.LITERAL:
        return re.escape(chr(value))
    if op is syntax.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if op is syntax.CATEGORY:
        return str(value)
    raise _Unknown


def _first(sequence: Any, flags: int) -> tuple[set[tuple[str, bool]], bool]:
    """The set items a match of ``sequence`` can start with (each with whether it is
    matched ignoring case), and whether the match can be empty."""
    found: set[tuple[str, bool]] = set()
    nocase = bool(flags & re.IGNORECASE)
    for op, value in sequence:
        if op is syntax.LITERAL:
            found.add((_item(op, value), nocase))
            return found, False
        if op is syntax.IN:
            if any(o is syntax.NEGATE for o, _ in value):
                raise _Unknown
            found.update((_item(o, v), nocase) for o, v in value)
            return found, False
        if op in (syntax.AT, syntax.ASSERT, syntax.ASSERT_NOT):
            continue  # zero-width: the next element consumes the first character
        if op is syntax.SUBPATTERN:
            _, add_flags, del_flags, inner = value
            chars, empty = _first(inner, (flags | add_flags) & ~del_flags)
        elif op is syntax.BRANCH:
            chars, empty = set(), False
            for branch in value[1]:
                more, can_be_empty = _first(branch, flags)
                chars |= more
                empty = empty or can_be_empty
        elif op in (syntax.MAX_REPEAT, syntax.MIN_REPEAT):
            low, _, inner = value
            chars, empty = _first(inner, flags)
            empty = empty or low == 0
        else:
            raise _Unknown
        found |= chars
        if not empty:
            return found, False
    return found, True


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A look-ahead for every character a match can start with, or None when the pattern
    can match the empty string or holds constructs this does not follow. Characters that a
    case-insensitive part of a case-sensitive pattern starts with are tested ignoring case
    (in a pattern that ignores case, every one is)."""
    if pattern.flags & re.VERBOSE:
        return None
    try:
        parsed = syntax.parse(pattern.pattern, pattern.flags)
    except syntax.Unsupported:
        return None
    if parsed and parsed[0] == (syntax.AT, syntax.AT_BEGINNING):
        return None  # "^...": already fails fast everywhere but at the start
    try:
        chars, empty = _first(parsed, pattern.flags)
    except _Unknown:
        return None
    if empty or not chars:
        return None
    exact = "".join(sorted(c for c, nocase in chars if not nocase))
    folded = "".join(sorted(c for c, nocase in chars if nocase))
    parts = [f"[{exact}]"] if exact else []
    if folded:
        parts.append(f"[{folded}]" if pattern.flags & re.IGNORECASE else f"(?i:[{folded}])")
    return f"(?={'|'.join(parts)})"


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for its first characters (``pattern`` itself when they
    are not known)."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    return re.compile(f"{chars}(?:{pattern.pattern})", pattern.flags)


def needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` contains, or None.

    On an ASCII text a case-insensitive match is a plain match of the lower-cased text, so
    a text whose lower-case form holds none of them cannot match: a substring test (much
    cheaper than even a failing regex scan) settles it. Strings with other characters are
    not used (a case-insensitive "ſ" matches an ASCII "s")."""
    try:
        parsed = syntax.parse(pattern.pattern, pattern.flags)
    except syntax.Unsupported:
        return None
    found = _sequence_needs(parsed)
    return tuple(sorted(found)) if found else None


def _sequence_needs(sequence: Any) -> set[str] | None:
    """What a parsed regex sequence requires: its longest literal run, or the best
    requirement of a group, alternation or repetition (at least once) inside it."""
    best: set[str] | None = None

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if not candidate or not all(c.isascii() and c.strip() for c in candidate):
            return
        if best is None or min(map(len, candidate)) > min(map(len, best)):
            best = {c.lower() for c in candidate}

    run: list[str] = []
    for op, value in sequence:
        if op is syntax.LITERAL:
            run.append(chr(value))
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is syntax.SUBPATTERN:
            consider(_sequence_needs(value[3]))
        elif op is syntax.BRANCH:
            options = [_sequence_needs(branch) for branch in value[1]]
            if all(options):
                consider(set().union(*options))  # type: ignore[arg-type]
        elif op in (syntax.MAX_REPEAT, syntax.MIN_REPEAT) and value[0] >= 1:
            consider(_sequence_needs(value[2]))
    consider({"".join(run)} if run else None)
    return best


Gate = str | re.Pattern[str] | None
"""A substring test: one string, a pattern searching for any of several, or no test."""


def gate(pattern: re.Pattern[str]) -> Gate:
    """The cheapest test for :func:`needs` of ``pattern``: the string itself when there is
    one, else one case-sensitive search for any of them (for the lower-cased text)."""
    found = needs(pattern)
    if found is None or len(found) == 1:
        return found[0] if found else None
    return re.compile("|".join(re.escape(n) for n in longest_first(found)))


def absent(test: Gate, low: str | None) -> bool:
    """Whether ``low`` (an ASCII text lower-cased, or None when not ASCII) fails ``test``:
    then the pattern cannot match the text."""
    if low is None or test is None:
        return False
    if isinstance(test, str):
        return test not in low
    return test.search(low) is None


_ASCII = "".join(map(chr, range(128)))


def ascii_variant(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-insensitive ``pattern``, a case-sensitive one that matches a lower-cased
    ASCII text exactly where ``pattern`` matches the text itself (same offsets), but scans
    faster (the engine then tests alternatives by their first character). None when that
    does not hold: case-sensitive parts, escapes that lower-casing changes (``\\S``), or
    characters that match an ASCII one only by case folding (as "ſ" does "s")."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or "(?-i" in source or re.search(r"\\[A-Z]", source):
        return None
    if any(re.search(re.escape(c), _ASCII, re.IGNORECASE) for c in set(source) if not c.isascii()):
        return None
    lowered = re.sub(
        r"\(\?P[<=][^>)]*[>)]|[A-Z]", lambda m: m[0] if m[0][0] == "(" else m[0].lower(), source
    )
    return with_first_chars(re.compile(lowered, pattern.flags & ~re.IGNORECASE))


class CasedMatch:
    """A match of an :func:`ascii_variant` on a lower-cased text that reads its groups from
    the original text (same offsets), as the match of the original pattern would."""

    __slots__ = ("match", "text")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self.match = match
        self.text = text

    def __getitem__(self, group: str | int) -> str | Any:
        start, end = self.match.span(group)
        return None if start < 0 else self.text[start:end]

    def start(self, group: str | int = 0) -> int:
        return self.match.start(group)

    def end(self, group: str | int = 0) -> int:
        return self.match.end(group)


AnyMatch = re.Match[str] | CasedMatch
