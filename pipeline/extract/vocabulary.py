"""The base vocabulary every finder shares: month and weekday names, label nouns, the names
of numbers, the dated events of ``data/events.yaml``, the character normalisation table and
the apostrophe rule.

It imports no finder, so the finders (times, entities, quantities, speakers, sentences) can
all import it without importing each other in a circle.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from pipeline.extract import datafiles
from pipeline.extract.regexes import phrase_alternation

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# The nouns a number labels ("Resolution 1973", "paragraph 4", "Article 5"): a number after one
# names rather than counts or dates (the codebook's numbers inside a name, title or label), for
# the times and the quantities rules alike.
LABEL_NOUNS = frozenset(w.casefold() for w in datafiles.load("lexicon.yaml")["label_nouns"])
_NUMBERS = datafiles.load("lexicon.yaml")["numbers"]
# The names of numbers ("seven", "ninety", "a dozen", "a couple of", "million"): lexicon.yaml's
# numbers, the units and the scales that are words (not "k", "bn"), as a regex alternation,
# longest first, a space in a name matching any run of white space: the numbers a hedge's
# approximation corrects (attributes) and that stand beside a currency code (entities). The
# quantities and times rules read the same table.
NUMBER_NAMES = phrase_alternation(
    {*_NUMBERS["units"], *(w for w in _NUMBERS["scales"] if len(w) > 2)}
)
# The abbreviated month names, longest form first where two share a start ("Sept", "Sep").
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

NORMALISE = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "\u00a0": " ",
        "–": "-",
        "—": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\n": " ",
        "\r": " ",
        "\t": " ",
    }
)
"""Curly quotes to straight, dashes to hyphens, space-like characters to a space: one
character for one, so offsets in the normalised text are offsets in the original. The
Unicode hyphen and non-breaking hyphen (U+2010, U+2011), which text set by a word processor
or web page puts in "24‑hour" or "17‑year‑olds", are the hyphen the codebook's hyphenated
modifiers are written with."""

# An HTML or XML tag left in a converted transcript ("</p>", "<br/>", '<span id="s-9"
# data-timestamp="01:07" class="neutral">'): layout, never words. An archive's sentence tags
# carry long attributes, so the bound on them is generous; the tag name must follow "<" at
# once, so "a < b" in prose is no tag.
MARKUP_TAG = r"</?[A-Za-z][\w:.-]*(?:\s[^<>\n]{0,300})?/?>"
MARKUP_TAG_RE = re.compile(MARKUP_TAG)

# A numeric reference may lack its ";" (HTML reads "&#39" too, and a span cut at the ";" ends so).
CHAR_REF = re.compile(
    r"&(?:#[0-9]{1,7}(?![0-9]);?|#[xX][0-9A-Fa-f]{1,6}(?![0-9A-Fa-f]);?|[A-Za-z][A-Za-z0-9]{1,31};)"
)


def _decoded_in_place(ref: re.Match[str]) -> str:
    char = html.unescape(ref[0])
    if char == ref[0] or len(char) > len(ref[0]):  # not a reference HTML knows
        return ref[0]
    return " " * (len(ref[0]) - len(char)) + char


def decode_char_refs(text: str) -> str:
    """HTML character references a scraped transcript kept ("It&#39;s", "&quot;Yes&quot;")
    read as the character they stand for, set at the reference's end after spaces, so that
    offsets stay those of the text: the "39" of "&#39;" is no number and "&quot;" no word."""
    if "&" not in text:
        return text
    return CHAR_REF.sub(_decoded_in_place, text)


def apostrophes(pattern: str) -> str:
    """A lexicon regex in which a straight apostrophe also matches a curly one (outside
    character classes, which keep their own members)."""
    out = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "'" and not in_class:
            out.append("['’]")
            continue
        out.append(char)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event from ``data/events.yaml``."""

    name: str
    qid: str | None
    start: date
    end: date | None
    kind: str
    context: frozenset[str]
    is_entity: bool
    aliases: tuple[str, ...]
    bare: tuple[str, ...]
    start_iso: str = ""  # as precise as the event's date is known ("2020-03")
    end_iso: str | None = None


def as_date(value: Any) -> date | None:
    """A date from an ISO date, year-month or year (the first day of the period)."""
    if value is None or isinstance(value, date):
        return value
    text = str(value)
    return date.fromisoformat(text + "-01-01"[len(text) - 4 :] if len(text) < 10 else text)


def _iso(value: Any) -> str | None:
    return None if value is None else (value.isoformat() if isinstance(value, date) else str(value))


def events_data() -> dict[str, Any]:
    return datafiles.load("events.yaml")


@cache
def events() -> tuple[Event, ...]:
    """Every event of ``data/events.yaml``."""
    out = []
    for row in events_data()["events"]:
        start = as_date(row["start"])
        assert start is not None, row["name"]
        out.append(
            Event(
                row["name"],
                row.get("qid"),
                start,
                as_date(row.get("end")),
                row["kind"],
                frozenset(row.get("context") or ()),
                bool(row.get("entity", True)),
                tuple(row.get("aliases") or ()),
                tuple(row.get("bare") or ()),
                _iso(row["start"]) or "",
                _iso(row.get("end")),
            )
        )
    return tuple(out)
