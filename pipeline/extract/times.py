"""Time expressions in claim text, resolved to ISO 8601 against the interview date.

Each rule is a regular expression with a resolver that turns a match into ``(start, end)``
(``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``, ``None`` where open or unknown). Where matches
overlap, the longest wins. Relative expressions resolve against ``anchor``:

* a bare month ("in March") is the most recent such month not after the anchor month, or the
  next one when the claim speaks of the future;
* "last week" is the previous Monday-Sunday week; "now" is the anchor date;
* "since X" runs from X to the anchor date; "before X" ends at X; "after X"/"post X" starts at
  X; "early in X" starts at X's start;
* event phrases use ``data/events.yaml``; "since independence" takes the country the claim names
  nearest before the phrase (then after it, then in ``context``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import repeat

from pipeline.extract import datafiles
from pipeline.extract.entities import find_mentions
from pipeline.extract.model import TimeExpression
from pipeline.extract.regexes import (
    AnyMatch,
    CasedMatch,
    Gate,
    absent,
    ascii_variant,
    gate,
    longest_first,
    phrase_alternation,
    with_first_chars,
)
from pipeline.extract.vocabulary import (
    LABEL_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NORMALISE,
    WEEKDAYS,
    Event,
    as_date,
    decode_char_refs,
    events,
    events_data,
)

# data/times.yaml: event verbs and nouns, relative phrases, holidays, presidencies, offices.
# Shared with every other caller of datafiles.load: read it, never mutate it.
_DATA = datafiles.load("times.yaml")

Span = tuple[str | None, str | None]


_MONTH_INDEX = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_INDEX.update({m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)})
_MONTH_INDEX["sept"] = 9
_WEEKDAYS = [day.lower() for day in WEEKDAYS]
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
}
# Number words before a unit ("two years ago", "a couple of months later"): lexicon.yaml's
# numbers.units, the one list quantities reads too, plus what only counts in front of a time
# unit here: the article ("a year ago", "an hour later") and a bare "couple" ("a couple years").
_SMALL_NUMBERS: dict[str, int] = {
    **{w.casefold(): n for w, n in datafiles.load("lexicon.yaml")["numbers"]["units"].items()},
    "a": 1,
    "an": 1,
    "couple": 2,
}
# ("forth": the transcribers' homophone of "fourth")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "forth": 4}
_QUARTER_ORDINALS = "|".join(_ORDINALS)
# Days of the month said as words before "of" and a month ("the first of July")
_FIRST_TWENTY = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth"),
)
_DAY_WORDS = {
    **{w: i + 1 for i, w in enumerate(_FIRST_TWENTY)},
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_FIRST_TWENTY[:9])},
    **{"thirtieth": 30, "thirty-first": 31},
}
_DAY_WORD_PATTERN = "|".join(longest_first(_DAY_WORDS))


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------


_EVENT_BY_ALIAS: dict[str, Event] = {
    a.casefold(): e for e in events() for a in (*e.aliases, *e.bare)
}
_GENERIC: dict[str, str] = {k.casefold(): v for k, v in events_data()["generic"].items()}
_INDEPENDENCE: dict[str, date] = {
    k: d for k, v in events_data()["independence"].items() if (d := as_date(v)) is not None
}
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def _resolve_generic(kind: str, text: str, context: str | None, anchor: date) -> Event | None:
    """The event a generic phrase ("the war") points at, by its context words in the claim, then
    in the text before it; None when neither makes clear which one (the codebook: "the war"
    resolves only when the document says which war)."""
    candidates = [e for e in events() if e.kind == kind and e.start <= anchor]
    if not candidates:
        return None
    for scope in (text, context or ""):
        words = _words(scope)
        named = [e for e in candidates if e.context & words]
        if named:
            return max(named, key=lambda e: e.start)
    recent = [e for e in candidates if e.end is None or (anchor - e.end).days < 3653]
    if len(candidates) == 1 and recent:  # the only pandemic the table knows of, and recent
        return candidates[0]
    return None


# Precompiled once rather than looked up in the re module's cache on every call.
_SPACES = re.compile(r"\s+")
_LEADING_DETERMINER = re.compile(r"^(?:the|this|that)\s+")
_SPACES_OR_DASHES = re.compile(r"[\s-]+")


def _event(phrase: str, text: str, context: str | None, anchor: date) -> Event | None:
    key = _LEADING_DETERMINER.sub("", phrase.casefold().strip())
    key = _SPACES.sub(" ", key)
    for candidate in (phrase.casefold().strip(), key, f"the {key}"):
        if candidate in _EVENT_BY_ALIAS:
            return _EVENT_BY_ALIAS[candidate]
        if candidate in _GENERIC:
            return _resolve_generic(_GENERIC[candidate], text, context, anchor)
    return None


# ---------------------------------------------------------------------------------------------
# Formatting and calendar arithmetic
# ---------------------------------------------------------------------------------------------


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_year(month: int, anchor: date, future: bool) -> int:
    """The year of a bare month: the latest not after the anchor, or the next when future."""
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


# "I guess" is a hedge set in any tense ("he put a motion in May, I guess"), not a forecast
_FUTURE = with_first_chars(
    re.compile(
        r"\b(?:will|won't|shall|\w+'ll|going to|plans? to|planned to|expect(?:s|ing)?|expected|"
        r"scheduled|upcoming|next|coming|pricing in|priced in|(?<!\bI\s)guess|forecasts?|predicts?|"
        r"likely|hopes? to|intends? to|ought to (?!have\b)|(?-i:may)|might|due to (?!the\b|a\b)|"
        r"ahead(?!\s+of\b))\b",
        re.IGNORECASE,
    )
)


def _is_future(text: str) -> bool:
    return _FUTURE.search(text) is not None


# The clause a time sits in runs between the nearest clause edges around it: punctuation, a
# dash, or a conjunction that opens another clause. Its own tense decides whether a bare
# month, weekday, season or holiday lies ahead ("what he said on Monday: that prices will
# fall" is the Monday before), the whole claim's only when the clause shows none.
_CLAUSE_EDGE = re.compile(
    r"[.,;:!?()\u2013\u2014]|\s-\s|\b(?:that|which|but|because|while|whereas|although)\b",
    re.IGNORECASE,
)
_LOCAL_FUTURE = re.compile(_FUTURE.pattern, re.IGNORECASE)
_PAST_VERBS = "|".join(
    verb
    for verb in _DATA["event_clauses"]["verbs"]
    if verb not in _DATA["event_clauses"]["present_verbs"]
)
# A finite past verb: an irregular one, or a regular form in -ed that no article, "be" form
# or "to" makes an adjective or a participle ("the proposed meeting", "will be announced").
# An irregular form is no past mark after them either ("are scheduled to be held on 28 May"
# is a schedule, "the set date" an adjective).
_PAST = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    rf"(?<!\bto\s)\b(?:(?:{_PAST_VERBS}|did)\b|(?!(?:hundred|indeed|need|speed|proceed|succeed|"
    r"exceed|seed|feed|bed|red|shed|wed)\b)[a-z]{2,}ed\b)",
    re.IGNORECASE,
)


def _clause_tense(text: str, start: int, end: int) -> bool | None:
    """True when the clause around ``text[start:end]`` speaks of the future, False when it
    tells the past, None when it shows neither. Of a future and a past mark in one clause
    the nearer to the time decides ("the report published on Friday shows prices will
    rise")."""
    left = 0
    for edge in _CLAUSE_EDGE.finditer(text, 0, start):
        left = edge.end()
    right_edge = _CLAUSE_EDGE.search(text, end)
    right = right_edge.start() if right_edge else len(text)
    found = _nearest_tense(text, left, right, start, end)
    if found is None and right_edge is not None and right_edge[0] == ",":
        # a time fronted before its clause ("on Saturday, the President spoke"): the clause
        # after the comma is its own, unless that is an aside ("on Tuesday, as we announced,
        # he will travel"), which tells nothing of the time
        if _ASIDE.match(text, right_edge.end()):
            return None
        after = _CLAUSE_EDGE.search(text, right_edge.end())
        found = _nearest_tense(
            text, right_edge.end(), after.start() if after else len(text), start, end
        )
    return found


# A comment set between commas after a fronted time ("as you know", "if you will", "I think")
_ASIDE = re.compile(r"\s*(?:as|if|I\s+think|you\s+know|of\s+course)\b", re.IGNORECASE)


def _nearest_tense(text: str, left: int, right: int, start: int, end: int) -> bool | None:
    """The tense of the future or past mark in ``text[left:right]`` nearest the time at
    ``start:end`` (True for a future), None when there is none."""
    best: tuple[int, bool] | None = None
    for pattern, ahead in ((_LOCAL_FUTURE, True), (_PAST, False)):
        for mark in pattern.finditer(text, left, right):
            if start <= mark.start() < end:
                continue  # a word of the time itself ("the coming week")
            distance = start - mark.end() if mark.end() <= start else mark.start() - end
            if best is None or distance < best[0]:
                best = (distance, ahead)
    return None if best is None else best[1]


def _ahead(m: AnyMatch, c: _Ctx) -> bool:
    """Whether the time ``m`` found lies ahead: its own clause's tense, else the claim's."""
    local = _clause_tense(c.text, m.start(), m.end())
    return _is_future(c.text) if local is None else local


def _number(word: str) -> int | None:
    word = _SPACES.sub(" ", word.casefold()).removesuffix("-ish")
    if word.isdigit():
        return int(word)
    return _SMALL_NUMBERS.get(word)


def _offset(unit: str, n: int, anchor: date, sign: int) -> str:
    """The anchor moved by ``n`` units (years, months, weeks, days, decades)."""
    unit = unit.casefold().rstrip("s")
    if unit in ("year", "decade", "century"):
        step = {"year": 1, "decade": 10, "century": 100}[unit]
        return f"{anchor.year + sign * n * step:04d}"
    if unit == "month":
        return _ym(*_shift_month(anchor.year, anchor.month, sign * n))
    days = n * 7 if unit == "week" else n
    return (anchor + timedelta(days=sign * days)).isoformat()


# ---------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    anchor: date
    context: str | None


Resolver = Callable[[AnyMatch, _Ctx], Span | None]

_MONTH_FULL = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
_MONTH_ANY = rf"(?-i:{'|'.join([*MONTHS, *MONTH_ABBREVIATIONS])})\.?"
# Any of those words (longest first, so "a couple of" wins over "a"), or up to three digits
_NUM_WORDS = phrase_alternation(_SMALL_NUMBERS)
_NUM = rf"(?:\d{{1,3}}|{_NUM_WORDS})"
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_PREP = (
    r"(?:in|since|by|until|till|before|prior\s+to|after|during|through|throughout|from|of|around"
    r"|circa)"
)


def _phrases() -> list[tuple[str, str]]:
    """Each phrase of ``data/times.yaml`` (any run of spaces matching one), with its section."""
    return [(kind, p.replace(" ", r"\s+")) for kind in _PHRASE_KINDS for p in _DATA[kind]]


_PHRASE_KINDS = ("past_open", "future_open", "today", "yesterday", "unanchored")
_PHRASES = _phrases()
_EVENT_NOUNS = "|".join(longest_first(_DATA["event_nouns"]))


def _prep_span(prep: str | None, start: str, end: str, anchor: date) -> Span:
    """Apply a temporal preposition to a period [start, end]."""
    prep = " ".join((prep or "").casefold().split())
    if prep == "prior to":  # the formal "before"
        prep = "before"
    if prep == "since":
        return start, anchor.isoformat()
    # "through December 31" runs up to and including the day, as "until" does
    if prep in ("before", "until", "till", "by", "through"):
        return None, end if prep != "before" else start
    if prep in ("after", "following"):
        return end, None
    return start, end


def _full_date(m: AnyMatch, c: _Ctx) -> Span | None:
    month = _MONTH_INDEX[m["month"].rstrip(".").casefold()]
    try:
        day = date(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None
    return _prep_span(m["prep"], day.isoformat(), day.isoformat(), c.anchor)


def _iso_date(m: AnyMatch, c: _Ctx) -> Span | None:
    try:
        day = date.fromisoformat(m[0])
    except ValueError:
        return None
    return day.isoformat(), day.isoformat()


def _month_year_rule(m: AnyMatch, c: _Ctx) -> Span:
    value = _ym(int(m["year"]), _MONTH_INDEX[m["month"].rstrip(".").casefold()])
    return _prep_span(m["prep"], value, value, c.anchor)


def _month_day(m: AnyMatch, c: _Ctx) -> Span | None:
    day = _day_of_month(m, c)
    return (
        None if day is None else _prep_span(m["prep"], day.isoformat(), day.isoformat(), c.anchor)
    )


def _day_range(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "from the 23-28 May", "May 3 to 7": the period from the first day to the last (the
    codebook's start and end at a day's granularity), in the year the first day resolves to."""
    first = _day_of_month(m, c)
    if first is None:
        return None
    try:
        last = first.replace(day=int(m["day2"]))
    except ValueError:
        return None
    if last < first:
        return None
    return first.isoformat(), last.isoformat()


# A verb in the present's third person just before a time ("sits until", "runs till"): not
# "was", "has" or "is", nor a word in -ss ("across")
_PRESENT_VERB_BEFORE = re.compile(
    r"\b(?!(?:was|has|is|as|its|this|his|us|yes|thus|plus)\b)(?-i:[a-z]+[^s\W'\u2019]s)\s+$"
)


def _day_of_month(m: AnyMatch, c: _Ctx) -> date | None:
    """The date of a day and month (group "year" when stated), in the year the claim's tense
    or, with none, the nearness to the interview date gives."""
    month = _MONTH_INDEX[m["month"].casefold()]
    raw = m["day"]
    number = int(raw) if raw.isdigit() else _DAY_WORDS[raw.casefold()]
    stated = _optional_group(m, "year")
    if stated:
        try:
            return date(int(stated), month, number)
        except ValueError:
            return None
    local = _clause_tense(c.text, m.start(), m.end())
    since = (m["prep"] or "").casefold() == "since"
    if (m["prep"] or "").casefold() in ("until", "till") and _PRESENT_VERB_BEFORE.search(
        c.text, max(0, m.start() - 30), m.start()
    ):
        # "the House sits until May 25th": a schedule in the present, whatever else the claim
        # tells ("I have agreed to speak and the House sits until ..."), so the nearest date
        return _nearest_day(month, number, c.anchor)
    if local is None and not since and not _is_future(c.text) and not _PAST.search(c.text):
        # no tense anywhere ("the benefits expire March 14", "the vote is on June 3"): a
        # schedule or a state in the present, so the date nearest the interview, either side
        return _nearest_day(month, number, c.anchor)
    year = _month_year(month, c.anchor, _ahead(m, c) if local is None else local)
    try:
        return date(year, month, number)
    except ValueError:
        return None


def _nearest_day(month: int, number: int, anchor: date) -> date | None:
    """The day ``number`` of ``month`` nearest ``anchor``: in its year, the one before or after."""
    days = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            days.append(date(year, month, number))
        except ValueError:  # 29 February, or a year past the calendar's edge
            continue
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


def _month_day_word(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "the first of July": as a day in digits (its own rule, for it needs no digit)."""
    return _month_day(m, c)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A month that modifies the noun after it ("the December CPI report", "the March meeting",
# "the January press conference") places the claim in that month: a common noun or an
# initialism follows, not a function word or a capitalised name ("the March for Life").
_NOUN_AFTER_MONTH = re.compile(
    r"\s+(?:[A-Z]{2,}s?\b|(?!(?:for|of|and|or|nor|but|to|in|on|at|by|from|with|versus|vs|is|was"
    r"|were|are|be|has|had|have|will|would|that|which|who|the|a|an|this|it|he|she|they|we|i)\b)"
    r"[a-z]+\b)"
)


# A year the claim states as a time ("in 2020", "September of 2020", "May 4, 2020"), for a bare
# month or season elsewhere in the same claim to count from.
_CLAIM_YEAR = re.compile(
    rf"(?:\b(?:in|of|since|during|until|by|from)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"|\b{_MONTH_FULL}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)(?P<year>{_YEAR})\b(?![-–]?\d)"
)


def _claim_year(m: AnyMatch, c: _Ctx) -> int | None:
    """The one year the claim names as a time, outside the match, when it is before the
    interview's: the codebook resolves a time stated relative to another time against that time
    when it is explicit in the same passage ("he left in September of 2020, after a summer of
    debate": the summer of 2020)."""
    years = {
        int(y["year"])
        for y in _CLAIM_YEAR.finditer(c.text)
        if y.end() <= m.start() or y.start() >= m.end()
    }
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and year < c.anchor.year else None


def _month_only(m: AnyMatch, c: _Ctx) -> Span | None:
    month = _MONTH_INDEX[m["month"].casefold()]
    rel = (m["rel"] or "").casefold()
    after_the = _THE_BEFORE.search(c.text, max(0, m.start() - 5), m.start()) is not None
    modifier = after_the and _NOUN_AFTER_MONTH.match(c.text, m.end()) is not None
    if m["month"] == "May" and not (m["prep"] or rel or modifier):
        return None  # a sentence-initial modal, most likely ("the May meeting" is the month)
    if not (m["prep"] or rel) and after_the and not modifier:
        return None  # "the March for Life": a name
    if rel == "last":
        year = c.anchor.year if month < c.anchor.month else c.anchor.year - 1
    elif rel == "next":
        year = c.anchor.year if month > c.anchor.month else c.anchor.year + 1
    elif rel == "this":
        year = c.anchor.year
    else:
        year = _bare_month_year(month, m, c)
    value = _ym(year, month)
    return _prep_span(m["prep"], value, value, c.anchor)


# A deadline's preposition: "by September", "before mid-December" mostly set a limit ahead.
_DEADLINE_PREPS = frozenset(_DATA["deadline_prepositions"])


def _bare_month_year(month: int, m: AnyMatch, c: _Ctx) -> int:
    """The year of a month said without one: a year the claim names ("in May, and again in
    September of 2020": May 2020), else the latest such month, or the next when its clause or
    the claim speaks of the future or a deadline sets a limit ahead ("consult by the end of
    September") that no past tense of its own clause contradicts."""
    if (named := _claim_year(m, c)) is not None:
        return named
    deadline = (m["prep"] or "").casefold() in _DEADLINE_PREPS and not (
        _PAST_PERFECT.search(c.text) or _clause_tense(c.text, m.start(), m.end()) is False
    )
    return _month_year(month, c.anchor, _ahead(m, c) or deadline)


def _season(m: AnyMatch, c: _Ctx) -> Span | None:
    first, last = _SEASONS[m["season"].casefold()]
    rel = (m["rel"] or "").casefold()
    if not (m["year"] or rel or m["the"]):
        return None  # "fall" the verb, "a winter coat"
    if m["season"][0].isupper() and m.start("season") > 0:
        return None  # part of a name ("the Winter Olympics", "the Spring Festival")
    if m["year"]:
        year = int(m["year"])
    elif rel == "this":
        year = c.anchor.year
    elif not rel and (named := _claim_year(m, c)) is not None:
        year = named  # "in September of 2020 ... throughout the summer": the summer of 2020
    elif rel == "next" or (rel not in ("last", "past") and _ahead(m, c)):
        year = c.anchor.year if first > c.anchor.month else c.anchor.year + 1
    elif not rel and not _PAST.search(c.text) and first > c.anchor.month:
        # a claim in no past tense ("we are going into the summer") means the nearer of the
        # season to come and the one gone by
        ahead = first - c.anchor.month
        since_end = (c.anchor.month - last) % 12
        year = c.anchor.year if ahead <= since_end else c.anchor.year - 1
    else:  # the latest such season that has begun
        year = c.anchor.year if first <= c.anchor.month else c.anchor.year - 1
        if rel in ("last", "past") and first <= c.anchor.month <= max(last, first):
            year -= 1
    end_year = year + 1 if last < first else year
    return _prep_span(m["prep"], _ym(year, first), _ym(end_year, last), c.anchor)


_HOLIDAYS: dict[str, tuple[int, int]] = {
    name.casefold(): (int(day[:2]), int(day[3:])) for name, day in _DATA["holidays"].items()
}


def _holiday(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "at Christmas", "on New Year's Eve 2019": the day, of the year named, else of the
    latest year it has passed (the next in a claim about the future)."""
    month, day = _HOLIDAYS[_SPACES.sub(" ", m["holiday"].casefold()).replace("’", "'")]
    if m["year"]:
        year = int(m["year"])
    else:
        passed = (month, day) <= (c.anchor.month, c.anchor.day)
        if _ahead(m, c):
            year = c.anchor.year if not passed else c.anchor.year + 1
        else:
            year = c.anchor.year if passed else c.anchor.year - 1
    value = date(year, month, day).isoformat()
    return _prep_span(m["prep"], value, value, c.anchor)


def _year_range(m: AnyMatch, c: _Ctx) -> Span | None:
    first, second = m["y1"], m["y2"]
    if len(second) == 2:
        second = first[:2] + second
    if int(second) <= int(first):
        return None
    return first, second


# The codebook's thirds of a decade ("the early 1990s" is 1990-1993) and of a year.
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}


def _decade_word(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "the fifties": the latest such decade that has begun by the interview's year. The
    decade in progress is the speaker's own ("the late eighties" said in 1986 is 1987-1989,
    as "this decade" is), never the one a century before."""
    tens = _DECADE_WORDS[m["word"].casefold()]
    start = (c.anchor.year - tens) // 100 * 100 + tens
    part = (m["part"] or "").casefold().rstrip("-")
    lo, hi = _DECADE_PARTS.get(part, (0, 9))
    return _prep_span(m["prep"], f"{start + lo:04d}", f"{start + hi:04d}", c.anchor)


def _decade(m: AnyMatch, c: _Ctx) -> Span | None:
    digits = m["decade"]
    start = int(digits) if len(digits) == 4 else (1900 if int(digits) >= 30 else 2000) + int(digits)
    if len(digits) == 4 and start % 100 == 0 and start < 2000 and not m["part"]:
        return _prep_span(m["prep"], f"{start}", f"{start + 99}", c.anchor)  # "the 1800s"
    part = (m["part"] or "").casefold().rstrip("-")
    lo, hi = _DECADE_PARTS.get(part, (0, 9))
    return _prep_span(m["prep"], f"{start + lo}", f"{start + hi}", c.anchor)


# the ordinals of the centuries: the day words up to "twenty-first"
_ORDINAL_WORDS = {w: n for w, n in _DAY_WORDS.items() if n <= 21}


def _century(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "the 19th century", "the nineteenth century": the codebook's 1801-1900."""
    word = _optional_group(m, "word")
    n = _ORDINAL_WORDS[_SPACES_OR_DASHES.sub("-", word.casefold())] if word else int(m["n"])
    return _prep_span(m["prep"], f"{(n - 1) * 100 + 1:04d}", f"{n * 100:04d}", c.anchor)


def _optional_group(m: AnyMatch, name: str) -> str | None:
    """A group that only some of a resolver's rules have."""
    try:
        return m[name]
    except IndexError:
        return None


# A number a year's digits only look like: after a word of amount and before a plural noun
# ("like 2000 leaders", "some 1500 troops").
_AMOUNT_BEFORE = re.compile(
    r"\b(?:like|about|some|over|than|almost|nearly|around|roughly|only|just|least|"
    r"approximately)\s+$",
    re.IGNORECASE,
)
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+[^s\W]s\b")


def _is_count(m: AnyMatch, c: _Ctx) -> bool:
    start = m.start("year")
    return bool(
        not m["prep"]
        and _AMOUNT_BEFORE.search(c.text, max(0, start - 20), start)
        and _PLURAL_AFTER.match(c.text, m.end())
    )


# A year's digits after a label noun ("Resolution 1973") are a label, no time.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def _is_label(m: AnyMatch, c: _Ctx) -> bool:
    start = m.start("year")
    before = _WORD_BEFORE.search(c.text, max(0, start - 20), start)
    return bool(not m["prep"] and before and before[1].casefold() in LABEL_NOUNS)


def _year(m: AnyMatch, c: _Ctx) -> Span | None:
    year = m["year"]
    if _is_count(m, c) or _is_label(m, c):
        return None
    part = (_optional_group(m, "part") or "").casefold()
    if part:  # "late 2008": the codebook's third of the year, in months
        first, last = _YEAR_PARTS[part]
        return _prep_span(m["prep"], _ym(int(year), first), _ym(int(year), last), c.anchor)
    return _prep_span(m["prep"], year, year, c.anchor)


def _year_onward(m: AnyMatch, c: _Ctx) -> Span | None:
    return m["year"], None


def _two_digit_year(yy: str, anchor: date) -> int:
    """The latest year ending in ``yy`` not after the interview's ("'83" said in 1986 is
    1983)."""
    year = 2000 + int(yy)
    return year - 100 if year > anchor.year else year


def _short_year(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "in '96", "the year ’08": a year of two digits, the latest such year not after the
    interview's."""
    year = _two_digit_year(m["yy"], c.anchor)
    return _prep_span(m["prep"], f"{year:04d}", f"{year:04d}", c.anchor)


def _month_short_year(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "March '83": the month of that year, at the month's granularity."""
    value = _ym(_two_digit_year(m["yy"], c.anchor), _MONTH_INDEX[m["month"].rstrip(".").casefold()])
    return _prep_span(m["prep"], value, value, c.anchor)


def _short_year_range(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "between '72 and '75": the two years, as "between 1972 and 1975" is."""
    first, second = _two_digit_year(m["y1"], c.anchor), _two_digit_year(m["y2"], c.anchor)
    return (f"{first:04d}", f"{second:04d}") if first < second else None


# How far from the interview's year a two-digit financial year may lie: budget talk names the
# years near it (forward estimates, the last few budgets), a tally of two numbers any pair.
_FINANCIAL_YEAR_REACH = 15


def _financial_year(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "89/90", "by 20/21": a financial year written as two consecutive two-digit years, the
    two years it spans (as "1989/90" is), the first the nearest the interview's such year."""
    if int(m["y2"]) != (int(m["y1"]) + 1) % 100:
        return None  # "9/10", "24/7": a score, a fraction or a date, no financial year
    first = _nearest_two_digit_year(m["y1"], c.anchor)
    if abs(first - c.anchor.year) > _FINANCIAL_YEAR_REACH:
        return None  # "voted 11/12" in 1981: a tally, as a budget speaks of the years near it
    return _prep_span(m["prep"], f"{first:04d}", f"{first + 1:04d}", c.anchor)


# "last year", "this year", "next year": the year's offset from the interview's
_REL_YEAR = {"last": -1, "this": 0, "next": 1}


def _stated_year(m: AnyMatch, c: _Ctx) -> int:
    """The year a quarter or a half is of: the one written, or "this", "next" or "last" year
    (this year when neither is said)."""
    if m["year"]:
        return int(m["year"])
    return c.anchor.year + _REL_YEAR[(_optional_group(m, "rel") or "this").casefold()]


def _quarter(m: AnyMatch, c: _Ctx) -> Span | None:
    q = int(m["q"]) if m["q"] else _ORDINALS[m["qword"].casefold()]
    year = _stated_year(m, c)
    return _ym(year, 3 * q - 2), _ym(year, 3 * q)


def _bare_quarter(m: AnyMatch, c: _Ctx) -> Span | None:
    """A quarter without its year ("in the third quarter") is read as a bare month is: the
    latest such quarter begun by the interview, or the next one not yet over when its clause
    speaks of the future."""
    q = _ORDINALS[m["qword"].casefold()]
    first, last = 3 * q - 2, 3 * q
    a = c.anchor
    if _ahead(m, c):
        year = a.year if last >= a.month else a.year + 1
    else:
        year = a.year if first <= a.month else a.year - 1
    return _prep_span(m["prep"], _ym(year, first), _ym(year, last), a)


def _half(m: AnyMatch, c: _Ctx) -> Span | None:
    # "the first half of 2019", "the second half (of) next year"
    year = _stated_year(m, c)
    first = m["half"].casefold() in ("first", "front")
    return (_ym(year, 1), _ym(year, 6)) if first else (_ym(year, 7), _ym(year, 12))


def _relative_unit(m: AnyMatch, c: _Ctx) -> Span | None:
    rel, unit = m["rel"].casefold(), m["unit"].casefold()
    a = c.anchor
    delta = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
    }[rel]
    prep = _optional_group(m, "prep")  # "since last year": from it to the interview date
    if unit == "week":
        monday = a - timedelta(days=a.weekday()) + timedelta(weeks=delta)
        sunday = monday + timedelta(days=6)
        # "earlier this week" runs from its Monday to the interview, "later this week" from the
        # interview to its Sunday (days are within reach; a year or a month keeps its whole)
        part = (_optional_group(m, "part") or "").casefold()
        if delta == 0 and part == "earlier":
            return monday.isoformat(), a.isoformat()
        if delta == 0 and part == "later":
            return a.isoformat(), sunday.isoformat()
        return _prep_span(prep, monday.isoformat(), sunday.isoformat(), a)
    if unit == "month":
        value = _ym(*_shift_month(a.year, a.month, delta))
        return _prep_span(prep, value, value, a)
    if unit == "year":
        return _prep_span(prep, f"{a.year + delta}", f"{a.year + delta}", a)
    if unit == "decade":
        if delta == 0:
            return f"{a.year // 10 * 10}", f"{a.year // 10 * 10 + 9}"
        return (f"{a.year - 10}", f"{a.year}") if delta < 0 else (f"{a.year}", f"{a.year + 10}")
    return None


def _span_of_units(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "the past two years", "over the next decade": from or to the anchor."""
    n = _number(m["n"]) if m["n"] else 1
    if n is None:
        return None
    unit = m["unit"]
    sign = -1 if m["rel"].casefold() in ("past", "last", "previous") else 1
    if unit.casefold() == "day" and sign > 0 and not m["n"] and m[0][:3].casefold() == "the":
        # "we arrive Monday and leave the next day": the day after another time, which "tomorrow"
        # would name were it the interview's; undated unless that time is given (the codebook's
        # time relative to another time), never the interview's day and the next
        return _after_told_day(m, c)
    # "in the coming years": open-ended; so is "in the coming month", where "coming" gives a
    # horizon, not the calendar month after the interview's ("the next month" is that one)
    if not m["n"] and (unit.casefold().endswith("s") or m["rel"].casefold() == "coming"):
        return (None, c.anchor.isoformat()) if sign < 0 else (c.anchor.isoformat(), None)
    base = _told_year(m, c) if sign > 0 and m["n"] else None
    if base is not None:
        # "a cut in 2015 was followed by more over the next 5 years": counted from the year
        # the claim names before it (the codebook's time relative to another time)
        return f"{base}", _offset(unit, n, date(base, 1, 1), 1)[:4]
    there = _offset(unit, n, c.anchor, sign)
    if sign < 0:  # "over the past decade": up to the interview
        return there, c.anchor.isoformat()
    if m["n"]:
        # "for the next three years" mirrors "over the past ten years": from the interview
        # date to the unit N ahead
        return c.anchor.isoformat(), there
    return _offset(unit, 0, c.anchor, 1), there


def _after_told_day(m: AnyMatch, c: _Ctx) -> Span:
    """The day after the last full date before ``m`` in the claim, else undated."""
    base = _last_dated(c.text[: m.start()], c.anchor)
    if base is None or len(base) != 10:
        return None, None
    day = (date.fromisoformat(base) + timedelta(days=1)).isoformat()
    return day, day


def _told_year(m: AnyMatch, c: _Ctx) -> int | None:
    """The year of the last dated time before ``m`` in a claim that tells the past (no future
    in it): what "the next N years" counts from there. Only years (a month or a day gives the
    unit no whole-year base) before the interview's."""
    # ("next" itself is a sign of the future: the rest of the claim decides)
    if _is_future(c.text[: m.start()]) or _is_future(c.text[m.end() :]):
        return None
    base = _last_dated(c.text[: m.start()], c.anchor)
    if base is None or len(base) != 4 or int(base) >= c.anchor.year:
        return None
    return int(base)


def _span_of_hours(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "over the last 48 hours": whole days back from (or on from) the interview date, the
    hours of the interview's own day being that day."""
    # "the last few hours": fewer than a day, so the interview's own day
    n = (_number(m["n"]) or 0) if m["n"] else 0
    there = _offset("days", n // 24, c.anchor, -1 if m["rel"].casefold() in ("past", "last") else 1)
    here = c.anchor.isoformat()
    return (there, here) if there <= here else (here, there)


def _from_now(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "six months from now", "two weeks from today": the anchor moved on, at the unit's
    granularity (as "N units ago" is moved back)."""
    n = _number(m["n"])
    if n is None:
        return None
    value = _offset(m["unit"], n, c.anchor, 1)
    return value, value


def _ago(m: AnyMatch, c: _Ctx) -> Span | None:
    if _optional_group(m, "half"):  # "half a century ago": 50 years, "half a year ago": 6 months
        unit = m["unit"].casefold().rstrip("s")
        if unit in ("century", "decade"):
            value = f"{c.anchor.year - (50 if unit == 'century' else 5):04d}"
        elif unit == "year":
            value = _ym(*_shift_month(c.anchor.year, c.anchor.month, -6))
        else:
            return None
        return value, value
    n = _number(m["n"])
    if n is None:
        return None
    if _optional_group(m, "andhalf"):
        # "three-and-a-half years ago": N years and six months back, at the year's granularity;
        # a half of a smaller unit is left unresolved rather than rounded
        if not m["unit"].casefold().startswith("year"):
            return None, None
        year = _ym(*_shift_month(c.anchor.year, c.anchor.month, -(12 * n + 6)))[:4]
        return year, year
    # the codebook's granularity: "N years ago" a year, "N months ago" a month, else a day
    value = _offset(m["unit"], n, c.anchor, -1)
    return value, value


def _ago_range(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "a week or two ago", "three or four years ago": from the farther of the two back to
    the nearer, each at the codebook's granularity of "N units ago"."""
    near, far = _number(m["lo"]), _number(m["n"] or m["n2"])
    unit = m["unit"] or m["unit2"]
    if near is None or far is None or far <= near:
        return None
    return _offset(unit, far, c.anchor, -1), _offset(unit, near, c.anchor, -1)


# "recently" or "previously" between a determiner and a participle ("the recently arrived
# migrants", "one previously announced cut"): an adverb inside a noun phrase, which the codebook
# does not count as a time ("recent polls"); "they recently arrived" stays one. Any run of
# spaces or a line break may part the words in a scanned text.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|one|many|some|our|their|its|his|her|these|those|other)\s+$", re.IGNORECASE
)
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|built|begun|born|chosen|grown|held|made|sold|sworn|won)\b", re.IGNORECASE
)


def _past_open(m: AnyMatch, c: _Ctx) -> Span | None:
    if (
        m[0].casefold() in ("recently", "previously")
        and _DETERMINER_BEFORE.search(c.text, max(0, m.start() - 12), m.start())
        and _PARTICIPLE_AFTER.match(c.text, m.end())
    ):
        return None
    return None, c.anchor.isoformat()


def _future_open(m: AnyMatch, c: _Ctx) -> Span | None:
    return c.anchor.isoformat(), None


def _today(m: AnyMatch, c: _Ctx) -> Span | None:
    return c.anchor.isoformat(), c.anchor.isoformat()


def _hours_ago(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "two hours ago": the interview's own day (a day is the finest granularity)."""
    return _today(m, c)


def _yesterday(m: AnyMatch, c: _Ctx) -> Span | None:
    before = (c.anchor - timedelta(days=1)).isoformat()
    return before, before


def _unanchored(m: AnyMatch, c: _Ctx) -> Span | None:
    return None, None


# How each section of data/times.yaml resolves (see the file's header).
_PHRASE_RESOLVERS: dict[str, Resolver] = {
    "past_open": _past_open,
    "future_open": _future_open,
    "today": _today,
    "yesterday": _yesterday,
    "unanchored": _unanchored,
}


def _for_now(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "for seven years now": from that long before the interview, at the unit's
    granularity, to the interview date."""
    if m["vague"]:  # "for several years now": a null start
        return None, c.anchor.isoformat()
    n = _number(m["n"])
    if n is None:
        return None
    return _offset(m["unit"], n, c.anchor, -1), c.anchor.isoformat()


# Prepositions that make a part of a period the point a span runs from or to.
_POINT_PREPS = frozenset(_DATA["point_prepositions"])


def _part_of_period(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "the end of this year", "the beginning of 2019": the period's first or last month;
    "the end of March" is that month, as the codebook gives a month its own granularity."""
    said = " ".join(m["part"].casefold().split())
    said = said.removesuffix("s") if said.endswith(" parts") else said  # "the early parts of"
    part = _PART_WORDS.get(said, said)
    if m["month"]:
        month = _MONTH_INDEX[m["month"].casefold()]
        if m["myear"]:
            year = int(m["myear"])
        elif m["mrel"]:  # "the beginning of July this year"
            year = c.anchor.year + _REL_YEAR[m["mrel"].casefold()]
        else:
            year = _bare_month_year(month, m, c)
        value = _ym(year, month)
        return _prep_span(m["prep"], value, value, c.anchor)
    if m["year"]:
        year, unit = int(m["year"]), "year"
    else:
        unit = m["unit"].casefold()
        rel = m["rel"]
        delta = _REL_YEAR[rel.casefold()] if rel else 0
        named = None if rel else _last_dated(c.text[: m.start()], c.anchor)
        if unit == "month":
            if named is not None and len(named) >= 7:  # "in March 2019 ... by the end of the month"
                value = named[:7]
            else:
                value = _ym(*_shift_month(c.anchor.year, c.anchor.month, delta))
            return _prep_span(m["prep"], value, value, c.anchor)
        # "the end of the year" is the interview's, or that of a year the claim named before it
        year = int(named[:4]) if named is not None else c.anchor.year + delta
    # the middle and the beginning of a year are the codebook's thirds of it: "the middle of
    # next year" as "mid-2025" (May to August), "the beginning of the year" as "early 2024"
    # (January to April); "the end of the year" is mostly a deadline ("by the end of the
    # year", "before the end of this year"), its last month
    first, last = {"middle": (5, 8), "end": (12, 12), "late": (9, 12)}.get(part, (1, 4))
    if (m["prep"] or "").casefold() in _POINT_PREPS:
        # "from the beginning of 2021", "since the start of the year": a point, its first month
        last = first if part != "middle" else last
    return _prep_span(m["prep"], _ym(year, first), _ym(year, last), c.anchor)


# Spoken names of a part of a period: "the early part of next year" is its beginning (the
# codebook's "early 2011"); "the latter part of the year" its last third ("late 2011"), not
# the deadline "the end of the year" sets.
_PART_WORDS = {
    "early part": "beginning",
    "first part": "beginning",
    "latter part": "late",
    "later part": "late",
}
_YEARS = {"year": 1, "decade": 10, "century": 100}


def _later(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "two years later": counted from the last dated time before it in the claim, then in
    the text before the claim (the codebook: "in 1991 ... two years later"); undated when
    there is none. A time on the interview date itself ("now") is no such date."""
    n = _number(m["n"])
    base = _last_dated(c.text[: m.start()], c.anchor) or (
        _last_dated(c.context, c.anchor) if c.context else None
    )
    if n is None or base is None:
        return None, None
    sign = -1 if m[0].casefold().endswith("earlier") else 1
    unit = m["unit"].casefold().rstrip("s")
    if (
        sign > 0
        and not _is_future(c.text)
        and int(base[:4]) + n * _YEARS.get(unit, 0) > c.anchor.year
    ):
        # "it's 50 years later", counted from 2019, would pass the interview date: the base
        # was not the time meant
        return None, None
    if unit in ("year", "decade", "century"):
        value = _offset(unit, n, date(int(base[:4]), 1, 1), sign)
    elif unit == "month" and len(base) >= 7:
        value = _ym(*_shift_month(int(base[:4]), int(base[5:7]), sign * n))
    elif len(base) == 10:
        value = _offset(unit, n, date.fromisoformat(base), sign)
    else:
        return None, None
    return value, value


def _last_dated(text: str, anchor: date) -> str | None:
    """The start of the last time in ``text`` that names a date of its own."""
    dated = [
        t.start
        for t in find_times(text, anchor)
        if t.start and t.start == t.end and t.start != anchor.isoformat()
    ]
    return dated[-1] if dated else None


# Time phrases whose number is also a duration: a quantity as well as a time.
# "in the last 48 hours" counts its hours as "over the past ten years" counts its years: both
# a quantity and a time (the codebook's "Settled in practice")
_DURATIONS: frozenset[Resolver] = frozenset({_span_of_units, _span_of_hours, _for_now})


_TERMS: dict[str, list[tuple[date, date | None]]] = {
    name: [(as_date(a) or date.min, as_date(b)) for a, b in terms]
    for name, terms in _DATA["us_presidents"].items()
}


def _presidency(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "under Obama", "in the Bush administration": the president's term, in years; of a
    name several terms share, the latest that began over a year before the interview (a
    term only weeks old is rarely the one a speaker looks back on), else the latest begun."""
    begun = [t for t in _TERMS[m["name"] or m["name2"]] if t[0] <= c.anchor]
    if not begun:
        return None
    settled = [t for t in begun if (c.anchor - t[0]).days > 365]
    start, end = max(settled or begun)
    return f"{start.year:04d}", None if end is None or end > c.anchor else f"{end.year:04d}"


def _weekend(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "last weekend", "over the weekend": Saturday and Sunday of the week the phrase
    names; "the weekend" alone is the latest one begun, or the next in a claim about the
    future."""
    rel = (m["rel"] or "").casefold()
    monday = c.anchor - timedelta(days=c.anchor.weekday())
    saturday = monday + timedelta(days=5)
    not_begun = rel not in ("this", "next") and saturday > c.anchor
    if rel == "last" or (not_begun and not _is_future(c.text)):
        saturday -= timedelta(weeks=1)
    if rel == "next":
        saturday += timedelta(weeks=1)
    return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()


def _fiscal_year(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "fiscal year 2024", "FY24": the year it is named by (its months differ by country).
    Two digits name the year of that ending nearest the interview's: a budget speaks of the
    years around it ("FY87" said in 1986 is 1987, "FY25" said in 2024 is 2025)."""
    digits = m["year"] or m["long"] or m["short"]
    year = int(digits) if len(digits) == 4 else _nearest_two_digit_year(digits, c.anchor)
    return f"{year:04d}", f"{year:04d}"


def _nearest_two_digit_year(yy: str, anchor: date) -> int:
    """The year ending in ``yy`` nearest the interview's: budget talk names the years around
    it, ahead as often as back ("FY87" said in 1986 is 1987, "20/21" said in 2017 is 2020)."""
    return min((1900 + int(yy), 2000 + int(yy)), key=lambda y: abs(y - anchor.year))


def _unknown_event(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "since the election": an event the rules cannot date. The codebook records it with
    start and end null. "before" after a verb of presenting is a place, not a time ("put the
    case before the government", "appeared before the hearing")."""
    if (
        m["prep"].casefold() == "before"
        and _PRESENTED_TO.search(m[0])
        and _PRESENTED.search(c.text, max(0, m.start() - 60), m.start())
    ):
        return None
    return None, None


# "put ... before", "appeared before": the verb and up to two words of its object; and the
# bodies one is put before
_PRESENTED = re.compile(
    rf"\b(?:{'|'.join(_DATA['presentation_verbs'])})\b(?:\s+[\w'-]+){{0,2}}\s+$", re.IGNORECASE
)
_PRESENTED_TO = re.compile(rf"\b(?:{'|'.join(_DATA['presented_to'])})$", re.IGNORECASE)


_CLAUSES = _DATA["event_clauses"]
# Nouns and adverbs in -ing that are no gerund ("before morning", "since Beijing").
_NOT_GERUNDS = (
    r"(?:thing|nothing|something|anything|everything|morning|evening|spring|king|meeting|"
    r"building|wedding|ceiling|during|ring|string|wing|bring|sing|long|beijing|wyoming|"
    r"being\s+(?:the|a|an)\b|"
    # "even after accounting for inflation": a calculation, not an event
    rf"{'|'.join(_DATA['calculation_gerunds'])})"
)
# A word of the subject's noun phrase: no number (a year there is the event's date: "after
# the 2011 bailout") and no conjunction or negation (the clause would run on past its noun
# phrase: "after the bailout and never recovered").
_NP_WORD = r"(?!(?:and|or|but|nor|not|never|then|so)\b)(?-i:[A-Za-z])[\w'-]*"
_CLAUSE_WORDS = "|".join(longest_first(_CLAUSES["verbs"]))
_PARTICIPLES = "|".join(longest_first(_CLAUSES["participles"]))
_COMPLEMENTS = phrase_alternation(_CLAUSES["complements"])
_PRESENT_MOMENT = r"the\s+present\s+(?:moment|time|day)\b"
_EVENT_CLAUSE = (
    r"\b(?P<lead>(?:(?:just|only|shortly|immediately|right|long|soon|even|ever)\s+)?"
    rf"(?:(?:{_NUM}|a\s+few|several)\s+{_UNIT}\s+)?)"
    r"(?P<prep>after|before|since|until|till)\s+"
    # "until the present moment" is the open past (data/times.yaml); "since the present
    # government took office" stays a clause
    rf"(?!{_PRESENT_MOMENT})"
    rf"(?:(?!{_NOT_GERUNDS}\b)(?P<gerund>(?-i:[a-z]{{2,}}ing))\b(?:\s+(?-i:[a-z]+ed)\b)?"
    # a gerund of office ends with what it names, as a clause of being does below: "since
    # becoming Prime Minister", "after taking office"
    rf"(?:\s+(?:the\s+)?(?:(?:{_COMPLEMENTS})\b|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){{0,3}}))?"
    # a subject pronoun may carry its auxiliary before "been" ("since we've been in office"),
    # whose clause ends with what it names (below); after another verb ("until you've got a
    # majority") the span would stop before the object, so those are left out
    rf"|(?P<subject>(?-i:{'|'.join(_CLAUSES['subjects'])})(?:['\u2019](?:ve|d|s|re)(?=\s+been\b))?"
    rf"|(?:{'|'.join(_CLAUSES['determiners'])})\s+(?:{_NP_WORD}\s+){{0,3}}?{_NP_WORD}"
    r"|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})"
    rf"\s+(?:(?-i:[a-z]+ly)\s+)?(?P<verb>(?-i:{_CLAUSE_WORDS}|[a-z]{{2,}}ed))\b"
    # the participle or particle that completes the verb ("was launched", "came out")
    rf"(?:\s+(?-i:[a-z]{{2,}}(?:ed|en)|{_PARTICIPLES}|out|over|up|off|in|down|back|through)\b)?"
    # a clause of being ends with what it names: "since I have been Prime Minister", "since
    # we were in the United States", "since she became treasurer"
    rf"(?:(?:(?<=\bbeen)|(?<=\bwas)|(?<=\bwere)|(?<=\bbecame)|(?<=\bin))(?:\s+(?:in|at)\b)?"
    rf"\s+(?:the\s+)?(?:(?:{_COMPLEMENTS})\b|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){{0,3}})"
    r")?)"
    # a clause a date or year closes is that date's time ("since the plant opened in 2009",
    # "after the results were announced on August 15")
    rf"(?![^,.;:!?]*\b(?:{_YEAR}|{_MONTH_FULL})\b)"
)
# "until" with a present-tense clause ("until the talks end", "until Russia pays", "until
# we get a deal", "until there's peace"): the codebook's "until X" with X an event the
# document does not date, so start and end null (dev gold records these so). Only "until":
# a present clause after "before", "after" or "when" mostly tells a habit or a condition
# ("before they retire, people save"). Past and perfect clauses are _EVENT_CLAUSE's. A
# capitalised subject that names a time ("until Christmas comes") is left to the date rules.
_NOT_PRESENT_VERBS = r"(?:the|a|an|all|both|now|then|here|there|today|again|also|just|still)"
_NP_PREPOSITIONS = r"(?:of|in|on|at|for|to|with|by|from|into|over)"
_TIME_NAMES = "|".join([*WEEKDAYS, "Christmas", "Easter", "New"])
_UNTIL_PRESENT = (
    # "until the present moment" is the open past (data/times.yaml), no clause's subject
    rf"\b(?P<prep>until|till)\s+(?!{_PRESENT_MOMENT})(?:there['\u2019]s\b"
    rf"|(?-i:I|we|you|they)\s+(?!{_NOT_PRESENT_VERBS}\b|[a-z]+ly\b)(?-i:[a-z]{{2,}})\b"
    rf"|(?:(?-i:he|she|it)|(?!(?:{_MONTH_FULL}|(?-i:{_TIME_NAMES}))\b)"
    # a name may carry a title's full stop ("until Mr. Anthony returns"), as _EVENT_CLAUSE's
    r"(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,2}"
    # a noun phrase without a preposition, so that "until the end of the years" is no clause
    rf"|(?:{'|'.join(_CLAUSES['determiners'])})\s+(?:(?!{_NP_PREPOSITIONS}\b){_NP_WORD}\s+){{0,2}}?"
    rf"(?!{_NP_PREPOSITIONS}\b){_NP_WORD})"
    r"\s+(?-i:[a-z]+[^s\W'\u2019]s)\b)"
)


def _until_present(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "until the talks end": an event-anchored time the document does not date."""
    return None, None


_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had|'ve|'s\s+been|'d)\b|\b(?:years?|months?|weeks?|days?|decades?|ever)\s+$",
    re.IGNORECASE,
)
# "have grown", "has been": a perfect; not "have to", "have a", "had no" (possession, need)
_PERFECT = re.compile(
    r"\b(?:has|have|had|'ve)\s+(?:\w+ly\s+)?(?!(?:to|a|an|the|no|any|some|this|that)\b)"
    r"[a-z]+(?:ed|en|wn|ne|un|ught|ept|ade|ot|id|ld|rd|own|ung)\b",
    re.IGNORECASE,
)
_EVENT_NAMED = None  # set below, once the event names are known


def _event_clause(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "two months before we signed", "just a week after it was launched": a time anchored
    to an event the clause tells, with start and end null (the codebook: recorded, undated,
    unless the document dates it). "since" also gives reasons ("since it was cheaper"): it is
    a time only in a perfect main clause or after "ever" or a unit ("years since it was
    signed")."""
    subject = m["subject"] or ""
    if _EVENT_NAMED is not None and _EVENT_NAMED.search(subject):
        return None  # "after the invasion began": the event rule dates it
    if (
        m["prep"].casefold() == "since"
        # "since becoming leader": a gerund tells an event, never a reason
        and not m["gerund"]
        # "since Nigeria is close to ...": a present-tense clause gives a reason, where a
        # "since" of time tells a past event ("since it was signed")
        and (m["verb"] in ("is", "are") or not _perfect_main_clause(m, c.text))
    ):
        return None
    if subject.casefold() == "it" and _BEGAN.fullmatch(m["verb"]):
        # "before it started": "it" is the event the claim or the text before it last named
        # (the codebook dates an event the document makes clear)
        event = _last_event(c.text[: m.start()], c) or _last_event(c.context or "", c)
        if event is not None:
            return _prep_span(m["prep"], event.start_iso, event.start_iso, c.anchor)
    if m["gerund"] and m["prep"].casefold() == "since":
        # the codebook: "since X" runs from X to the interview date, so an undated X still
        # gives the end ("since taking office": null start, the interview's day)
        return None, _since_end(c)
    return None, None


def _perfect_main_clause(m: AnyMatch, text: str) -> bool:
    """Whether the main clause a "since" clause hangs on is perfect: the text before it, or,
    for a clause that opens the sentence ("Since I took over, costs have fallen"), the text
    after its comma (a perfect inside the "since" clause itself does not count)."""
    start = m.start("prep")
    if _PERFECT_BEFORE.search(text, max(0, start - 200), start):
        return True
    if text[:start].strip():
        return False
    comma = text.find(",", m.end())
    return comma >= 0 and _PERFECT.search(text, comma) is not None


_BEGAN = re.compile(r"started|began|begun|erupted", re.IGNORECASE)


def _last_event(text: str, c: _Ctx) -> Event | None:
    """The dated event the last event name of ``text`` points at, if any."""
    if _EVENT_NAMED is None:
        return None
    for match in reversed(list(_EVENT_NAMED.finditer(text))):
        event = _event(match[0], c.text, c.context, c.anchor)
        if event is not None:
            return event
    return None


_OFFICE_EVENTS = phrase_alternation(_DATA["office_events"])


def _office_event(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "when the President took office": a change of office the document does not date."""
    return None, None


def _month_range(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "from January to March (2020)": the two months, of the year named or the latest."""
    first = _MONTH_INDEX[m["m1"].casefold()]
    last = _MONTH_INDEX[m["m2"].casefold()]
    named = m["year"]
    end_year = int(named) if named else _month_year(last, c.anchor, _is_future(c.text))
    start_year = end_year - 1 if first > last else end_year
    return _ym(start_year, first), _ym(end_year, last)


def _month_of_relative_year(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "on June 28 last year", "in May this year"."""
    year = c.anchor.year + _REL_YEAR[m["rel"].casefold()]
    month = _MONTH_INDEX[m["month"].casefold()]
    if m["day"]:
        try:
            value = date(year, month, int(m["day"])).isoformat()
        except ValueError:
            return None
    else:
        value = _ym(year, month)
    return _prep_span(m["prep"], value, value, c.anchor)


# A superlative or "first" a few words before "in N years" ("the worst recession in 60 years",
# "the first rise in ten years"): the span is the one just past, as "in the last 60 years"
# (not a noun or verb in -est: "the interest bill in 5 years")
_NOT_SUPERLATIVE = (
    "interest|request|forest|honest|protest|modest|arrest|suggest|invest|contest|manifest|harvest"
)
_SUPERLATIVE_BEFORE = re.compile(
    rf"\b(?!(?:{_NOT_SUPERLATIVE})\b)(?:worst|best|most|least|first|[a-z]{{3,}}est)\b"
    r"(?:\s+[\w'’-]+){0,6}\s+$",
    re.IGNORECASE,
)


def _superlative_before(m: AnyMatch, c: _Ctx) -> bool:
    before = c.text[max(0, m.start() - 80) : m.start()]
    edges = [edge.end() for edge in _CLAUSE_EDGE.finditer(before)]
    if edges:
        before = before[edges[-1] :]
    return _SUPERLATIVE_BEFORE.search(before) is not None


def _in_future(m: AnyMatch, c: _Ctx) -> Span | None:
    n = _number(m["n"])
    if n is None:
        return None
    if _superlative_before(m, c) and m["unit"].casefold().rstrip("s") in ("year", "decade"):
        # the codebook's "over the past ten years": from N years before to the interview date
        return _offset(m["unit"], n, c.anchor, -1), c.anchor.isoformat()
    if not _is_future(c.text):
        return None  # "grew 18% in two years" is a duration: a quantity
    value = _offset(m["unit"], n, c.anchor, 1)
    return value, value


_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w.]*\s+$")
# "today's announcement": an event of the day, so a time
_EVENT_NOUN_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{_EVENT_NOUNS})\b", re.IGNORECASE)
_DAY_SHIFT = {"yesterday": -1, "tomorrow": 1}
# The start of the claim or of a sentence inside it (a "Now" there opens the sentence).
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?;:]\s+|[-\u2013\u2014]\s+)\s*$")
_AGO_BEFORE = re.compile(r"\bago,?\s+$", re.IGNORECASE)
# "every now and then", "now and again": a frequency (the codebook's "every year"), not the
# interview's day; "between now and then" is a span from it and stays a time
_NOW_AND_THEN = re.compile(r"\s+and\s+(?:then|again)\b", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"\s+(?:is|was|seems|would\s+be)\b", re.IGNORECASE)


def _deictic(m: AnyMatch, c: _Ctx) -> Span | None:
    raw = m["word"]
    prep = (m["prep"] or "").casefold()
    # A sentence-opening "Now" (with or without its comma) turns to the next point, as "so"
    # does: the codebook's discourse marker, not a time. "Now is the time" is one.
    if (
        raw == "Now"
        and _SENTENCE_OPENING.search(c.text, 0, m.start("word"))
        and not _COPULA_AFTER.match(c.text, m.end())
    ):
        return None
    if _AGO_BEFORE.search(c.text, max(0, m.start() - 6), m.start()):
        return None  # "ten years ago now": the "now" only stresses the distance
    if (
        raw.casefold() == "now"
        and _NOW_AND_THEN.match(c.text, m.end())
        and not _BETWEEN_BEFORE.search(c.text, max(0, m.start() - 10), m.start())
    ):
        return None  # "every now and again it flares up": how often, not when
    if raw[0].isupper() and _NAME_BEFORE.search(c.text, max(0, m.start() - 40), m.start()):
        return None  # part of a name ("Russia Today")
    word = _SPACES.sub(" ", raw.casefold())
    possessive = word == "today" and c.text.startswith("'s", m.end("word"))
    if possessive and not _EVENT_NOUN_AFTER.match(c.text, m.end("word") + 2):
        return None  # "today's Ukraine": present-day, an adjective in a noun phrase
    if prep.endswith("before"):
        return None, (c.anchor + timedelta(days=_DAY_SHIFT.get(word, 0))).isoformat()
    day = c.anchor + timedelta(days=_DAY_SHIFT.get(word, 0))
    if prep in ("until", "till", "up to", "up until"):
        return None, day.isoformat()
    if m["on"]:
        return day.isoformat(), None
    return day.isoformat(), day.isoformat()


def _weekday(m: AnyMatch, c: _Ctx) -> Span | None:
    target = _WEEKDAYS.index(m["day"].casefold())
    rel = (m["rel"] or "").casefold()
    back = (c.anchor.weekday() - target) % 7
    prep = (m["prep"] or "").casefold()
    ahead = prep in ("by", "until", "till") and not _PAST_PERFECT.search(c.text)
    if rel == "next" or (rel != "last" and prep != "since" and (_ahead(m, c) or ahead)):
        day = c.anchor + timedelta(days=(target - c.anchor.weekday()) % 7 or 7)
    else:
        day = c.anchor - timedelta(days=back or (7 if rel == "last" else 0))
    return _prep_span(prep, day.isoformat(), day.isoformat(), c.anchor)


def _country_independence(text: str, position: int, context: str | None) -> date | None:
    """The independence date of the country named nearest before ``position`` (then after)."""
    places = [
        (m.char_start, _INDEPENDENCE[m.name])
        for m in find_mentions(text)
        if m.type == "place" and m.name in _INDEPENDENCE
    ]
    before = [p for p in places if p[0] < position]
    if before:
        return max(before)[1]
    if places:
        return min(places)[1]
    if context:
        named = [
            _INDEPENDENCE[m.name]
            for m in find_mentions(context)
            if m.type == "place" and m.name in _INDEPENDENCE
        ]
        if named:
            return max(set(named), key=named.count)
    return None


def _independence(m: AnyMatch, c: _Ctx) -> Span | None:
    day = _country_independence(c.text, m.start(), c.context)
    iso = day.isoformat() if day else None
    prep = m["prep"].casefold()
    if prep == "since":
        return iso, _since_end(c)
    if prep == "before":
        return (None, iso) if iso else None
    return (iso, None) if iso else None


_DATED_AFTER = re.compile(rf"\s+(?:in|on)\s+(?:{_MONTH_FULL}|{_YEAR})\b")


_PAST_PERFECT = re.compile(
    r"\b(?:had|'d)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|seen|had|known|"
    r"felt|fought|held|kept|lost|made|met|won|grown|begun)\b",
    re.I,
)


def _since_end(c: _Ctx) -> str:
    """Where "since X" ends: the interview date, or, in the past perfect ("had experienced
    since independence"), the last time the context before the claim named."""
    if c.context and _PAST_PERFECT.search(c.text):
        earlier = [t for t in find_times(c.context, c.anchor) if t.end or t.start]
        if earlier:
            value = earlier[-1].end or earlier[-1].start
            assert value is not None
            return value
    return c.anchor.isoformat()


def _holds_day(start: str | None, end: str | None, day: str) -> bool:
    """Whether the period from ``start`` to ``end`` (ISO text at any granularity) holds
    ``day``."""
    if start is None or end is None:
        return False
    return start <= day[: len(start)] and day[: len(end)] <= end


# The prepositions that bound a period at the time "then" points back at
_BOUND_PREPS = frozenset(_DATA["bound_prepositions"])


def _anaphora(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "since then", "that year": the last time expression before it, in the claim or the
    context before the claim;
    a time with null start and end when the context gives none (the codebook records what it
    cannot resolve rather than guess)."""
    today = c.anchor.isoformat()
    # the text before it: the context, then the claim's own words up to it ("back in 2000 ...
    # back then")
    before = [c.context or "", c.text[: m.start()]]
    # a period that holds the interview's own day ("today", "this week", "at the moment") is
    # the present, which "at the time" or "back then" does not point back at
    earlier = [
        t
        for text in before
        if text.strip()
        for t in find_times(text, c.anchor)
        if (t.start or t.end) and not _holds_day(t.start, t.end, today)
    ]
    bound = (_optional_group(m, "prep") or "").casefold() in _BOUND_PREPS
    if bound and earlier and today in (earlier[-1].start, earlier[-1].end):
        # "until then", "since then" after an open period that reaches the interview's day
        # ("so far", "recently"): that is the present, which "then" does not point back at
        # ("until then" is no "until now"), and it hides any older time: none is resolved
        earlier = []
    if not earlier:
        # no earlier time to point back at ("now" is none): "since then" still ends today
        prep = (_optional_group(m, "prep") or "").casefold()
        return (None, today) if prep == "since" else (None, None)
    last = earlier[-1]
    start = last.start or last.end
    assert start is not None
    if m["unit"]:
        value = start[:4] if m["unit"].casefold() == "year" else start[:7]
        return value, value
    prep = (m["prep"] or "").casefold()
    if prep == "since":
        return start, c.anchor.isoformat()
    if prep in ("until", "till", "by", "before"):
        return None, start
    if prep in ("after", "from"):
        return last.end or start, None
    return last.start, last.end


def _event_rule(m: AnyMatch, c: _Ctx) -> Span | None:
    if _DATED_AFTER.match(c.text, m.end()):
        return None  # "after the mobilization in October": the explicit date is the time
    event = _event(m["event"], c.text, c.context, c.anchor)
    first = _SPACES_OR_DASHES.split(m["prep"].casefold())[0]
    if first == "when":  # "when the pandemic hit": the moment it began
        if not m["verb"]:
            return None
        return (event.start_iso, event.start_iso) if event else (None, None)
    if event is None:  # a generic "the war" the document does not name: a time, undated
        return None, None
    start = event.start_iso
    end = event.end_iso
    if m["part"]:  # "since the end of the Cold War"
        if end is None:
            return None
        start = end
    if first == "since":
        return start, _since_end(c)
    if first == "before":
        return None, start
    if first in ("after", "post", "following") or (first == "in" and "wake" in m["prep"]):
        return start, None  # the codebook: "after X runs from X with a null end"
    if first in ("during", "throughout"):
        # an event still going on when the interview took place ("during the pandemic" said
        # in 2021) runs to the interview: an end after it the speaker could not know
        today = c.anchor.isoformat()
        return start, today if end is None or end[:10] > today[: len(end)] else end
    return start, None  # early in, at the start of, in the first days of


def _event_when(m: AnyMatch, c: _Ctx) -> Span | None:
    """ "when the pandemic hit" (a rule of its own: "when" alone is too common a trigger)."""
    return _event_rule(m, c)


def _event_alternation() -> str:
    names = {a for e in events() for a in (*e.aliases, *e.bare)} | set(events_data()["generic"])
    parts = longest_first(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return "|".join(parts)


_EVENT_NAMES = _event_alternation()
_EVENT_PHRASE = (
    rf"(?:(?:the|this|that)\s+)?(?:(?-i:[A-Z])[\w.-]*'s\s+)?"
    rf"(?P<event>{_EVENT_NAMES})(?![\w-])"
)
_EVENT_NAMED = re.compile(rf"\b(?:{_EVENT_NAMES})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Resolver
    ascii: re.Pattern[str] | None = None  # for a lower-cased ASCII text (regexes.ascii_variant)


def _rule(pattern: str, resolve: Resolver) -> _Rule:
    plain = re.compile(pattern, re.IGNORECASE)
    return _Rule(with_first_chars(plain), resolve, ascii_variant(plain))


_PREP_OPT = rf"(?:(?P<prep>{_PREP})\s+(?:(?:early|late|mid-?)\s+)?)?"
_PREP_ONLY = rf"(?:(?P<prep>{_PREP})\s+)?"
_OF_YEAR = r"(?:of\s+)?(?:the\s+year\s+)?"

# One rule a phrase of data/times.yaml: each small pattern is skipped by a substring test on
# the many claims without its words (one alternation of them all was the costliest scan).
_PHRASE_RULES = tuple(
    _rule(rf"\b(?:{phrase})(?![\w-])", _PHRASE_RESOLVERS[kind]) for kind, phrase in _PHRASES
)

_RULES: tuple[_Rule, ...] = (
    _rule(
        rf"\b{_PREP_OPT}(?:(?P<month>{_MONTH_ANY})\s+(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?,?"
        rf"\s+{_OF_YEAR}(?P<year>{_YEAR}))(?!\d)",
        _full_date,
    ),
    _rule(
        rf"\b{_PREP_OPT}(?:the\s+)?(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?\s+(?:of\s+)?"
        rf"(?P<month>{_MONTH_ANY}),?\s+{_OF_YEAR}(?P<year>{_YEAR})\b",
        _full_date,
    ),
    _rule(r"\b\d{4}-\d{2}-\d{2}\b", _iso_date),
    _rule(
        rf"\b{_PREP_OPT}(?:(?:last|this|next)\s+)?(?P<month>{_MONTH_ANY}),?\s+{_OF_YEAR}"
        rf"(?P<year>{_YEAR})\b",
        _month_year_rule,
    ),
    _rule(
        # "September the 11th": the spoken "the" before an ordinal day
        rf"\b(?:(?P<prep>{_PREP}|on)\s+)?(?P<month>{_MONTH_FULL})\s+"
        rf"(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?!,?\s*\d)(?!\s*(?:%|percent|people|years?))",
        _month_day,
    ),
    # "from the 12th of August last year": the day before its month, in a year said relative
    # to the interview's (as "on August 12 last year")
    _rule(
        rf"\b{_PREP_ONLY}(?:the\s+)?(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?\s+(?:of\s+)?"
        rf"(?P<month>{_MONTH_FULL}),?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
        _month_of_relative_year,
    ),
    _rule(
        rf"\b{_PREP_OPT}(?:the\s+)?(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?\s+of\s+"
        rf"(?P<month>{_MONTH_FULL})\b",
        _month_day,
    ),
    # "from the first of July": a day said as an ordinal word, always with "the" and "of"
    _rule(
        rf"\b{_PREP_OPT}the\s+(?P<day>{_DAY_WORD_PATTERN})\s+of\s+(?P<month>{_MONTH_FULL})\b",
        _month_day_word,
    ),
    # "from the 23-28 May", "May 3 to 7": a period of days within one month
    _rule(
        r"\b(?:(?P<prep>from|between)\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*"
        r"(?:[-\u2013]|to|and|until|till)\s*(?:the\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+"
        rf"(?:of\s+)?(?P<month>{_MONTH_FULL})\b(?:,?\s+(?P<year>{_YEAR})\b)?",
        _day_range,
    ),
    _rule(
        rf"\b(?:(?P<prep>from|between)\s+)?(?P<month>{_MONTH_FULL})\s+(?P<day>\d{{1,2}})"
        r"(?:st|nd|rd|th)?\s*(?:[-\u2013]|to|and|until|till)\s*(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
        rf"(?!\d|\s*(?:%|percent))(?:,?\s+(?P<year>{_YEAR})\b)?",
        _day_range,
    ),
    # "on 12 March", the day before the month without "of" (British and most of the world)
    _rule(
        rf"\b(?:(?P<prep>{_PREP}|on)\s+)?(?<![\d,.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?P<month>{_MONTH_FULL})\b(?!,?\s+(?:{_YEAR}|of\s+{_YEAR})\b)",
        _month_day,
    ),
    _rule(
        rf"\b(?:(?P<prep>{_PREP}|on)\s+)?(?:(?P<rel>last|next|this|early|late|mid-?)\s*)?"
        rf"(?P<month>{_MONTH_FULL})\b(?!\s+(?:I|we|you|he|she|they|be|have|not)\b)",
        _month_only,
    ),
    _rule(
        rf"\b(?:(?P<prep>{_PREP})\s+)?(?P<the>the\s+)?(?:(?P<rel>last|this|next|past|"
        rf"coming)\s+)?(?P<season>spring|summer|fall|autumn|winter)"
        rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b(?!\s+of\b)",
        _season,
    ),
    _rule(
        rf"\b(?:from\s+)?(?P<y1>{_YEAR})\s*(?:\s[a-z]+ly\s+)?(?:-|/|to|until|through)\s*"
        rf"(?P<y2>{_YEAR}|\d\d)\b(?!\s*(?:%|percent|people))",
        _year_range,
    ),
    _rule(rf"\bbetween\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b", _year_range),
    _rule(
        rf"\b{_PREP_ONLY}(?:the\s+)?(?:(?P<part>early|mid-?|late)[\s-]*)?"
        # "the 1990s", "the late 1990's": the apostrophe some transcribers write
        r"(?P<decade>1[89]\d0|20\d0)['\u2019]?s\b",
        _decade,
    ),
    _rule(
        rf"(?<!\w){_PREP_ONLY}(?:the\s+)?(?:(?P<part>early|mid-?|late)[\s-]*)?'(?P<decade>\d0)s\b",
        _decade,
    ),
    # "in the 80s": a two-digit decade needs "the" where it has no apostrophe
    _rule(
        rf"(?<!\w){_PREP_ONLY}the\s+(?:(?P<part>early|mid-?|late)[\s-]*)?(?P<decade>[3-9]0)['\u2019]?s\b",
        _decade,
    ),
    _rule(rf"\b{_PREP_OPT}the\s+(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+century\b", _century),
    _rule(
        rf"\b{_PREP_OPT}the\s+(?P<word>twenty[\s-]first|"
        + "|".join(longest_first(_ORDINAL_WORDS))
        + r")\s+century\b",
        _century,
    ),
    # "from 2010 on", "from 1996 onwards": open-ended, as "after X" runs from X (the codebook's
    # "Settled in practice"); "on" only where the clause ends ("from 2010 on the coast" is not)
    _rule(
        rf"\bfrom\s+(?P<year>{_YEAR})\s+(?:onwards?\b|on(?=\s*(?:[,.;:!?)\u2013\u2014]|$)))",
        _year_onward,
    ),
    _rule(
        rf"\b(?P<prep>since|before|after|until|following)\s+the\s+(?P<year>{_YEAR})\s+"
        r"(?-i:[a-z])[\w-]+",
        _year,
    ),
    _rule(
        rf"\b{_PREP_ONLY}(?:(?P<part>early|late|mid)(?:\s*-\s*|\s+))?(?:the\s+year\s+)?"
        rf"(?<![$€£\d,.])(?P<year>{_YEAR})\b(?!\s*(?:%|-|/|percent|per\s+cent|people|persons|"
        r"troops|soldiers|refugees|dollars|euros|km|kilomet|miles|tons|barrels)\b)"
        r"(?![.,]\d)",
        _year,
    ),
    # "in '96", "the year ’08": a preposition or "the year" before it tells a year from a
    # quotation
    _rule(
        rf"\b(?:(?P<prep>{_PREP})\s+(?:the\s+year\s+)?|the\s+year\s+)['\u2019](?P<yy>\d\d)\b"
        r"(?!['\u2019]?s\b|\s*(?:%|percent))",
        _short_year,
    ),
    # "March '83", "between '72 and '75": the apostrophe tells the two digits are a year (an
    # OCR'd transcript may put a space after it)
    _rule(
        rf"\b{_PREP_OPT}(?P<month>{_MONTH_FULL})\s+['\u2019]\s?(?P<yy>\d\d)\b(?!['\u2019]?s\b|\s*%)",
        _month_short_year,
    ),
    _rule(
        r"\bbetween\s+['\u2019]\s?(?P<y1>\d\d)\s+and\s+['\u2019]\s?(?P<y2>\d\d)\b(?!\s*%)",
        _short_year_range,
    ),
    # "in 89/90", "by 20/21": a financial year of two two-digit years; not one of a date
    # ("3/4/90"), a fraction or a score ("9/10"), which _financial_year also rejects
    _rule(
        rf"(?<![\d/.])\b{_PREP_ONLY}(?P<y1>\d\d)/(?P<y2>\d\d)\b(?![/.]\d|\s*(?:%|per\s*cent))",
        _financial_year,
    ),
    _rule(
        rf"\b(?:in\s+)?(?:Q(?P<q>[1-4])|the\s+(?P<qword>{_QUARTER_ORDINALS})\s+"
        # "forth": the transcribers' homophone of "fourth"; "of this year" as _half reads it
        rf"quarter)\s+(?:of\s+)?(?:(?P<year>{_YEAR})|(?P<rel>this|next|last)\s+year)\b",
        _quarter,
    ),
    _rule(
        # a spelled ordinal only ("Q3" alone is also a question's label), and not the quarter
        # of something else ("the first quarter of the century", "fourth-quarter earnings")
        r"\b(?:(?P<prep>in|during|by|since|after|before|until)\s+)?the\s+"
        rf"(?P<qword>{_QUARTER_ORDINALS})\s+quarter\b(?![\w-]|\s+of\b)",
        _bare_quarter,
    ),
    _rule(
        # "front half" and "back half": financial speech's first and second half
        # "the first half of the year" is this year's, as _stated_year reads a year not named
        rf"\b(?:in\s+)?the\s+(?P<half>first|second|front|back)\s+half\s+(?:of\s+(?P<year>{_YEAR})|"
        r"(?:of\s+)?(?P<rel>this|next|last)\s+year|of\s+the\s+year)\b",
        _half,
    ),
    _rule(
        r"\b(?:(?:over|in|during|for|throughout|within)\s+)?the\s+(?P<rel>past|last|previous|next|"
        # "the last four or five years", "the last 15 to 20 years": the span reaches as far as
        # the larger number
        rf"coming)\s+(?:(?:{_NUM})(?:\s+(?:or|to)\s+|\s*-\s*))?(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})\b"
        # not a part of a longer, determined period ("the last week of the session", "the last
        # days of the House", "the first two years of his term"), which the interview date does
        # not bound, as data/times.yaml's "the last few days of the campaign"; "the past ten
        # years of growth" (no determiner) still counts back from the interview
        rf"(?!\s+of\s+(?:the|this|that|these|those|his|her|its|their|our|my|your|{_MONTH_FULL}|"
        rf"{_YEAR})\b)",
        _span_of_units,
    ),
    _rule(
        r"\b(?<!the\s)(?:(?P<prep>since)\s+|(?P<part>earlier|later)\s+)?"
        r"(?P<rel>last|past|previous|this|current|next|coming)\s+"
        r"(?P<unit>week|month|year|decade)\b(?!\s+(?:of|or)\b)",
        _relative_unit,
    ),
    _rule(
        rf"\b(?:(?:about|almost|nearly|more\s+than|over|some|just|only|roughly|around)\s+)?"
        # "three-and-a-half years ago": the half moves it back six more months (below)
        rf"(?P<n>{_NUM})(?:-ish|(?P<andhalf>[- ]and[- ]a[- ]half))?\s+(?P<unit>{_UNIT})\s+ago\b",
        _ago,
    ),
    # "a week or two ago", "4-5 years ago": a range of the same unit back from the interview
    # (the number of "N units ago" is a time only, no quantity: the codebook's "Settled in
    # practice")
    _rule(
        rf"\b(?P<lo>{_NUM})(?:\s+(?P<unit>{_UNIT})\s+or\s+(?P<n>{_NUM})"
        rf"|(?:\s+(?:or|to)\s+|\s*-\s*)(?P<n2>{_NUM})\s+"
        rf"(?P<unit2>{_UNIT}))\s+ago\b",
        _ago_range,
    ),
    _rule(r"\b(?P<half>half)\s+an?\s+(?P<unit>century|decade|year)\s+ago\b", _ago),
    # "two hours ago", "an hour and a half ago": minutes or hours back are the interview's own
    # day, as the codebook puts "N days ago" at a day (times.yaml's "today" has the vague ones)
    _rule(
        rf"\b(?:(?:about|almost|nearly|just|only|some|around)\s+)?(?:{_NUM})\s+"
        r"(?:and\s+a\s+half\s+)?(?:hours?|minutes?)(?:\s+and\s+a\s+half)?\s+ago\b",
        _hours_ago,
    ),
    _rule(
        r"\b(?:(?:over|in|during|within|for)\s+)?the\s+(?P<rel>past|last|next|coming)\s+"
        # "the last 24 to 48 hours": the span reaches as far as the larger number
        rf"(?:(?:{_NUM})\s+(?:to|or|-)\s+)?(?:(?P<n>{_NUM}|few|several)\s+)?hours\b",
        _span_of_hours,
    ),
    _rule(rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+from\s+(?:now|today)\b", _from_now),
    _rule(rf"\b(?P<n>{_NUM})(?:-ish)?\s+(?P<unit>{_UNIT})\s+(?:later|earlier)\b", _later),
    _rule(
        # "in another six months' time": "another" and the possessive as in "in six months"
        rf"(?<!\bonce\s)(?<!\btwice\s)(?<!\bone\s)\b(?P<prep>in)\s+(?:the\s+next\s+|another\s+)?"
        rf"(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b(?:['’]?\s+time\b)?"
        r"(?!\s+(?:ago|of|old|later|earlier|after|before)\b)(?=\s*[,.;:]|\s*$|\s+(?:time|from)\b|"
        r"\s+(?-i:[a-z]))",
        _in_future,
    ),
    _rule(
        r"\b(?:(?P<prep>until|till|up\s+to|up\s+until|from|by|(?:long\s+)?before)\s+)?"
        r"(?P<word>right\s+now|now|"
        r"today|nowadays|these\s+days|currently|at\s+present|at\s+the\s+moment|yesterday|"
        r"tomorrow|tonight)\b(?P<on>(?:(?<=from\snow)|(?<=from\stoday))\s+on\b)?",
        _deictic,
    ),
    _rule(
        rf"\b(?:(?P<prep>{_PREP}|on)\s+)?(?P<month>{_MONTH_FULL})(?:\s+(?P<day>\d{{1,2}})"
        # "since August of last year" as "in August last year"
        r"(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
        _month_of_relative_year,
    ),
    # "now for almost three years": "for N years now" said the other way round
    _rule(
        rf"\bnow\s+for\s+(?:(?:about|almost|nearly|more\s+than|over)\s+)?"
        rf"(?:(?P<n>{_NUM})|(?P<vague>several|many|some|a\s+few|a\s+number\s+of))\s+"
        rf"(?P<unit>{_UNIT})\b",
        _for_now,
    ),
    _rule(
        rf"\bfor\s+(?:the\s+(?:past|last)\s+)?(?:(?:about|almost|nearly|more\s+than|over)\s+)?"
        rf"(?:(?P<n>{_NUM})|(?P<vague>several|many|some|a\s+few|a\s+number\s+of))\s+"
        rf"(?P<unit>{_UNIT})\s+now\b",
        _for_now,
    ),
    _rule(
        rf"\b(?:(?P<prep>by|before|until|till|since|from|after|at|in|towards?)\s+)?the\s+"
        # "the early parts of this year": the plural a speaker may say for the same third
        r"(?P<part>end|beginning|start|middle|(?:early|first|latter|later)\s+parts?)\s+of\s+"
        r"(?:(?:(?P<rel>this|next|last)|the)\s+(?P<unit>year|month)"
        rf"|(?P<year>{_YEAR})|(?P<month>{_MONTH_FULL})(?:,?\s+(?P<myear>{_YEAR})"
        r"|\s+(?:of\s+)?(?P<mrel>this|next|last)\s+year)?)\b",
        _part_of_period,
    ),
    _rule(
        r"\b(?:(?P<prep>in|during)\s+)?the\s+(?:(?P<part>early|mid-?|late)[\s-]*)?"
        r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        _decade_word,
    ),
    _rule(
        r"\b(?:on\s+|(?P<prep>since|until|till|by|before|after)\s+|(?P<rel>last|this|next)\s+)"
        rf"(?P<day>{_WEEKDAY_NAMES})\b",
        _weekday,
    ),
    _rule(
        r"\b(?:(?P<prep>since|until|till|by|before|after|from)\s+(?:then|that\s+(?:time|point|"
        r"date))|(?:at|around)\s+(?:that|the)\s+time|back\s+then|(?:(?:in|for|during|"
        r"throughout)\s+(?:most\s+of\s+|much\s+of\s+|the\s+rest\s+of\s+)?)?(?:that|the\s+same)"
        r"\s+(?P<unit>year|month))\b",
        _anaphora,
    ),
    _rule(
        r"\b(?P<prep>since|after|before|following)\s+(?:(?:the|its|their|our)\s+)?"
        r"(?:(?-i:[A-Z])\w+'s\s+)?independence\b",
        _independence,
    ),
    _rule(
        rf"\b(?P<prep>since|before|after|following|post-?|in\s+the\s+wake\s+of|during|"
        rf"throughout|early\s+in|early\s+on\s+in|late\s+in|at\s+the\s+(?:start|beginning|outset"
        rf"|onset)\s+of|since\s+the\s+(?:start|beginning|outset|onset)\s+of|in\s+the\s+(?:early|"
        rf"first|initial)\s+(?:days|weeks|months|stages|phase)\s+of|(?:since|after)\s+the\s+"
        rf"(?P<part>end|close)\s+of)\s*{_EVENT_PHRASE}(?P<verb>)",
        _event_rule,
    ),
    _rule(
        rf"\b(?P<prep>when)\s+{_EVENT_PHRASE}(?P<part>)"
        r"(?P<verb>\s+(?:hit|began|started|struck|broke\s+out|erupted))",
        _event_when,
    ),
    _rule(_EVENT_CLAUSE, _event_clause),
    _rule(_UNTIL_PRESENT, _until_present),
    _rule(
        rf"\bwhen\s+(?:(?-i:{'|'.join(_CLAUSES['subjects'])})|(?:the|his|her|their|our|my)\s+"
        r"(?:[\w-]+\s+){0,2}?[\w-]+|(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})\s+"
        rf"(?:first\s+|finally\s+)?(?:{_OFFICE_EVENTS})\b"
        # a date that closes the clause is the time ("when she was elected in 2019")
        rf"(?![^,.;:!?]*\b(?:{_YEAR}|{_MONTH_FULL})\b)",
        _office_event,
    ),
    _rule(
        rf"\b(?:from|between)\s+(?P<m1>{_MONTH_FULL})\s+(?:to|until|through|and)\s+"
        rf"(?P<m2>{_MONTH_FULL})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?\b",
        _month_range,
    ),
    _rule(
        r"\b(?:(?P<rel>last|this|next)|(?:over|during|at|on)\s+the)\s+weekend\b",
        _weekend,
    ),
    _rule(
        rf"\b(?:(?P<prep>{_PREP}|at|on|over)\s+)?(?P<holiday>(?-i:"
        + "|".join(
            re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
            for h in longest_first(_DATA["holidays"])
        )
        + rf"))(?:\s+(?P<year>{_YEAR}))?\b"
        # "Christmas Island", "Halloween Town": a capitalised word after it makes a name
        r"(?!\s+(?-i:[A-Z][a-z]))"
        # "Christmas shopping", "a New Year's Eve party": a modifier in a noun phrase
        r"(?!\s+(?:trees?|cards?|part(?:y|ies)|presents?|gifts?|shopping|markets?|dinners?|"
        r"lunch(?:es)?|holidays?|season|messages?|address|speech(?:es)?|sales?|spirit)\b)",
        _holiday,
    ),
    _rule(
        rf"\b(?:(?:fiscal|financial|budget)\s+(?:year\s+)?(?P<year>{_YEAR})|(?-i:FY)\s?(?:(?P<long>20\d\d)|(?P<short>\d\d)))\b",
        _fiscal_year,
    ),
    _rule(
        r"\b(?:(?:under|during)\s+(?:(?-i:President)\s+)?(?P<name>(?-i:"
        + "|".join(_TERMS)
        + r"))\b(?!\s*(?-i:[A-Z]))(?!'s)|(?:in|during|under)\s+the\s+(?P<name2>(?-i:"
        + "|".join(_TERMS)
        + r"))\s+(?:administration|presidency|era|years)\b)",
        _presidency,
    ),
    _rule(
        r"\b(?P<prep>after|before|since|until|till|during|following|throughout|"
        r"in\s+the\s+(?:wake|run-up|aftermath)\s+(?:of|to)|(?:at|until|by|since|after)\s+the\s+"
        r"(?:very\s+)?(?:start|end|outset|beginning|height|time)\s+of)\s+(?:the|this|that|these|"
        r"those|last|next|his|her|its|their|(?-i:[A-Z])[\w.-]*'s)\s+(?:[\w'-]+\s+){0,3}?"
        rf"(?:{_EVENT_NOUNS})\b(?![^,.;:!?]*\b{_YEAR}\b)(?!\s+(?:in|on)\s+(?-i:[A-Z][a-z]+\s+\d))",
        _unknown_event,
    ),
)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _select(found: Iterable[tuple[int, int, Span]]) -> list[tuple[int, int, Span]]:
    """Keep the longest of overlapping matches."""
    chosen: list[tuple[int, int, Span]] = []
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if not any(_overlaps(item[:2], c[:2]) for c in chosen):
            chosen.append(item)
    return sorted(chosen)


_DIGIT = frozenset({"#"})
_WEEKDAYS_TRIGGER = frozenset(_WEEKDAYS)
# Words one of which a rule's match must contain: a rule whose words are absent from the text
# is not run, which keeps the scan cheap on the many claims without a time.
_TRIGGERS: dict[Resolver, frozenset[str]] = {
    _full_date: _DIGIT,
    _iso_date: _DIGIT,
    _month_year_rule: _DIGIT,
    _month_day: _DIGIT,
    _day_range: _DIGIT,
    _month_day_word: frozenset(m.lower() for m in MONTHS),
    _month_only: frozenset(m.lower() for m in MONTHS),
    _season: frozenset(_SEASONS),
    _year_range: _DIGIT,
    _decade: _DIGIT,
    _century: frozenset({"century"}),
    _year: _DIGIT,
    _year_onward: _DIGIT,
    _short_year: _DIGIT,
    _month_short_year: _DIGIT,
    _short_year_range: _DIGIT,
    _financial_year: _DIGIT,
    _quarter: _DIGIT | {"quarter"},
    _bare_quarter: frozenset({"quarter"}),
    _half: frozenset({"half"}),
    _span_of_units: frozenset({"past", "last", "previous", "next", "coming"}),
    _relative_unit: frozenset({"last", "past", "previous", "this", "current", "next", "coming"}),
    _ago: frozenset({"ago"}),
    _ago_range: frozenset({"ago"}),
    _hours_ago: frozenset({"ago"}),
    _span_of_hours: frozenset({"hours"}),
    _from_now: frozenset({"from"}),
    _later: frozenset({"later", "earlier"}),
    _in_future: frozenset({"in"}),
    _deictic: frozenset(
        {
            "now",
            "today",
            "nowadays",
            "days",
            "currently",
            "present",
            "moment",
            "yesterday",
            "tomorrow",
            "tonight",
        }
    ),
    _weekday: _WEEKDAYS_TRIGGER,
    _office_event: frozenset({"when"}),
    _for_now: frozenset({"now"}),
    _month_of_relative_year: frozenset({"year"}),
    _part_of_period: frozenset({"end", "beginning", "start", "middle", "part", "parts"}),
    _decade_word: frozenset(_DECADE_WORDS),
    _anaphora: frozenset({"then", "time", "point", "date", "year", "month"}),
    _independence: frozenset({"independence"}),
    _presidency: frozenset(name.casefold() for name in _TERMS),
    _weekend: frozenset({"weekend"}),
    _holiday: frozenset({"christmas", "boxing", "year", "valentine", "halloween"}),
    _month_range: frozenset({"from", "between"}),
    _fiscal_year: frozenset({"fiscal", "financial", "budget", "fy"}),
    _unknown_event: frozenset(
        {"after", "before", "since", "until", "till", "during", "following", "throughout", "ahead"}
        | {"wake", "run", "aftermath", "start", "end", "outset", "beginning", "height", "time"}
    ),
    _event_when: frozenset({"when"}),
    _event_clause: frozenset({"after", "before", "since", "until", "till"}),
    _until_present: frozenset({"until", "till"}),
    _event_rule: frozenset(
        {
            "since",
            "before",
            "after",
            "following",
            "post",
            "wake",
            "during",
            "throughout",
            "early",
            "late",
            "start",
            "beginning",
            "outset",
            "onset",
            "first",
            "initial",
            "end",
            "close",
        }
    ),
}
# A text's trigger words: its lower-case letter runs, and "#" when it holds a digit.
_TRIGGER_LETTERS = re.compile(r"[a-z]+")
_TRIGGER_DIGIT = re.compile(r"\d")
# A year as the rules write it, standing alone among digits (every year the rules match is
# preceded and followed by something other than a digit).
_YEAR_TOKEN = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_HAS_YEAR = "#year"
# A month name as the rules write it (capitalised): any full name but "may", or "May" itself.
_HAS_MONTH = "#month"
_FULL_MONTHS = frozenset(m.lower() for m in MONTHS) - {"may"}
_MONTHS_ABBREVIATED = frozenset(m.lower() for m in MONTH_ABBREVIATIONS)
_HAS_DASH = "#-"
_UNITS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"}
    | {"century", "centuries"}
)
# Words every match of a rule also contains, each set a further condition: the many claims
# with numbers but no year or month skip the date rules, and "in" alone does not run the
# "in five years" rule. A month name or unit in these rules is a whole word; a decade ends in
# "0s"; an ISO date has dashes.
_ALSO_NEEDS: dict[Resolver, tuple[frozenset[str], ...]] = {
    _full_date: (_MONTHS_ABBREVIATED | {_HAS_MONTH}, frozenset({_HAS_YEAR})),
    _month_year_rule: (_MONTHS_ABBREVIATED | {_HAS_MONTH}, frozenset({_HAS_YEAR})),
    _month_day: (frozenset({_HAS_MONTH}),),
    _day_range: (frozenset({_HAS_MONTH}),),
    _month_day_word: (frozenset({_HAS_MONTH}),),
    _month_only: (frozenset({_HAS_MONTH}),),
    _iso_date: (frozenset({_HAS_DASH}),),
    _year_range: (frozenset({_HAS_YEAR}),),
    _year: (frozenset({_HAS_YEAR}),),
    _year_onward: (frozenset({_HAS_YEAR}), frozenset({"on", "onward", "onwards"})),
    _quarter: (frozenset({_HAS_YEAR, "year"}),),
    _decade: (frozenset({"s"}),),
    _in_future: (_UNITS,),
    _for_now: (_UNITS,),
    _month_of_relative_year: (frozenset({_HAS_MONTH}),),
    _month_range: (frozenset({_HAS_MONTH}),),
    _event_when: (frozenset({"hit", "began", "started", "struck", "broke", "erupted"}),),
    # every match names an event noun, and every match of a presidency a preposition
    _unknown_event: (frozenset(_DATA["event_nouns"]),),
    _presidency: (frozenset({"under", "during", "in"}),),
    _later: (_UNITS,),
    _from_now: (_UNITS, frozenset({"now", "today"})),
    _span_of_hours: (frozenset({"past", "last", "next", "coming"}),),
}


# Each rule with its trigger words and further word conditions, looked up once.
_GATES = tuple(
    (rule, _TRIGGERS[rule.resolve], _ALSO_NEEDS.get(rule.resolve, ())) for rule in _RULES
)


@lru_cache(maxsize=2048)
def _candidates(norm: str) -> tuple[tuple[_Rule, AnyMatch], ...]:
    """Every rule match in a normalised text, before resolution (shared with quantities)."""
    low = norm.lower()
    words = set(_TRIGGER_LETTERS.findall(low))
    if _TRIGGER_DIGIT.search(low):
        words.add("#")
        if _YEAR_TOKEN.search(norm):
            words.add(_HAS_YEAR)
        if "-" in norm:
            words.add(_HAS_DASH)
    if not _FULL_MONTHS.isdisjoint(words) or "May" in norm:
        words.add(_HAS_MONTH)
    # Case-insensitive patterns also match "ſ" for "s" and "ı" for "i", which lower-casing
    # keeps: with either in the text, the extra word conditions are not trusted.
    trusted = "ſ" not in norm and "ı" not in norm
    ascii_text = norm.isascii()
    out: list[tuple[_Rule, AnyMatch]] = []
    if not _PHRASE_TRIGGER.isdisjoint(words):
        for rule, substrings in _PHRASE_GATES:
            if substrings is not None and trusted and ascii_text and absent(substrings, low):
                continue
            if ascii_text and rule.ascii is not None:
                out.extend((rule, CasedMatch(m, norm)) for m in rule.ascii.finditer(low))
            else:
                out.extend(zip(repeat(rule), rule.pattern.finditer(norm)))
    for rule, triggers, needs in _GATES:
        if triggers.isdisjoint(words):
            continue
        if trusted and needs:
            missing = False
            for need in needs:
                if need.isdisjoint(words):
                    missing = True
                    break
            if missing:
                continue
        if ascii_text and rule.ascii is not None:
            out.extend((rule, CasedMatch(m, norm)) for m in rule.ascii.finditer(low))
        else:
            out.extend(zip(repeat(rule), rule.pattern.finditer(norm)))
    return tuple(out)


# A word of each phrase of data/times.yaml that every match of it contains.
_PHRASE_TRIGGER = frozenset(
    {
        *("past", "far", "date", "up", "until", "till", "recently", "lately"),
        *("previously", "hitherto", "recent", "last", "years", "period", "now", "other"),
        *("future", "forward", "soon", "shortly", "next", "come", "ahead", "morning"),
        *("afternoon", "evening", "point", "time", "stage", "present", "speak", "today", "moment"),
        *("being", "night", "ago", "day", "term", "beginning", "start", "outset", "hour"),
        "along",
    }
)


# Each phrase rule with the strings one of which its every match holds (lower-case), tested
# only when the text has a word of the phrases at all.
_PHRASE_GATES: tuple[tuple[_Rule, Gate], ...] = tuple(
    (rule, gate(rule.ascii) if rule.ascii is not None else None) for rule in _PHRASE_RULES
)


def find_times(text: str, anchor: date, context: str | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``anchor`` (the interview date);
    offsets relative to ``text``.

    ``context`` (optional, e.g. the passage) helps resolve "the war" or "since independence"
    when the claim itself names no country.
    """
    found = _dated_weekdays(text, _since_clauses(text, anchor, _resolved(text, anchor, context)))
    return [TimeExpression(s, e, text[s:e], span[0], span[1]) for s, e, span in found]


# A weekday with its date set after it ("on Friday, March 10th"): the weekday is that day, not
# the one the tense would pick.
_WEEKDAY_END = re.compile(rf"\b(?:{_WEEKDAY_NAMES})$", re.IGNORECASE)
_APPOSITION = re.compile(r",?\s*(?:the\s+)?")


def _dated_weekdays(text: str, found: list[tuple[int, int, Span]]) -> list[tuple[int, int, Span]]:
    out = list(found)
    for i in range(len(out) - 1):
        s, e, span = out[i]
        s2, _, date_span = out[i + 1]
        if (
            span[0] is not None
            and span[0] == span[1]
            and date_span[0] is not None
            and len(date_span[0]) == 10
            and date_span[0] == date_span[1]
            and _APPOSITION.fullmatch(text, e, s2)
            and _WEEKDAY_END.search(text, s, e)
        ):
            named = _WEEKDAYS.index(text[s:e].split()[-1].casefold())
            day = date.fromisoformat(date_span[0])
            if day.weekday() != named:
                # a date without its year, put in the wrong year: the weekday names the year
                # (of the one before and the one after) in which the date falls on that day
                for year in (day.year + 1, day.year - 1):
                    try:
                        other = day.replace(year=year)
                    except ValueError:  # 29 February
                        continue
                    if other.weekday() == named:
                        date_span = (other.isoformat(), other.isoformat())
                        out[i + 1] = (out[i + 1][0], out[i + 1][1], date_span)
                        break
            out[i] = (s, e, date_span)
    return out


# "since" opening the clause a dated time ends ("since the company opened its plant in 2009"):
# the time runs from that date to the interview.
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:the|a|an|his|her|its|their|our|my|this|that)\b[^,.;:!?()]*$", re.IGNORECASE
)


def _since_clauses(
    text: str, anchor: date, found: list[tuple[int, int, Span]]
) -> list[tuple[int, int, Span]]:
    out: list[tuple[int, int, Span]] = []
    previous_end = 0
    for s, e, span in found:
        # an undated "since the government ..." the clause's date closes is the same time
        # ("since the government changed the rules in August last year"): the date dates it
        undated = bool(out) and out[-1][2] == (None, None) and out[-1][0] >= s - 90
        opens = out[-1][0] if undated else max(previous_end, s - 90)
        since = _SINCE_BEFORE.search(text, opens, s)
        if since and span[0] and span[1] and text[s:e].split()[0].casefold() != "since":
            if undated and since.start() == out[-1][0]:
                out.pop()
            s, span = since.start(), (span[0], anchor.isoformat())
        out.append((s, e, span))
        previous_end = e
    return out


_MARKUP = re.compile(r"</?(?:br|p)\s*/?>", re.IGNORECASE)


def _resolved(
    text: str, anchor: date, context: str | None, durations: bool = True
) -> list[tuple[int, int, Span]]:
    """The selected time expressions of ``text``: offsets and resolved span (without those
    that are also durations, when ``durations`` is false)."""
    norm = decode_char_refs(text).translate(NORMALISE)
    if "<" in norm:  # "at the<br />moment": markup a copy kept is no word
        norm = _MARKUP.sub(lambda tag: " " * len(tag[0]), norm)
    candidates = _candidates(norm)
    if not candidates:
        return []
    ctx = _Ctx(norm, anchor, context)
    found = []
    for rule, match in candidates:
        if not durations and rule.resolve in _DURATIONS:
            continue
        try:
            span = rule.resolve(match, ctx)
        except (OverflowError, ValueError):
            # Arithmetic past the calendar's edge ("next year" said on 9999-12-31): the
            # expression is still a time, but its date cannot be written.
            span = (None, None)
        if span is not None:
            found.append(
                (match.start(), match.end(), (_in_calendar(span[0]), _in_calendar(span[1])))
            )
    return _select(found)


_CALENDAR_VALUE = re.compile(r"^(?!0000)\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _in_calendar(value: str | None) -> str | None:
    """``value``, or None for a year outside 0001..9999 (which ISO dates cannot write)."""
    return value if value is None or _CALENDAR_VALUE.fullmatch(value) else None


_SPAN_ANCHOR = date(2000, 1, 1)


def time_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the time expressions in ``text`` that hold no quantity, for
    quantities to skip: "two years ago" is a time only, but the number of "over the past two
    years" is a duration as well (the codebook), so that phrase is not skipped."""
    return [
        (s, e)
        for s, e, _ in _resolved(text, _SPAN_ANCHOR, None, durations=False)
        # "after the 90-day pause", "at the end of the 20-year period": the event's measured
        # length is a quantity of its own (the codebook's "a six-month delay")
        if not _MEASURED_MODIFIER.search(text, s, e)
    ]


_MEASURED_MODIFIER = re.compile(
    rf"\b(?:\d+|{_NUM})-(?:year|month|week|day|hour)s?(?:-long)?\b(?!-old)", re.IGNORECASE
)
