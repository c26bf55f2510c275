"""A small reader of Python regular expression syntax, for working out what a pattern's
matches must start with or contain (:mod:`pipeline.extract.regexes`).

The standard library's own parser (``re._parser``) is private and changes between Python
versions; this reads the syntax the project's patterns use into the same kind of tree:
a sequence of ``(op, value)`` items. Whatever it does not follow (conditionals, atomic
groups, possessive repeats, unknown escapes) raises :class:`Unsupported`, and the callers
then simply do not speed that pattern up. Like the standard parser, it factors a prefix
common to every branch out of an alternation and turns an alternation of single characters
into a character set, so that literal runs are found where the engine sees them.
"""

from __future__ import annotations

import re
from typing import Any

LITERAL = "literal"  # value: code point
NOT_LITERAL = "not_literal"
IN = "in"  # value: list of (LITERAL | RANGE | CATEGORY | NEGATE, value)
RANGE = "range"  # value: (low, high) code points
CATEGORY = "category"  # value: r"\d", r"\D", r"\s", r"\S", r"\w", r"\W"
NEGATE = "negate"
ANY = "any"
AT = "at"  # zero-width: ^, $, \b, \B, \A, \Z
AT_BEGINNING = "^"
ASSERT = "assert"  # look-ahead or look-behind: value (direction, sequence)
ASSERT_NOT = "assert_not"
SUBPATTERN = "subpattern"  # value: (group or None, add_flags, del_flags, sequence)
BRANCH = "branch"  # value: (None, [sequence, ...])
MAX_REPEAT = "max_repeat"  # value: (low, high or None, sequence)
MIN_REPEAT = "min_repeat"
GROUPREF = "groupref"

Item = tuple[str, Any]
Sequence = list[Item]


class Unsupported(ValueError):
    """Syntax this reader does not follow."""


_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE,
          "a": re.ASCII, "u": re.UNICODE, "L": re.LOCALE}  # fmt: skip
_CATEGORIES = {"d", "D", "s", "S", "w", "W"}
_AT_ESCAPES = {"b", "B", "A", "Z"}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def take(self, n: int = 1) -> str:
        out = self.text[self.pos : self.pos + n]
        if len(out) < n:
            raise Unsupported("unexpected end of pattern")
        self.pos += n
        return out

    def done(self) -> bool:
        return self.pos >= len(self.text)


def parse(pattern: str, flags: int = 0) -> Sequence:
    """The tree of ``pattern``; raises :class:`Unsupported` for syntax it does not follow."""
    if flags & re.VERBOSE:
        raise Unsupported("verbose patterns")
    reader = _Reader(pattern)
    tree = _alternation(reader)
    if not reader.done():
        raise Unsupported(f"unbalanced ')' at {reader.pos}")
    return tree


def _alternation(reader: _Reader) -> Sequence:
    branches = [_sequence(reader)]
    while reader.peek() == "|":
        reader.take()
        branches.append(_sequence(reader))
    if len(branches) == 1:
        return branches[0]
    return _simplified(branches)


def _simplified(branches: list[Sequence]) -> Sequence:
    """As the standard parser does: a common prefix out of the branches, and branches of
    one character each into one set."""
    prefix: Sequence = []
    while all(branches) and all(b[0] == branches[0][0] for b in branches[1:]):
        prefix.append(branches[0][0])
        branches = [b[1:] for b in branches]
    if not any(branches):
        return prefix  # every branch was the prefix: nothing left to choose between
    if all(len(b) == 1 and b[0][0] in (LITERAL, IN) for b in branches):
        members: list[Item] = []
        for ((op, value),) in branches:
            if op is LITERAL:
                members.append((LITERAL, value))
            elif any(o is NEGATE for o, _ in value):
                break
            else:
                members.extend(value)
        else:
            return [*prefix, (IN, members)]
    return [*prefix, (BRANCH, (None, branches))]


def _sequence(reader: _Reader) -> Sequence:
    items: Sequence = []
    while not reader.done() and reader.peek() not in "|)":
        char = reader.peek()
        if char in "*+?{":
            repeat = _repeat(reader)
            if repeat is None:  # a "{" that is not a repeat is a literal
                reader.take()
                items.append((LITERAL, ord("{")))
                continue
            if not items or items[-1][0] in (AT, MAX_REPEAT, MIN_REPEAT):
                raise Unsupported("nothing to repeat")
            low, high, lazy = repeat
            if reader.peek() == "+":
                raise Unsupported("possessive repeat")
            target = items.pop()
            inner = target[1][3] if _plain_group(target) else [target]
            items.append((MIN_REPEAT if lazy else MAX_REPEAT, (low, high, inner)))
            continue
        items.extend(_atom(reader))
    # A group without a number or flags is only syntax: its items join this sequence (as
    # in the standard parser), so "(?:don't|do not)" adds the common "do" to a literal run.
    spliced: Sequence = []
    for item in items:
        spliced.extend(item[1][3] if _plain_group(item) else [item])
    return spliced


def _plain_group(item: Item) -> bool:
    return item[0] is SUBPATTERN and item[1][0] is None and not item[1][1] and not item[1][2]


def _repeat(reader: _Reader) -> tuple[int, int | None, bool] | None:
    char = reader.peek()
    if char == "{":
        match = re.match(r"\{(\d*)(,?)(\d*)\}", reader.text[reader.pos :])
        if not match or (not match[1] and not match[3]):
            return None
        reader.take(len(match[0]))
        low = int(match[1] or 0)
        high = int(match[3]) if match[3] else (None if match[2] else low)
    else:
        reader.take()
        low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
    lazy = reader.peek() == "?"
    if lazy:
        reader.take()
    return low, high, lazy


def _atom(reader: _Reader) -> Sequence:
    char = reader.take()
    if char == "(":
        return _group(reader)
    if char == "[":
        return [_class(reader)]
    if char == ".":
        return [(ANY, None)]
    if char == "^":
        return [(AT, AT_BEGINNING)]
    if char == "$":
        return [(AT, "$")]
    if char == "\\":
        item = _escape(reader, in_class=False)
        # Outside a set, a category is a set of one, as the standard parser has it.
        return [(IN, [item]) if item[0] is CATEGORY else item]
    return [(LITERAL, ord(char))]


def _group(reader: _Reader) -> Sequence:
    if reader.peek() != "?":
        inner = _close(reader)
        return [(SUBPATTERN, (1, 0, 0, inner))]
    reader.take()
    kind = reader.peek()
    if kind == ":":
        reader.take()
        return [(SUBPATTERN, (None, 0, 0, _close(reader)))]
    if kind == "P":
        reader.take()
        if reader.peek() == "<":
            end = reader.text.index(">", reader.pos)
            reader.pos = end + 1
            return [(SUBPATTERN, (1, 0, 0, _close(reader)))]
        if reader.peek() == "=":
            end = reader.text.index(")", reader.pos)
            reader.pos = end + 1
            return [(GROUPREF, None)]
        raise Unsupported("(?P")
    if kind in "=!":
        reader.take()
        return [(ASSERT if kind == "=" else ASSERT_NOT, (1, _close(reader)))]
    if reader.peek(2) in ("<=", "<!"):
        kind = reader.take(2)[1]
        return [(ASSERT if kind == "=" else ASSERT_NOT, (-1, _close(reader)))]
    if kind == "#":
        reader.pos = reader.text.index(")", reader.pos) + 1
        return []
    match = re.match(r"([imsxauL]*)(?:-([imsx]+))?([:)])", reader.text[reader.pos :])
    if not match:
        raise Unsupported(f"group syntax at {reader.pos}")
    reader.take(len(match[0]))
    add = sum(_FLAGS[f] for f in match[1])
    remove = sum(_FLAGS[f] for f in match[2] or "")
    if match[3] == ")":  # global flags, already in the compiled pattern's flags
        if add & re.VERBOSE:
            raise Unsupported("verbose patterns")
        return []
    return [(SUBPATTERN, (None, add, remove, _close(reader)))]


def _close(reader: _Reader) -> Sequence:
    inner = _alternation(reader)
    if reader.take() != ")":
        raise Unsupported("missing ')'")
    return inner


def _escape(reader: _Reader, *, in_class: bool) -> Item:
    char = reader.take()
    if char in _CATEGORIES:
        return (CATEGORY, "\\" + char)
    if char in _AT_ESCAPES and not in_class:
        return (AT, "\\" + char)
    if char == "b" and in_class:
        return (LITERAL, ord("\b"))
    if char in _CHAR_ESCAPES:
        return (LITERAL, ord(_CHAR_ESCAPES[char]))
    if char == "x":
        return (LITERAL, int(reader.take(2), 16))
    if char in "uU":
        return (LITERAL, int(reader.take(4 if char == "u" else 8), 16))
    if char.isdigit():
        digits = char
        while len(digits) < 3 and reader.peek() in tuple("01234567") and reader.peek():
            digits += reader.take()
        octal = all(d in "01234567" for d in digits)
        if octal and (in_class or char == "0" or len(digits) == 3):
            return (LITERAL, int(digits, 8))
        if in_class:
            raise Unsupported("escape in a set")
        reader.pos -= len(digits) - 1
        return (GROUPREF, None)
    if char.isalnum():
        raise Unsupported(f"escape \\{char}")
    return (LITERAL, ord(char))


def _class(reader: _Reader) -> Item:
    members: list[Item] = []
    if reader.peek() == "^":
        reader.take()
        members.append((NEGATE, None))
    first = True
    while True:
        char = reader.take()
        if char == "]" and not first:
            break
        first = False
        if char == "[" and reader.peek() in ":=.":
            raise Unsupported("POSIX class syntax")
        item = _escape(reader, in_class=True) if char == "\\" else (LITERAL, ord(char))
        if item[0] is LITERAL and reader.peek() == "-" and reader.peek(2) != "-]":
            reader.take()
            end = reader.take()
            high = _escape(reader, in_class=True) if end == "\\" else (LITERAL, ord(end))
            if high[0] is not LITERAL:
                raise Unsupported("range to a category")
            members.append((RANGE, (item[1], high[1])))
        else:
            members.append(item)
    negated = members and members[0][0] is NEGATE
    if len(members) == 1 and members[0][0] is LITERAL:
        return members[0]  # "[a]" is the literal a, as the standard parser has it
    if negated and len(members) == 2 and members[1][0] is LITERAL:
        return (NOT_LITERAL, members[1][1])
    return (IN, members)
