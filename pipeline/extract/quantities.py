"""Quantities in claim text: numbers with their unit, ranges and vague magnitudes.

Following claim-guidelines.md: "35%" has unit ``percent``, "a 20-point difference"
``percentage_point``; money is its ISO code (``USD``, ``EUR_per_month``); a count takes its
counted noun, singular, as unit ("two capital cities": ``city``) and people are ``person``;
"more than 40" is value 40; "about five or six days" is the range 5-6 ``day``; "hundreds of
thousands" of people has no value and unit ``person``. Years and dates are times, not
quantities (spans found by :mod:`pipeline.extract.times` are skipped); durations are
quantities. Vocabularies live in ``data/lexicon.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas

from pipeline.extract import datafiles
from pipeline.extract.entities import is_adjective_word, is_people_word
from pipeline.extract.model import Quantity
from pipeline.extract.regexes import AnyMatch, CasedMatch, with_first_chars
from pipeline.extract.regexes import phrase_alternation as _alternation
from pipeline.extract.times import time_spans
from pipeline.extract.vocabulary import LABEL_NOUNS, MONTHS, NORMALISE, decode_char_refs


def _lexicon() -> dict[str, Any]:
    return datafiles.load("lexicon.yaml")


_LEX = _lexicon()
_NUMBERS: dict[str, int] = _LEX["numbers"]["units"]
_SCALES: dict[str, int] = _LEX["numbers"]["scales"]
_CURRENCY_SYMBOLS: dict[str, str] = {
    symbol.casefold(): code for symbol, code in _LEX["currency"]["symbols"].items()
}
# The bare currency nouns kept by hand, and the CLDR's English names of current currencies
# ("Egyptian pounds", "Canadian dollar"), which name a currency whatever the document's dollar.
_CURRENCY_WORDS: dict[str, str] = {
    **{name.casefold(): code for name, code in _LEX["currency"]["words"].items()},
    **datafiles.load("currencies.yaml")["names"],
}
_QUALIFIED = re.compile(r"\s")  # a currency name of several words names its country
_PERIODS: dict[str, str] = _LEX["currency"]["periods"]
# Role nouns that count countries, firms or factors as often as people ("61 partners", "two
# important drivers"): the codebook's `person` is for counts of people, so alone they are their
# own unit; after a noun that names a trade ("bus drivers", "business partners") they count people.
_ROLE_NOUNS = frozenset(w.casefold() for w in _LEX["person_nouns_not_only_people"])
_PERSON_NOUNS = {w.casefold() for w in _LEX["person_nouns"]} - _ROLE_NOUNS
_NOT_UNITS = {w.casefold() for w in _LEX["not_units"]}
_IRREGULAR: dict[str, str] = _LEX["irregular_plurals"]
_ONE_UNITS = {w.casefold() for w in _LEX["numbers"]["one_units"]}
_MEASURES: dict[str, str] = _LEX["measurement_units"]
# Measurement units as a hyphenated modifier writes them, in the singular ("a 5-mile run").
_MEASURE_NAMES = frozenset(_MEASURES.values()) | frozenset(
    word.removesuffix("s") for word in _MEASURES if " " not in word
)
_UNIT_ADJECTIVES = frozenset(w.casefold() for w in _LEX["unit_adjectives"]) | frozenset(
    # the adjectives that judge ("one interesting challenge", "three serious problems") are
    # adjectives inside a counted noun phrase too, and the codebook keeps no adjective in a unit
    w.casefold()
    for w in _LEX["claim_type"]["evaluative_adjectives"]
)
# an adverb before the adjective of a counted noun ("two slightly different things")
_ADVERB_ENDING = re.compile(r"^\w{3,}ly$")


def _is_adverb(lower: str, text: str, end: int) -> bool:
    """A word in -ly followed by a lower-case word that is not a plural noun: an adverb
    ("three conventionally armed ...", "two slightly contradictory ..."), where a noun in -ly
    would stand before its head ("two family farms", "three supply chains")."""
    if not _ADVERB_ENDING.match(lower):
        return False
    after = _WORD.match(text, end)
    return (
        after is not None
        and after["word"].islower()
        and not _is_plural(after["word"])
        and after["word"] not in _NOT_UNITS
    )


_ADJECTIVE_ENDING = re.compile(r"(?:ous|ive|ful|less|able|ible|ic|est|ed|ical|ional|wide)$")


def _fast(pattern: str, flags: int) -> re.Pattern[str]:
    return with_first_chars(re.compile(pattern, flags))


# the tens ("twenty" ... "ninety") and the ones ("one" ... "nine") among the numbers' names
_TENS = "|".join(w for w, n in _NUMBERS.items() if n in range(20, 100, 10))
_ONES = "|".join(w for w, n in _NUMBERS.items() if n < 10 and " " not in w)
_SMALL_NUMBER = (
    rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES})(?!\w))?"
    rf"|{_alternation([w for w in _NUMBERS if w not in _TENS.split('|')])})"
)
_DIGIT_WORD = f"zero|{_ONES}"
_DIGIT_VALUES = {word: i for i, word in enumerate(_DIGIT_WORD.split("|"))}
# "five point two": a decimal as it is said, which a transcriber spells out, each digit after
# "point" a word of its own
_SPOKEN_DECIMAL = rf"(?:{_SMALL_NUMBER}|zero)\s+point(?:\s+(?:{_DIGIT_WORD})(?!\w)){{1,3}}"
# "two hundred and fifty": a spelled-out hundreds with its rest (a bare "two hundred" is a
# number and its scale)
_WORD_NUMBER = (
    rf"(?:{_SPOKEN_DECIMAL}"
    rf"|(?:{_SMALL_NUMBER})\s+hundred\s+(?:and\s+)?(?:{_SMALL_NUMBER})(?!\s+hundred)"
    # "a hundred and twenty": "a" for "one" before hundreds said with their rest
    rf"|a\s+hundred\s+and\s+(?:{_SMALL_NUMBER})(?!\s+hundred)"
    rf"|{_SMALL_NUMBER})"
)
# Thousands may be grouped by a space ("50 000", the SI and Australian style) or, in a typed
# transcript, by a comma and a space before a group that starts with "0" ("300, 000": no
# spoken number starts with a zero, so the group cannot be a second number of a list)
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:(?:[ \u00a0\u202f]|,[ \u00a0](?=0))\d{3}(?![\d,]))+"
    r"|\d+(?:\.\d+)?)"
)
_GROUPING = re.compile(r"[,\s]")
_SCALE_WORDS = [w for w in _SCALES if len(w) > 2]
_SCALE = (
    rf"(?:\s*-?\s*(?:{_alternation(_SCALE_WORDS)})(?:\s+(?:{_alternation(_SCALE_WORDS)}))?"
    r"|(?:k|m|mn|bn|b|tn)\b|\s(?:mn|bn|tn)\b)"
)
_SYMBOL = _alternation(list(_CURRENCY_SYMBOLS))
_ONE_NUMBER = (
    rf"(?:(?P<cur@>{_SYMBOL})\s?)?(?P<num@>{_DIGITS}|{_WORD_NUMBER})"
    # "one and a half million", "two and three quarters billion": a mixed number
    r"(?P<half@>\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters|a\s+third|two\s+thirds)"
    # "11 1/2 per cent", "the 5-5/8% note": a mixed number in digits, as typed transcripts and
    # bond coupons write it (a proper fraction of halves, thirds, quarters or eighths only)
    r"|(?<=\d)[\s-](?:1/[2348]|2/3|3/[48]|[57]/8)(?![\d/]))?"
    rf"(?P<scale@>{_SCALE})?"
)


def _number_part(suffix: str) -> str:
    return _ONE_NUMBER.replace("@", suffix)


_MODIFIER = _alternation(_LEX["numbers"]["modifiers"])
_QUANTITY_PLAIN = re.compile(
    rf"(?<![\w$€£¥₽₸₴₹₩₺'/.:-])(?:(?P<mod>{_MODIFIER})\s+)?(?:(?P<between>between)\s+)?"
    rf"{_number_part('')}"
    # a range; "30%-40%" repeats the first number's percent sign; "between $6- and $7 billion"
    # suspends the first number's hyphen before "and" as a transcript writes it
    rf"(?:%?\s*(?:(?<=\d)-\s+and\b|-|to|or|(?<=[\d%])\s*and|(?<=[a-z])\s+and|(?<=\d),(?=\s*\d+(?:\.\d+)?\s*%))\s*"
    rf"{_number_part('2')})?"
    r"(?!(?!pct?\b)[\w/]|\.\d|:\d)",  # "3.2pc": the percent the British press writes
    re.IGNORECASE,
)


def _lower_case_source(source: str) -> str | None:
    """``source`` with its letters lower-cased (group names kept), or None when it holds an
    escape that lower-casing would change (``\\S``, ``\\W``, ...)."""
    if re.search(r"\\[A-Z]", source):
        return None
    return re.sub(r"\(\?P<[^>]*>|[A-Z]", lambda m: m[0] if m[0][0] == "(" else m[0].lower(), source)


_QUANTITY_SOURCE = _lower_case_source(_QUANTITY_PLAIN.pattern)
# On an ASCII text, the case-insensitive pattern matches exactly where this case-sensitive
# one matches the lower-cased text (no character of the pattern matches an ASCII one only
# by case folding), at about twice the speed.
_QUANTITY_ASCII = (
    with_first_chars(re.compile(_QUANTITY_SOURCE))
    if _QUANTITY_SOURCE is not None
    and not any(
        re.search(re.escape(c), "".join(map(chr, range(128))), re.IGNORECASE)
        for c in set(_QUANTITY_PLAIN.pattern)
        if not c.isascii()
    )
    else None
)


_Match = AnyMatch


_QUANTITY = with_first_chars(_QUANTITY_PLAIN)
_VAGUE = _fast(
    rf"\b(?P<vague>{_alternation(_LEX['numbers']['vague'])})(?:\s+of\s+(?:{_alternation(_LEX['numbers']['vague'])}))*"
    r"(?=\s+(?:of|more)\b)",
    re.IGNORECASE,
)
_VAGUE_COUNT = _fast(
    rf"\b(?:(?P<count>{_alternation(_LEX['vague_counts'])})|(?P<time>"
    rf"{_alternation(_LEX['vague_time_counts'])})(?=\s+(?:{_alternation(_LEX['time_units'])})\b))"
    r"(?=\s+[A-Za-z])",
    re.IGNORECASE,
)
# the denominators of a spelled-out fraction ("two thirds of", "three tenths of a percent")
_DENOMINATORS: dict[str, int] = _LEX["numbers"]["denominators"]
# "half" is 0.5 with unit fraction (the codebook), as are "a third of", "two thirds of";
# "half a million people" is a number, "half an hour" a duration.
_FRACTION = _fast(
    r"(?<![\w-])(?<!first\s)(?<!second\s)(?<!other\s)(?<!latter\s)(?<!former\s)(?<!and\s)(?<!and\sa\s)"
    # "a half-hour", "a half-century", "a half-point cut": the hyphenated measure, as "half
    # an hour" (the codebook's hyphenated modifier that measures)
    r"(?:(?P<half>(?:one\s+|a\s+)?half)(?:(?:\s+|-)(?:(?:a|an)\s+)?(?P<of>million|billion|trillion|"
    r"thousand|dozen|hundred|century|decade|year|month|week|day|hour|minute|percentage\s+points?"
    r"|per\s*cent|percent|point)\b)?(?![\w-])"
    rf"|(?P<part>(?:a|{_ONES})[\s-]+"
    rf"(?:{'|'.join(f'{d}s?' for d in _DENOMINATORS)}))"
    # "two thirds of", "a third lower than it was"
    r"(?=\s+(?:of|lower|higher|more|less|fewer|bigger|smaller|larger|greater|cheaper)\b)"
    # a plural part after a numerator of two or more is a fraction wherever it stands ("fell by
    # two thirds", "a two-thirds majority"): no ordinal is plural. Quarters are left out: "the
    # last three quarters" are periods of a year
    r"|(?P<parts>(?:two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:thirds|fifths|sixths|eighths|tenths))(?![\w-])"
    # a singular part after "by" that ends the phrase is the size of a change ("cut by a
    # third", "grew by a quarter."), not an ordinal ("by a third party")
    r"|(?<=\bby\s)(?P<by_part>(?:a|one)[\s-]+(?:third|quarter|fifth|tenth))"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|in|since|over|from|to|compared|between|while"
    r"|because|as|last|this|after|before)\b))",
    re.IGNORECASE,
)
# "a few hundred soldiers", "several thousand": the codebook's vague magnitude, value null
_VAGUE_SCALES = ("hundred", "thousand", "million", "billion")
_VAGUE_SCALE = _fast(
    rf"\b(?:a\s+few|several|some\s+few|many)\s+(?:{'|'.join(_VAGUE_SCALES)})"
    # "several hundred billion dollars": the vague magnitude of a larger scale, whose unit
    # (the currency) follows the second scale word
    r"(?:\s+(?:thousand|million|billion|trillion))?\b(?!\s+of\b)",
    re.IGNORECASE,
)
_VAGUE_SCALE_WORDS = frozenset(_VAGUE_SCALES)
# "a tenfold increase", "a 3-fold rise": a multiple, as "three times as many" (unit times)
_FOLD = _fast(rf"\b(?P<n>{_DIGITS}|{_WORD_NUMBER})[\s-]?fold\b", re.IGNORECASE)
_FOLD_WORDS = frozenset(f"{w}fold" for w in _NUMBERS if " " not in w) | {"fold"}
# "one in five", "2 out of 3", "one in every ten": a proportion, the fraction it states (the
# codebook's "half" = 0.5 `fraction`); not before a percent ("one in 10 per cent"), and not
# where the second number counts on in time ("one in ten years" is a rate)
_PROPORTION = _fast(
    rf"(?<![\w.,-])(?P<a>{_DIGITS}|{_WORD_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<b>{_DIGITS}|{_WORD_NUMBER})\b(?![.,]\d)"
    r"(?!\s*(?:%|per\s*cent|percent|years?|months?|weeks?|days?|hours?)\b|\s*%)",
    re.IGNORECASE,
)
_FRACTION_WORDS = frozenset({"half"} | set(_DENOMINATORS) | {f"{d}s" for d in _DENOMINATORS})
# "of a percent", "of one per cent", "of a billion": what a fraction is a fraction of
_OF_A_MEASURE = re.compile(
    r"\s+of\s+(?:a|an|one|1)\s+(?:(?P<scale>thousand|million|billion|trillion)"
    r"|(?P<points>percentage\s+points?|points?)|(?P<percent>per\s*cent|percent|%))\b",
    re.IGNORECASE,
)
_POINT_WORDS = re.compile(r"points?$|percentage\s+points?$", re.IGNORECASE)
_PERCENT_WORDS = re.compile(r"per\s*cent$|percent$", re.IGNORECASE)
# "doubled", "tripled": a multiple (the codebook's "three times as many" has unit times)
_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}
_MULTIPLIED_ENDINGS = ("ed", "ing", "es")
_MULTIPLIED_WORDS = frozenset(f"{stem}{end}" for stem in _MULTIPLES for end in _MULTIPLIED_ENDINGS)
_HALF_OF = {**_SCALES, "dozen": 12}
_MULTIPLIED = _fast(
    rf"\b(?P<verb>{'|'.join(_MULTIPLES)})(?:{'|'.join(_MULTIPLIED_ENDINGS)})\b", re.IGNORECASE
)
# "more than double the capacity", "double their budget": a multiple, as "doubled" (not the
# adjective of "double taxation", "a double-digit rise")
_DOUBLE = _fast(
    r"\b(?:(?P<bound>more\s+than|almost|nearly|roughly|about|around|at\s+least)\s+)?"
    r"(?P<double>double)(?![\w-])"
    r"(?(bound)|(?=\s+(?:the|their|its|our|his|her|your|my|that|this|what|it|them)\b))",
    re.IGNORECASE,
)
_TWICE = _fast(r"\btwice\b(?P<multiple>\s+(?:as|more|the|that|over)\b)?", re.IGNORECASE)
_PERCENT = re.compile(rf"\s*-?\s*(?:{_alternation(_LEX['percent'])})(?![\w])", re.IGNORECASE)
_POINTS = re.compile(r"(?:\s*-\s*|\s+)(?:percentage[\s-]+points?|point|pp|ppts?)\b", re.IGNORECASE)
_PLAIN_POINTS = re.compile(r"\s+points?\b", re.IGNORECASE)
_MEASURE = re.compile(rf"\s*(?P<word>{_alternation(list(_MEASURES))})(?![\w])", re.IGNORECASE)
_VAGUE_MEASURE = re.compile(
    rf"\b(?:{_alternation(_LEX['vague_measures'])})(?=\s+(?:{_alternation(list(_MEASURES))})\b)",
    re.IGNORECASE,
)
_OF_THE = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|our|his|her|all)\s+"
    # "five of the world's largest economies": a possessive determines, it is no unit
    r"(?:[a-z]+'s\s+)?"
    rf"(?:(?:{_DIGITS}|{_WORD_NUMBER})\s+)?",  # "four of the seven judges"
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?P<noun>[a-z]+)", re.IGNORECASE)
# after a space, or a hyphen that makes the money a modifier that measures ("a ten-billion-dollar
# fund", "a billion-dollar deal": the codebook's hyphenated number-unit modifier)
_CURRENCY_AFTER = re.compile(
    rf"(?:\s+|(?<=illion|ousand)-)(?P<us>(?:US|U\.S\.|American)\s+)?(?P<word>{_alternation(list(_CURRENCY_WORDS))})\b",
    re.IGNORECASE,
)
_ENGLISH_CURRENCY_WORDS = frozenset(_LEX["currency"]["english_words"])
# a lower-case word that carries the noun phrase on ("real key ways"), as opposed to a word that
# starts the next part of the sentence (the gazetteer's function words, an article, "per")
_NOUN_PHRASE_GOES_ON = re.compile(
    r"\s+(?!(?:a|an|the|per|each|every|this|last|next|"
    rf"{_alternation(datafiles.load('gazetteer.yaml')['recogniser']['function_words'])})\b)"
    r"(?-i:[a-z])",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(
    rf"\s*(?:a|an|per|each|every|/)\s*(?P<period>{_alternation(list(_PERIODS))})\b"
    r"|\s+(?P<adverb>annually|monthly|weekly|daily|yearly)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\s*-?\s*(?P<word>[A-Za-z][A-Za-z'-]*)")
_PER_NOUN = re.compile(
    # "per gallon", and "a gallon" where the noun is a measurement unit ("60 cents a gallon")
    rf"\s+(?:per\s+(?!cent\b)(?P<noun>[a-z]+)|an?\s+(?P<measure>{_alternation(sorted(_MEASURE_NAMES))}))\b",
    re.IGNORECASE,
)
_TIMES = re.compile(
    r"\s+(?P<times>times)\b(?P<multiple>\s+(?:as|more|less|fewer|higher|lower|larger|bigger|"
    r"greater|smaller|faster|the|that|over)\b)?",
    re.IGNORECASE,
)
# A bound or approximation written after the number: skipped on the way to the unit.
_APPROXIMATION_AFTER = re.compile(
    r"(?:-ish\b|\s*-?\s*plus\b|\+|-odd\b|\s+odd\b|\s+or\s+so\b|\s+something\b)+", re.IGNORECASE
)
_AFTER_OF = re.compile(r"\s+(?:more\s+)?of\s+(?:the\s+|these\s+|those\s+)?")
_TIME_OF_DAY = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?!\w)", re.IGNORECASE)
_ADVERB_PERIODS = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}


# Precompiled once rather than looked up in the re module's cache on every call.
_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[a-z]+")
_ES_PLURAL = re.compile(r"(?:ss|x|ch|sh)es$")
_NOT_S_PLURAL = re.compile(r"(?:ss|us|is)$")
_ATTACHED = re.compile(r"-(?P<word>[A-Za-z]+)(?P<old>-old)?\b")
_LABEL_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _parse_word_number(words: str) -> float | None:
    """ "twenty-five" -> 25, "a dozen" -> 12, "two hundred and fifty" -> 250."""
    words = _SPACES.sub(" ", words.casefold())
    if words in _NUMBERS:
        return float(_NUMBERS[words])
    whole, sep, decimals = words.partition(" point ")
    if sep:  # "five point two" -> 5.2
        high = 0.0 if whole == "zero" else _parse_word_number(whole)
        digits = [_DIGIT_VALUES.get(d) for d in decimals.split()]
        if high is None or any(d is None for d in digits):
            return None
        return float(f"{int(high)}.{''.join(str(d) for d in digits)}")
    hundreds, sep, rest = words.partition(" hundred ")
    if sep:
        high = 1.0 if hundreds == "a" else _parse_word_number(hundreds)
        low = _parse_word_number(rest.removeprefix("and "))
        return None if high is None or low is None else high * 100 + low
    tens, _, unit = words.replace(" ", "-").partition("-")
    if tens in _NUMBERS and unit in _NUMBERS:
        return float(_NUMBERS[tens] + _NUMBERS[unit])
    return None


_MIXED = {"half": 0.5, "quarter": 0.25, "quarters": 0.75, "third": 1 / 3, "thirds": 2 / 3}


def _parse_number(num: str | None, scale: str | None, half: str | None = None) -> float | None:
    if not num:
        return None
    value = float(_GROUPING.sub("", num)) if num[0].isdigit() else _parse_word_number(num)
    if value is None:
        return None
    if half:  # "one and a half million", "two and three quarters", "11 1/2"
        numerator, slash, denominator = half.strip(" -").partition("/")
        part = int(numerator) / int(denominator) if slash else _MIXED[half.split()[-1].casefold()]
        # "a billion and a half", "a dozen and a half": the part is of the number's own scale
        # word (1.5 billion, 18), as the codebook's said-aloud numbers mean
        last = num.split()[-1].casefold()
        value += part * (_HALF_OF[last] if last in _HALF_OF and value >= _HALF_OF[last] else 1)
    for word in _LETTERS.findall((scale or "").casefold()):
        value *= _SCALES.get(word, 1)
    return value


def singular(word: str) -> str:
    """The singular of a (lower-case) English plural noun, by rule and exception list."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if _ES_PLURAL.search(word):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not _NOT_S_PLURAL.search(word):
        return word[:-1]
    return word


# A time unit in the singular right after a number is its unit ("a 140 year high"): the
# singulars of lexicon.yaml's time_units, the plurals the vague time counts take.
_SINGULAR_TIME_UNITS = frozenset(singular(unit) for unit in _LEX["time_units"])
_LONG_WHILE_UNITS = frozenset(singular(unit) for unit in _LEX["long_while_units"])


# The lexicon lists the nouns for people in the plural; one person is counted in the singular
# ("only one woman", "one key witness"): the codebook's unit is `person` whatever the noun.
# Only after "one": several of these singulars are adjectives too ("20 national languages").
# "other" is left out: "one other" counts whatever the sentence counts.
_PERSON_SINGULARS = frozenset(singular(w) for w in _PERSON_NOUNS) - {"other"}


def _is_people(word: str, plural: bool = True) -> bool:
    head = word.rsplit("-", 1)[-1]
    return (
        word.casefold() in _PERSON_NOUNS
        or (not plural and word.casefold() in _PERSON_SINGULARS)
        or is_people_word(word)
        # a hyphenated noun is of the kind its last part names ("part-pensioners",
        # "co-founders"): people, whose unit the codebook makes `person` whatever the noun
        or (head != word and bool(head) and _is_people(head, plural))
    )


def _is_adjective(word: str) -> bool:
    """A capitalised adjective inside a counted noun phrase ("five Kenyan elections")."""
    return is_adjective_word(word)


@dataclass(slots=True)
class _Unit:
    unit: str | None
    end: int
    names_a_kind: bool = False  # "a two-party system": no quantity at all
    # "two party system": a singular noun then another noun after a plural number, a compound
    # modifier without its hyphen when "a" stands before the number ("a two party system")
    compound: bool = False


def _is_unit_adjective(lower: str) -> bool:
    """An adjective that is no part of a unit ("new", "active", "unrecognised")."""
    return (
        lower in _UNIT_ADJECTIVES
        or (len(lower) > 4 and _ADJECTIVE_ENDING.search(lower) is not None)
        or _is_compared_adjective(lower)
    )


@lru_cache(maxsize=4096)
def _is_compared_adjective(lower: str) -> bool:
    """A comparative or superlative by lemminflect's English lexicon ("150 smaller models",
    "the two largest parties"): the codebook keeps no adjective in a unit."""
    adjective = getAllLemmas(lower).get("ADJ", ())
    return bool(adjective) and lower not in adjective and lower.endswith(("er", "est"))


def _is_plural(lower: str) -> bool:
    return lower in _IRREGULAR or (lower.endswith("s") and singular(lower) != lower)


def _capitalised_modifier(text: str, end: int) -> bool:
    """A capitalised word before a lower-case noun ("two Republican votes") modifies it."""
    following = _WORD.match(text, end)
    return bool(following) and following is not None and following["word"][0].islower()


def _counted_noun(text: str, pos: int, plural: bool) -> _Unit:
    """The counted noun after a number: the first plural noun within a few words (the first
    noun after "one"), with the nouns that modify it ("aid projects": ``aid_project``) but
    not its adjectives ("new building units": ``building_unit``); ``person`` for people,
    whatever the noun, and for a bare nationality ("nine Turkish")."""
    attached = _ATTACHED.match(text[pos:])
    if attached:  # "a 20-year-old", "a five-year plan": the attached word is the unit
        unit = singular(attached["word"].casefold())
        # the codebook: a hyphenated modifier that measures is a quantity ("a six-month
        # delay"), one that names a kind of thing is not ("a two-party system")
        measures = attached["old"] or unit in _SINGULAR_TIME_UNITS or unit in _MEASURE_NAMES
        return _Unit(unit, pos + attached.end(), names_a_kind=not measures)
    first = _WORD.match(text, pos)
    if first and first["word"].casefold() in _KIND_ADJECTIVES:  # "a two tiered system"
        return _Unit(None, first.end(), names_a_kind=True)
    nouns: list[str] = []
    nationality = adjective = coordinated = adjacent = False
    cursor = nationality_end = pos
    for index in range(5):
        match = _WORD.match(text, cursor)
        if not match:
            break
        # "one thing– uranium": a dash that follows the noun is no part of it
        word = match["word"].removesuffix("-old").rstrip("-")
        lower = word.casefold()
        cursor = match.end() - (len(match["word"]) - len(match["word"].rstrip("-")))
        if _is_people(word, plural) or (nouns and plural and lower in _ROLE_NOUNS):
            return _Unit("person", cursor)
        if word[0].isupper():
            if _is_adjective(word):
                nationality = True
                nationality_end = cursor
                continue
            if not nouns and _capitalised_modifier(text, cursor):
                continue
            following = _WORD.match(text, cursor)
            if not nouns and following is not None and _is_people(following["word"]):
                continue  # "six Indigenous Australians": a capitalised modifier of people
            break
        if match["word"].endswith("-") and not nouns and _is_coordinator(text, match.end()):
            # a suspended compound ("millions of lower- and middle-income Americans") is the
            # first half of an adjective shared with the word after "and"
            adjective = True
            continue
        if lower in ("and", "or") and adjective and not nouns:
            # "various popular and youth events", "30 new or newly recognised diseases"
            coordinated = True
            continue
        if lower == "more" and not nouns and not _THAN_OR_OF.match(text, cursor):
            continue  # "10,000 more nurses"
        if lower in _NOT_UNITS or lower in _NUMBERS:
            break
        if _is_adverb(lower, text, cursor):  # "three conventionally armed submarines"
            continue
        if lower.endswith("'") or lower.endswith("'s"):  # "two countries' border regions"
            possessor = lower.removesuffix("'s").removesuffix("'")
            return _Unit("_".join([*nouns, singular(possessor)]), cursor)
        # a noun joined to an adjective by "and" modifies as the adjective does ("popular and
        # youth sports events": the unit is sports_event)
        adjective = (
            _is_unit_adjective(lower)
            or (coordinated and not _is_plural(lower) and lower not in _PLURAL_MODIFIERS)
            # a hyphenated compound before the plural head is an adjective ("dozens of
            # high-level calls", "two low-income families"), as the codebook drops adjectives
            or (plural and "-" in lower and not _is_plural(lower))
            # after "one" too, when a noun follows ("one private-sector partner")
            or (not plural and "-" in lower and not nouns and _noun_follows(text, cursor))
        )
        coordinated = False
        if adjective:
            continue
        if not plural:
            # a noun that only modifies ("one data center", "a single gas pipeline") keeps
            # its head, as "300 data centers" does
            head = _WORD.match(text, cursor) if lower in _PLURAL_MODIFIERS else None
            if head and _is_modified_head(head["word"]):
                return _Unit("_".join([*nouns, lower, head["word"].casefold()]), head.end())
            return _Unit("_".join([*nouns, singular(lower)]), cursor)
        if lower in _PLURAL_MODIFIERS:  # "sports events": the plural modifies the next noun
            head = _WORD.match(text, cursor)
            if head and head["word"].islower() and _is_people(head["word"]):
                return _Unit("person", head.end())
            if head and head["word"].islower() and _is_plural(head["word"]):
                noun = singular(head["word"].casefold())
                return _Unit("_".join([*nouns, lower, noun]), head.end())
        if _is_plural(lower):
            return _Unit("_".join([*nouns, singular(lower)]), cursor)
        if not nouns and lower in _SINGULAR_TIME_UNITS:  # "a 140 year high"
            return _Unit(lower, cursor)
        adjacent = adjacent or index == 0
        nouns.append(lower)
    if plural and adjacent and len(nouns) > 1 and not _AFTER_BARE_NUMBER & set(nouns[:2]):
        # a singular noun right after a plural number, before another noun: with "a" before
        # the number, a compound modifier whose hyphen the transcript dropped ("a two party
        # system", "a five member board"), naming a kind of thing as "a two-party system"
        # does (the measuring ones, "a four week delay", returned above)
        return _Unit(None, pos, compound=True)
    if nationality:  # ends after the last nationality word ("one Turkish American")
        return _Unit("person", nationality_end)
    return _Unit(None, pos)


def _noun_follows(text: str, pos: int) -> bool:
    """Whether a lowercase word that can head a noun phrase comes next: no function word, no
    verb in "-ed" or "-s" ("one check-in happened", "one ex-officer says")."""
    head = _WORD.match(text, pos)
    if head is None or not head["word"].isalpha() or not head["word"].islower():
        return False
    word = head["word"]
    return word not in _NOT_UNITS and word not in _NUMBERS and not word.endswith(("ed", "s"))


_COORDINATOR_AFTER = re.compile(r"\s+(?:and|or|to)\b", re.IGNORECASE)


def _is_coordinator(text: str, end: int) -> bool:
    """ "and", "or" or "to" next: what joins the halves of a suspended compound."""
    return _COORDINATOR_AFTER.match(text, end) is not None


def _is_modified_head(word: str) -> bool:
    """A singular lower-case noun that can be the head after a modifying noun."""
    lower = word.casefold()
    return (
        word.isalpha()
        and word.islower()
        and lower not in _NOT_UNITS
        and lower not in _AFTER_BARE_NUMBER
        and lower not in _NUMBERS
        and not _is_plural(lower)
        and not _is_adverb(lower, word, len(word))
    )


def _rate(unit: _Unit, text: str) -> _Unit:
    """ "10 megabits per second": the codebook's ``<unit>_per_<unit>``."""
    per = _PER_NOUN.match(text, unit.end)
    if unit.unit is None or not per or "_per_" in unit.unit:
        return unit
    noun = singular((per["noun"] or per["measure"]).casefold())
    return _Unit(f"{unit.unit}_per_{_PERIODS.get(noun, noun)}", per.end())


def _times(text: str, pos: int) -> _Unit | None:
    """ "three times as many" is a multiple (unit ``times``), "three times" a count of
    occurrences (unit ``time``)."""
    match = _TIMES.match(text, pos)
    if not match:
        return None
    return _Unit("times" if match["multiple"] else "time", match.end("times"))


def _money(code: str, text: str, pos: int) -> _Unit:
    period = _PER_PERIOD.match(text, pos)
    if not period or _NOT_A_RATE.match(text, period.end()):
        return _rate(_Unit(code, pos), text)  # "$3 per gallon": the codebook's rate
    name = period["period"] or _ADVERB_PERIODS[period["adverb"].casefold()]
    return _Unit(f"{code}_per_{_PERIODS.get(name.casefold(), name.casefold())}", period.end())


def _unit(text: str, pos: int, currency: str | None, plural: bool, dollar: str) -> _Unit:
    """The unit that follows a number ending at ``pos`` (past an approximation: "1.8-ish
    percent", "100 plus kilometres"); ``dollar`` is the currency a bare "$" stands for."""
    approximation = _APPROXIMATION_AFTER.match(text, pos)
    if approximation:
        pos = approximation.end()
    if currency:
        code = _CURRENCY_SYMBOLS[currency.casefold()]
        restated = _CURRENCY_AFTER.match(text, pos)
        if restated:  # "$20,000 dollars a year": the word restates the symbol, and the rate
            pos = restated.end()  # or measure after it is the money's
        return _money(dollar if currency == "$" else code, text, pos)
    for pattern, unit in ((_POINTS, "percentage_point"), (_PERCENT, "percent")):
        match = pattern.match(text, pos)
        if match:
            return _per_period(_Unit(unit, match.end()), text)
    match = _CURRENCY_AFTER.match(text, pos)
    if match and not (
        match["word"].casefold() in _ENGLISH_CURRENCY_WORDS
        and _NOUN_PHRASE_GOES_ON.match(text, match.end())
    ):
        return _money(_currency_code(match, dollar), text, match.end())
    match = _PLAIN_POINTS.match(text, pos)
    if match:  # the codebook: "a 20-point difference" is in percentage points
        return _Unit("percentage_point", match.end())
    match = _MEASURE.match(text, pos)
    if match:
        measure = _Unit(_MEASURES[_SPACES.sub(" ", match["word"].lower())], match.end())
        return _per_period(_rate(measure, text), text)
    times = _times(text, pos)
    if times:
        return times
    of_the = _OF_THE.match(text, pos)
    if of_the:  # "four of the seven commissioners"
        counted = _counted_noun(text, of_the.end(), True)
        return _Unit(counted.unit, pos)
    counted = _counted_noun(text, pos, plural)
    money = _CURRENCY_WORDS.get(f"{counted.unit}s") if counted.unit else None
    if money is not None and not counted.names_a_kind:
        # "200 billion additional dollars": money, past its adjectives ("a 50-dollar note"
        # names a kind of note)
        return _money(dollar if money == "USD" else money, text, counted.end)
    # "17 cents per gallon", "two nurses per ward": a count per unit is the codebook's rate
    return _per_period(_rate(counted, text), text)


def _currency_code(match: re.Match[str], dollar: str) -> str:
    """The code of the currency word a ``_CURRENCY_AFTER`` match names: a bare "dollars" (no
    "US", no country in a name of several words) is the document's dollar."""
    code = _CURRENCY_WORDS[_SPACES.sub(" ", match["word"].casefold())]
    if code == "USD" and not match["us"] and not _QUALIFIED.search(match["word"]):
        return dollar
    return code


# "a year ago", "a day later": a time, not the period of a rate
_NOT_A_RATE = re.compile(r"\s+(?:ago|later|earlier|before|after|from\s+now)\b", re.IGNORECASE)


def _per_period(unit: _Unit, text: str) -> _Unit:
    """A count or measure per period ("3 percent a year", "1.5 million barrels a day",
    "80 km an hour"): the codebook's rate ``<unit>_per_<unit>``. A frequency ("three times a
    year") keeps its unit."""
    if unit.unit is None or unit.unit in ("time", "times") or "_per_" in unit.unit:
        return unit
    period = _PER_PERIOD.match(text, unit.end)
    if not period or _NOT_A_RATE.match(text, period.end()):
        return unit
    name = period["period"] or _ADVERB_PERIODS[period["adverb"].casefold()]
    name = _PERIODS.get(name.casefold(), name.casefold())
    return _Unit(f"{unit.unit}_per_{name}", period.end())


_NAME_WORD_BEFORE = re.compile(r"(?P<word>(?-i:[A-Z])[\w.&-]*)\s+$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")
_MEASURED = frozenset({"percent", "percentage_point"})
_INITIALISM_BEFORE = re.compile(r"(?<![\w.])(?-i:[A-Z])\.(?-i:[A-Z])\.\s$")


def _in_a_name(text: str, match: _Match, unit: _Unit) -> bool:
    """A number that is part of a name: a capitalised spelled-out one inside a sentence ("the
    Group of Seven", "the Big Three"), or digits after a capitalised word that does not open
    the sentence ("Channel 4", "a Boeing 737", "Proposition 8"), unless a percent, currency or
    measure follows ("Labour 40%")."""
    start = match.start()
    number = match["num"] or ""
    if number[:1].isdigit() and not match["cur"] and not match["scale"]:
        # digits joined to a name by "+" ("the GCC+3", "the P5+1"), or a bare number after a
        # dotted initialism ("H.R. 1", whose full stop opens no sentence)
        if start and text[start - 1] == "+" and start > 1 and text[start - 2].isalnum():
            return True
        if unit.unit is None and _INITIALISM_BEFORE.search(text, max(0, start - 12), start):
            return True
    if _SENTENCE_START_BEFORE.search(text, max(0, start - 3), start):
        return False
    if match["mod"] or match["cur"] or not number:
        return False
    if number[0].isupper():
        return True
    if not number[0].isdigit():  # "told the President three times": only digits name
        return False
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before or before["word"].endswith("'s") or unit.unit in _MEASURED:
        return False
    if (unit.unit is not None and unit.unit.isupper()) or unit.unit in _MEASURE_NAMES:
        return False  # a currency code or a measurement
    word = before["word"]
    opens = _SENTENCE_START_BEFORE.search(text, max(0, before.start() - 3), before.start())
    return not opens and not _is_people(word) and word.casefold() not in _MONTH_WORDS


_MONTH_WORDS = (
    frozenset(m.casefold() for m in MONTHS) | frozenset(m[:3].casefold() for m in MONTHS) | {"sept"}
)


def _is_label(text: str, start: int) -> bool:
    """ "Article 5", "number one": a number that names rather than counts."""
    # _LABEL_BEFORE.search(text[:start]), searched from where its only possible match can
    # start (letters, an optional full stop, spaces, ending at ``start``) instead of from the
    # beginning of the text, which made long claims quadratic.
    first = start
    while first and text[first - 1].isspace():
        first -= 1
    if first and text[first - 1] == ".":
        first -= 1
    while first and text[first - 1] in _ASCII_LETTERS:
        first -= 1
    before = _LABEL_BEFORE.search(text, first, start)
    return before is not None and before[1].casefold() in LABEL_NOUNS


_THAN_OR_OF = re.compile(r"\s+(?:than|of)\b", re.IGNORECASE)
_QUANTITY_DATA = datafiles.load("quantities.yaml")
_ONE_DATA = _QUANTITY_DATA["one"]
_CLOCK = _fast(
    r"\b(?:half|(?:a\s+)?quarter|\d{1,2}\s+minutes?|(?:ten|five|twenty|twenty-five)\s+minutes?)"
    r"\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|noon|midnight)\b(?!\s*(?:percent|per\s+cent|%))",
    re.IGNORECASE,
)
# Idioms whose numbers count nothing ("a dime a dozen", "in one fell swoop")
_IDIOMS = _fast(rf"\b(?:{_alternation(_QUANTITY_DATA['idioms'])})\b", re.IGNORECASE)
_AFTER_BARE_NUMBER = frozenset(w.casefold() for w in _QUANTITY_DATA["after_bare_number"])
_PLURAL_MODIFIERS = frozenset(w.casefold() for w in _QUANTITY_DATA["plural_modifiers"])
_KIND_ADJECTIVES = frozenset(w.casefold() for w in _QUANTITY_DATA["kind_adjectives"])
# "no one", "any one hostage", "the one thing", "number one": "one" does not count here
_ONE_NOT_COUNTING_BEFORE = re.compile(
    rf"\b(?:{_alternation(_ONE_DATA['not_after'])})\s+$", re.IGNORECASE
)
_ONE_NOT_NOUNS = frozenset(w.casefold() for w in _ONE_DATA["not_nouns"])
# "at one point", "on the one hand", "one way or another": idioms, no count
_ONE_NOT_UNITS = frozenset(w.casefold() for w in _ONE_DATA["idiom_nouns"])
_ONE_FRAME_NOUNS = frozenset(w.casefold() for w in _ONE_DATA["frame_nouns"])
_ONE_ALTERNATIVE = re.compile(
    rf"\s+(?:{_alternation(_ONE_DATA['alternative_after'])})\b", re.IGNORECASE
)
# what may stand before a framing "one thing": the clause's start (after a stance frame or a
# linking word), or a copula that is no existential "there is"
_FRAME_OPENING = re.compile(
    r"(?:^|[.,;:!?(\u2014-]|\b(?:and|but|so|well|now|also|as|I\s+think|I\s+guess|I\s+mean))\s*$"
    # after any form of the copula ("have been one factor", "being one strength")
    r"|(?<!\bthere\s)(?<!\bthere)\b(?:is|are|was|were|be|being|'s)\s+$"
    r"|(?<!\bthere\shas\s)(?<!\bthere\shave\s)(?<!\bthere\shad\s)\bbeen\s+$",
    re.IGNORECASE,
)
_DURATION_BEFORE = re.compile(
    r"\b(?:for|in|within|than|only|just|over|about|after|took|lasted|spent|per|of|at|least)\s+$",
    re.IGNORECASE,
)


def _skip_one(match: _Match, unit: _Unit, text: str) -> bool:
    """A spelled-out "one" counts before the noun it counts ("one year", "one small
    paragraph", "at least one nation"), never as a pronoun ("one of", "one can", "no one",
    "one another") nor meaning "some" ("one day we will win")."""
    if (match["num"] or "").casefold() != "one" or match["num2"] or match["scale"]:
        return False
    if unit.unit in ("day", "time") and not _DURATION_BEFORE.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return True  # "one day we will win": "one" means "some" (the codebook)
    after = _WORD.match(text, match.end())
    word = after["word"].casefold() if after else ""
    if word == "of":  # "one of the members": a pronoun picking one out, not a count
        return True
    if _ONE_NOT_COUNTING_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True
    if unit.unit is None or _ONE_ALTERNATIVE.match(text, unit.end):
        return True
    if unit.unit in _ONE_UNITS:
        return False
    if unit.unit in _ONE_FRAME_NOUNS and _FRAME_OPENING.search(
        text, max(0, match.start() - 14), match.start()
    ):
        return True  # "one thing to note is", "that's one option": "one" means "a"
    # a verb after the pronoun "one" ("one needs", "one must"), or an adverb ("one also")
    return (
        word in _ONE_NOT_NOUNS
        or word.endswith("ly")
        or (
            word.endswith("s") and not word.endswith("ss") and word[:1].isalpha() and word.islower()
        )
        or unit.unit in _ONE_NOT_UNITS
    )


# a comma, colon or bracket, or a spaced dash ("One - we cut the tax"), after the number
_SPACED_DASH = re.compile(r"\s+[-–—]\s")
_ENUMERATOR_AFTER = re.compile(rf"\s*[,:)]|{_SPACED_DASH.pattern}")


def _is_enumerator(text: str, match: _Match) -> bool:
    """ "Two, we will scrap the hikes. Three, we will ...": a spelled-out number that opens a
    sentence and is followed by a comma (or a spaced dash) lists points, it counts nothing."""
    number = match["num"] or ""
    if match["num2"] or match["mod"] or match["cur"] or match["scale"] or number[:1].isdigit():
        return False
    start = match.start()
    return (
        _SENTENCE_START_BEFORE.search(text, max(0, start - 3), start) is not None
        and _ENUMERATOR_AFTER.match(text, match.end()) is not None
    )


_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+$", re.IGNORECASE)
# A bare number that a person is or turns, where the clause ends ("until they are 70", "when
# she turned 65,", "I was 12 when we moved"): the codebook's age, in years. Only with a personal
# pronoun (a thing "is 7.2" is no age) and only where no noun or comparison follows ("we were
# 10 behind").
_AGE_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:i|he|she|they|we|you)\s+(?:am|is|are|was|were|(?:will|would|'ll|'d)\s+be)"
    r"|\b(?:i'm|he's|she's|they're|we're|you're|i’m|he’s|she’s|they’re|we’re|you’re)"
    r"|\bturn(?:s|ed|ing)?)\s+$",
    re.IGNORECASE,
)
_AGE_CLAUSE_END = re.compile(
    r"\s*(?:$|[.,;:!?)—–]|-\s|\s(?:when|before|until|till|and|but|so|then|now|or)\b)",
    re.IGNORECASE,
)


def _names_a_label(text: str, match: _Match, unit: _Unit, plural: bool) -> bool:
    """Digits that stand before a singular noun where a count would take the plural ("every
    457 category", "the 1701 model"): a label or part of a name, not a quantity (the
    codebook's numbers inside a label or compound)."""
    if unit.unit is not None or not plural or match["num2"] or match["cur"] or match["scale"]:
        return False
    if not (match["num"] or "")[:1].isdigit():
        return False
    after = _WORD.match(text, match.end())
    if after is None or not after["word"].islower() or not text[match.end()].isspace():
        return False
    lower = after["word"].casefold()
    return not (
        _is_plural(lower)
        or lower in _NOT_UNITS
        or lower in _AFTER_BARE_NUMBER
        or lower in _NUMBERS
        or lower.endswith(("ly", "ing", "ed"))
        or _is_unit_adjective(lower)
        or lower in _SINGULAR_TIME_UNITS
        or lower in _MEASURE_NAMES
    )


_MONTH_AFTER = re.compile(r"\s+(?P<month>[A-Z][A-Za-z]+)\b")
_TWO_DIGITS = re.compile(r"\d\d")


# an apostrophe, and the space a scanned transcript puts after it, before a two-digit year
# ("in ' 83 and ' 84"): the pattern's own look-behind keeps "'83" without the space
_APOSTROPHE_BEFORE = re.compile(r"(?:^|[\s(])['‘’]\s$")


def _is_date_or_year_label(text: str, match: _Match) -> bool:
    """A day of the month ("10 MAY 1995", a header the time rules do not read as a date), or
    a pair of two-digit years ("in 08-09", a financial year): times, no quantity."""
    if match["cur"] or match["scale"] or match["mod"]:
        return False
    num, num2 = match["num"] or "", match["num2"] or ""
    if (
        not num2
        and _TWO_DIGITS.fullmatch(num)
        and _APOSTROPHE_BEFORE.search(text, max(0, match.start() - 4), match.start())
    ):
        return True  # "in ' 86": a year cut to two digits (a time), the space an OCR's
    if not num2:
        month = _MONTH_AFTER.match(text, match.end())
        return (
            month is not None
            and num.isdigit()
            and len(num) <= 2
            and month["month"].casefold() in _MONTH_WORDS
        )
    return (
        _TWO_DIGITS.fullmatch(num) is not None
        and _TWO_DIGITS.fullmatch(num2) is not None
        and not match["scale2"]
        and not match["cur2"]
        and (int(num) + 1) % 100 == int(num2)
        and text[match.end("num") : match.start("num2")] in ("-", "/", "–")
        and not _unit_follows(text, match.end())
    )


def _unit_follows(text: str, pos: int) -> bool:
    """A percent sign or word right after a pair ("10-11 per cent"), or a plural noun."""
    if _PERCENT.match(text, pos) or _POINTS.match(text, pos):
        return True
    word = _WORD.match(text, pos)
    return (
        word is not None and text[pos : pos + 1].isspace() and _is_plural(word["word"].casefold())
    )


# "in three weeks time", "look out 40 years' time": a point that many weeks or years ahead,
# a time only as "two years ago" is (the codebook), unless a word before it makes it a span
# of time ("within three weeks' time", "for two years' time")
_POINT_AHEAD_AFTER = re.compile(r"(?:['’]s?|s?['’])?\s+time\b", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:for|over|within|during|than|of)\s+$", re.IGNORECASE)


def _is_point_ahead(text: str, match: _Match, unit: _Unit) -> bool:
    return (
        unit.unit in _SINGULAR_TIME_UNITS
        and _POINT_AHEAD_AFTER.match(text, unit.end) is not None
        and not _SPAN_BEFORE.search(text, max(0, match.start() - 10), match.start())
        and not match["mod"]
    )


# A page number of a page-broken transcript that a span runs across: digits alone on their
# line ("... demands they save Medicare by\n\n  1\n\n  restoring bulk billing"), furniture
# and no number the claim states
_LINE_START_BEFORE = re.compile(r"\n[ \t]*$")
_LINE_END_AFTER = re.compile(r"[ \t]*\n")


def _is_page_number(text: str, match: _Match) -> bool:
    number = match["num"] or ""
    if match["num2"] or match["mod"] or match["cur"] or match["scale"] or not number.isdigit():
        return False
    start = match.start()
    return (
        _LINE_START_BEFORE.search(text, max(0, start - 12), start) is not None
        and _LINE_END_AFTER.match(text, match.end("num")) is not None
    )


def _from_match(text: str, match: _Match, dollar: str = "USD") -> Quantity | None:
    low = _parse_number(match["num"], match["scale"] or match["scale2"], match["half"])
    high = _parse_number(match["num2"], match["scale2"], match["half2"])
    if low is None or _TIME_OF_DAY.match(text, match.end()) or _is_date_or_year_label(text, match):
        return None
    currency = match["cur"] or match["cur2"]
    plural = high is not None or low != 1
    unit = _unit(text, match.end(), currency, plural, dollar)
    # a modifier ("about", "some") makes it a count: "an issue about 190 countries" is no
    # label as "Issue 190" is
    label = not match["mod"] and _is_label(text, match.start())
    kind = unit.names_a_kind or (
        unit.compound and _INDEFINITE_BEFORE.search(text, max(0, match.start() - 4), match.start())
    )
    if kind or _skip_one(match, unit, text) or label or _is_point_ahead(text, match, unit):
        return None
    if (unit.unit is None or _SPACED_DASH.match(text, match.end())) and _is_enumerator(text, match):
        return None  # a dash ends the number's phrase: the noun after it is no counted noun
    if (
        unit.unit == "percentage_point"
        and low > 100
        and "percent" not in text[match.end() : unit.end].lower()
    ):
        unit = _Unit("point", unit.end)  # "the 700 points", "fell 500 points": no percentage
    if _in_a_name(text, match, unit) or _names_a_label(text, match, unit, plural):
        return None
    if unit.unit is None and (
        _AGE_BEFORE.search(text, max(0, match.start() - 12), match.start())
        or (
            _AGE_SUBJECT_BEFORE.search(text, max(0, match.start() - 16), match.start())
            and _AGE_CLAUSE_END.match(text, match.end())
            and not match["num2"]
            and low != 1  # "they are one and the same"
        )
    ):
        unit = _Unit("year", unit.end)  # "aged 62": the codebook's age, in years
    end = max(unit.end, match.end())
    start = match.start("between") if match["between"] else match.start()
    if match["mod"]:
        start = match.start("mod")
    if high is not None:
        return Quantity(start, end, text[start:end], None, low, high, unit.unit)
    return Quantity(start, end, text[start:end], low, None, None, unit.unit)


def _vague(text: str, match: re.Match[str], dollar: str) -> Quantity:
    of = _AFTER_OF.match(text, match.end())
    unit = _counted_noun(text, of.end(), True) if of else _Unit(None, match.end())
    money = _CURRENCY_AFTER.match(text, of.end() - 1) if of else None
    # "billions of dollars": the currency's code; "millions of dollars a week", "thousands of
    # signatures every week": a rate, as a number's is
    if money:
        unit = _money(_currency_code(money, dollar), text, money.end())
    else:
        unit = _per_period(unit, text)
    return Quantity(
        match.start(), match.end(), text[match.start() : match.end()], None, None, None, unit.unit
    )


_NUMBER_WORDS = frozenset(
    w
    for phrase in [
        *_NUMBERS,
        *_SCALE_WORDS,
        *_LEX["numbers"]["vague"],
        *_LEX["vague_measures"],
        *_LEX["vague_counts"],
        *_LEX["vague_time_counts"],
        "twice",
        "double",
        *_FRACTION_WORDS,
        *_MULTIPLIED_WORDS,
    ]
    for w in phrase.split()
) | frozenset(_TENS.split("|")) - {"a", "an", "of", "many", "few"}
_LOWER_WORDS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


# Words every match of the vague patterns contains ("hundreds of ...", "several degrees"): a
# claim without them skips those scans.
_VAGUE_FIRST = frozenset(p.split()[0] for p in _LEX["numbers"]["vague"])
_OF_MORE = frozenset({"of", "more"})
_VAGUE_COUNT_WORDS = frozenset(
    w for p in [*_LEX["vague_counts"], *_LEX["vague_time_counts"]] for w in p.split()
) - {"a", "of", "more", "quite"}
_VAGUE_MEASURE_WORDS = frozenset(w for p in _LEX["vague_measures"] for w in p.split()) - {
    "a",
    "of",
}


# (a number: the dev gold splits on "the next several days", which keeps its old reading)
_PERIOD_AHEAD = re.compile(r"\bthe\s+(?:next|coming)\s+(?!few\b|several\b)", re.IGNORECASE)


def find_quantities(text: str, dollar: str = "USD") -> list[Quantity]:
    """Every number the text states; offsets relative to ``text``. ``dollar`` is the currency
    that "$" and "dollars" without a country stand for in the document (see
    :func:`document_dollar`)."""
    norm = decode_char_refs(text).translate(NORMALISE)
    if "<" in norm:  # "the four<br />regimes": markup a copy kept is no word
        norm = _MARKUP.sub(lambda tag: " " * len(tag[0]), norm)
    lower = norm.lower()
    lower_words = _LOWER_WORDS.findall(lower)
    # A cheap test that skips the full scan on the many claims without any number.
    if (
        not _DIGIT.search(norm)
        and _NUMBER_WORDS.isdisjoint(lower_words)
        and _FOLD_WORDS.isdisjoint(lower_words)
    ):
        return []
    found: list[Quantity] = (
        _spoken_durations(text, norm) if "couple" in lower or "half" in lower else []
    )
    taken = [(q.char_start, q.char_end) for q in found]
    # "in the next ten years" is a period like "over the next ten years": a duration as well as
    # a time (the codebook's "over the past ten years", both), unlike "in ten years", a point
    taken.extend((s, e) for s, e in time_spans(norm) if not _PERIOD_AHEAD.search(norm, s, e))
    taken.extend((m.start(), m.end()) for m in _IDIOMS.finditer(norm))
    if "past" in lower or " to " in lower:  # "half past 11": a time of day
        taken.extend((m.start(), m.end()) for m in _CLOCK.finditer(norm))

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    # The words gate the vague patterns, unless the text holds "ſ" or "ı", which
    # case-insensitive patterns match as "s" and "i" but lower-casing keeps.
    low_words = None if "ſ" in norm or "ı" in norm else set(lower_words)
    vague = low_words is None or (
        not _VAGUE_FIRST.isdisjoint(low_words) and not _OF_MORE.isdisjoint(low_words)
    )
    for match in _VAGUE.finditer(norm) if vague else ():
        if free(match.start(), match.end()):
            found.append(_vague(text, match, dollar))
            taken.append((match.start(), match.end()))
    measures = low_words is None or not _VAGUE_MEASURE_WORDS.isdisjoint(low_words)
    for match in _VAGUE_MEASURE.finditer(norm) if measures else ():
        measure = _MEASURE.match(norm, match.end())
        if measure and free(match.start(), measure.end()):
            name = _MEASURES[_SPACES.sub(" ", measure["word"].lower())]
            found.append(
                Quantity(
                    match.start(),
                    measure.end(),
                    text[match.start() : measure.end()],
                    None,
                    None,
                    None,
                    name,
                )
            )
    if low_words is None or not _VAGUE_SCALE_WORDS.isdisjoint(low_words):
        for match in _VAGUE_SCALE.finditer(norm):
            if free(match.start(), match.end()):
                scale_unit = _unit(norm, match.end(), None, True, dollar)
                s, e = match.start(), max(match.end(), scale_unit.end)
                found.append(Quantity(s, e, text[s:e], None, None, None, scale_unit.unit))
                taken.append((s, e))
    if low_words is None or not _VAGUE_COUNT_WORDS.isdisjoint(low_words):
        for match in _VAGUE_COUNT.finditer(norm):
            quantity = _vague_count(text, norm, match)
            if quantity and free(quantity.char_start, quantity.char_end):
                found.append(quantity)
                taken.append((quantity.char_start, quantity.char_end))
    if low_words is None or not _FRACTION_WORDS.isdisjoint(low_words):
        for match in _FRACTION.finditer(norm):
            quantity = _fraction(text, norm, match, dollar)
            if free(quantity.char_start, quantity.char_end):
                found.append(quantity)
                taken.append((quantity.char_start, quantity.char_end))
    if " in " in lower or " out of " in lower:
        for match in _PROPORTION.finditer(norm):
            a, b = _parse_number(match["a"], None), _parse_number(match["b"], None)
            if a is not None and b and a < b and free(match.start(), match.end()):
                s, e = match.start(), match.end()
                found.append(Quantity(s, e, text[s:e], a / b, None, None, "fraction"))
                taken.append((s, e))
    if low_words is None or not _MULTIPLIED_WORDS.isdisjoint(low_words):
        for match in _MULTIPLIED.finditer(norm):
            s, e = match.start(), match.end()
            value = _MULTIPLES[match["verb"].casefold()]
            if free(s, e):
                found.append(Quantity(s, e, text[s:e], value, None, None, "times"))
    if low_words is None or not _FOLD_WORDS.isdisjoint(low_words) or "fold" in lower:
        for match in _FOLD.finditer(norm):
            multiple = _parse_number(match["n"], None)
            if multiple is not None and free(match.start(), match.end()):
                s, e = match.start(), match.end()
                found.append(Quantity(s, e, text[s:e], multiple, None, None, "times"))
                taken.append((s, e))
    if low_words is None or "double" in low_words:
        for match in _DOUBLE.finditer(norm):
            s, e = match.start("double"), match.end("double")
            if free(s, e):
                found.append(Quantity(s, e, text[s:e], 2.0, None, None, "times"))
    if low_words is None or "twice" in low_words:
        for match in _TWICE.finditer(norm):
            if free(match.start(), match.end()):
                s, e = match.start(), match.start() + len("twice")
                found.append(
                    Quantity(
                        s, e, text[s:e], 2.0, None, None, "times" if match["multiple"] else "time"
                    )
                )
    digit_runs = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(norm)]
    matches: Iterable[_Match]
    if _QUANTITY_ASCII is not None and norm.isascii():
        matches = (CasedMatch(m, norm) for m in _QUANTITY_ASCII.finditer(lower))
    else:
        matches = _QUANTITY.finditer(norm)
    for number in matches:
        if not free(number.start("num"), number.end()) or _in_digit_run(digit_runs, number):
            continue
        if _is_letter_code(number) or _is_mixed_name(norm, number):
            continue
        if _is_page_number(text, number):
            continue
        quantity = _from_match(norm, number, dollar)
        # "from 39 to 33 per cent" and "rose 5 and then 6" are two values, not a range
        if quantity is not None and (_is_change(norm, quantity) or _is_pair(norm, number)):
            for part in _change(text, quantity, number):
                unit = part.unit or _implied_unit(norm, part.char_start, found)
                s, e = part.char_start, part.char_end
                found.append(Quantity(s, e, part.text, part.value, None, None, unit))
            continue
        if quantity is not None and _is_tally(quantity):
            if number["cur"] or number["scale"]:  # "$2.5 billion to one of surplus"
                found.append(_change(text, quantity, number)[0])
            else:  # "won 3-1": two quantities
                found.extend(_tally(text, norm, number))
            continue
        if quantity is not None:
            s, e = quantity.char_start, quantity.char_end
            unit = quantity.unit or _implied_unit(norm, s, found)
            if unit in _MEASURED and number["scale"]:
                # "climbed 61% to 3.3 billion": a share is no number of millions; the scaled
                # number counts what the claim leaves unnamed
                unit = None
            found.append(
                Quantity(
                    s, e, text[s:e], quantity.value, quantity.value_low, quantity.value_high, unit
                )
            )
    return _share_list_units(norm, sorted(found, key=lambda q: q.char_start))


def _is_letter_code(number: _Match) -> bool:
    """Digits with a capital letter joined to them and no currency sign: a code ("Module 2B",
    "Form 3K", "Lead 2B" as a speaker's label), not the press's "2B" for billion, which writes
    its currency ("$2B") or a lower-case letter ("5m people")."""
    scale = number["scale"] or ""
    return len(scale) == 1 and scale.isupper() and not number["cur"]


def _is_mixed_name(text: str, number: _Match) -> bool:
    """Digits joined by a bare hyphen to a capitalised number word ("7-Eleven"): a name, which
    no speaker writes for a range (the codebook's numbers inside a name are no quantities);
    ranges keep one writing ("7-11", "seven to eleven")."""
    num, num2 = number["num"] or "", number["num2"] or ""
    return (
        num[:1].isdigit()
        and num2[:1].isupper()
        and text[number.end("num") : number.start("num2")] == "-"
    )


# "40, 50, 60 years", "24, 48 hours", "five, or six, countries": the bare members of a list of
# numbers take the unit the last member names
# a suspended hyphen ("the 13- and 26-week bills", "10-, 20- or 30-year bonds") leaves the
# unit to the last member too
_LIST_GAP = re.compile(r"\s*,\s*(?:or\s+)?|\s+or\s+|-\s*(?:,\s*|\s+(?:and|or|to)\s+)")


def _share_list_units(text: str, found: list[Quantity]) -> list[Quantity]:
    for i in range(len(found) - 2, -1, -1):
        q, following = found[i], found[i + 1]
        if (
            q.unit is None
            and following.unit
            and q.value is not None
            and following.value_low is None
            and _LIST_GAP.fullmatch(text, q.char_end, following.char_start)
            and (
                text[following.char_start].isdigit() == text[q.char_start].isdigit()
                # a spoken list mixes words and digits ("three, five, 10 years"): a member
                # that itself follows a member of the list is one
                or _is_list_member(text, found, i)
            )
        ):
            found[i] = Quantity(
                q.char_start, q.char_end, q.text, q.value, None, None, following.unit
            )
    return found


def _is_list_member(text: str, found: list[Quantity], i: int) -> bool:
    """Whether ``found[i]`` follows another bare number of its list ("three, five")."""
    if i == 0:
        return False
    before = found[i - 1]
    return (
        before.unit is None
        and before.value is not None
        and _LIST_GAP.fullmatch(text, before.char_end, found[i].char_start) is not None
    )


_MARKUP = re.compile(r"</?(?:br|p)\s*/?>", re.IGNORECASE)
_DIGIT_RUN = re.compile(
    r"(?<![\d,.])\d{2,}(?:\s\d{2,}){2,}(?![\d,.])"
    # "1-800-555-0199", "202.456.1111": three or more groups joined by hyphens or dots
    r"|(?<![\d,.-])\d{1,4}(?:-\d{2,4}){2,}(?![\d-])|(?<![\d,.])\d{3}\.\d{3}\.\d{4}(?!\d)"
)


def _in_digit_run(runs: list[tuple[int, int]], number: _Match) -> bool:
    """A number in a run of three or more digit groups apart by spaces ("0417 141 676"): a
    phone number or reference, no quantity. ``runs`` are the text's runs, found once."""
    start = number.start("num")
    return any(s <= start < e for s, e in runs)


def _is_tally(quantity: Quantity) -> bool:
    """A pair whose second number is smaller ("won 3-1", "a 7 to 2 ruling"): no range runs
    downwards, so it is a score or a vote."""
    high, low = quantity.value_high, quantity.value_low
    return high is not None and low is not None and high < low


def _tally(text: str, norm: str, number: _Match) -> list[Quantity]:
    """The two numbers of a score ("3-1"), each a quantity of its own with no unit."""
    out = []
    for group in ("num", "num2"):
        s, e = number.start(group), number.end(group)
        value = _parse_number(norm[s:e], None)
        out.append(Quantity(s, e, text[s:e], value, None, None, None))
    return out


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_AND = re.compile(r"\band\b", re.IGNORECASE)
_RANGE_FROM_BEFORE = re.compile(
    r"\b(?:range[sd]?|ranging|anywhere|vary|varies|varied|varying)\s+from\s+$", re.IGNORECASE
)


def _is_pair(norm: str, number: _Match) -> bool:
    """Two numbers joined by "and" without "between" ("another 6 per cent, 3 and 3"): two
    quantities; only "between 5 and 10" is a range (the codebook)."""
    if not number["num2"] or number["between"]:
        return False
    first_end = max(number.end(g) for g in ("num", "half", "scale") if number[g])
    second = number.start("cur2") if number["cur2"] else number.start("num2")
    return _AND.search(norm, first_end, second) is not None


def _is_change(norm: str, quantity: Quantity) -> bool:
    """ "rose from 13,000 to 18,000": a change from one value to another, not a range (the
    codebook's ranges are "between 5 and 10", "5 to 10")."""
    return (
        quantity.value_low is not None
        and quantity.value_high is not None
        and _FROM_BEFORE.search(norm, max(0, quantity.char_start - 8), quantity.char_start)
        is not None
        # "could range from 40 to 70", "anywhere from 5 to 10": the span of one value
        and _RANGE_FROM_BEFORE.search(norm, max(0, quantity.char_start - 20), quantity.char_start)
        is None
    )


def _change(text: str, quantity: Quantity, number: _Match) -> list[Quantity]:
    """The two values of a change, each a quantity with the range's unit."""
    s, e = quantity.char_start, quantity.char_end
    middle = max(number.end(g) for g in ("num", "half", "scale") if number[g])
    middle += text.startswith("%", middle)  # "5% and 6%": the first keeps its sign
    second = number.start("cur2") if number["cur2"] else number.start("num2")
    unit = quantity.unit
    return [
        Quantity(s, middle, text[s:middle], quantity.value_low, None, None, unit),
        Quantity(second, e, text[second:e], quantity.value_high, None, None, unit),
    ]


def _fraction(text: str, norm: str, match: re.Match[str], dollar: str = "USD") -> Quantity:
    """ "half" and "two thirds of" (unit ``fraction``); a fraction of a percent or a point
    ("three tenths of a percent": 0.3 ``percent``, "half a percentage point"), of a scale ("a
    quarter of a billion dollars", "half a million people", "the half billion dollar fund"),
    or of a unit of time ("half an hour")."""
    s, e = match.start(), match.end()
    unit: str | None
    part = match["part"] or match["parts"] or match["by_part"]
    if part:
        words = re.split(r"[\s-]+", part.casefold())
        numerator = 1 if words[0] in ("a", "one") else _NUMBERS.get(words[0], 1)
        value, unit = numerator / _DENOMINATORS[singular(words[-1])], "fraction"
        of = _OF_A_MEASURE.match(norm, e)
        if of and of["scale"]:  # "a quarter of a billion dollars"
            value *= _SCALES[of["scale"].casefold()]
            counted = _unit(norm, of.end(), None, True, dollar)
            unit, e = counted.unit, max(of.end(), counted.end)
        elif of:
            unit = "percentage_point" if of["points"] else "percent"
            e = of.end()
    elif match["of"] and _POINT_WORDS.match(match["of"]):  # "half a percentage point"
        value, unit = 0.5, "percentage_point"
    elif match["of"] and _PERCENT_WORDS.match(match["of"]):  # "half a percent"
        value, unit = 0.5, "percent"
    elif match["of"] and match["of"].casefold() in _HALF_OF:  # "half a million people"
        counted = _unit(norm, e, None, True, dollar)
        value, unit = 0.5 * _HALF_OF[match["of"].casefold()], counted.unit
        e = max(e, counted.end)
    elif match["of"]:  # "half an hour"
        value, unit = 0.5, singular(match["of"].casefold())
    else:
        value, unit = 0.5, "fraction"
    return Quantity(s, e, text[s:e], value, None, None, unit)


def _vague_count(text: str, norm: str, match: re.Match[str]) -> Quantity | None:
    """ "several years", "a few more months": no value, the unit of time as unit; None
    before anything else ("a few reasons", "several key cities" are no magnitude the
    reference annotation counts)."""
    unit = _counted_noun(norm, match.end(), True)
    if unit.unit not in _SINGULAR_TIME_UNITS:
        return None
    if (match["time"] or "").casefold() == "many" and unit.unit in _LONG_WHILE_UNITS:
        return None
    return Quantity(
        match.start(), unit.end, text[match.start() : unit.end], None, None, None, unit.unit
    )


# Durations said aloud: "a year and a half", "an hour and a half" (1.5 of the unit), "the last
# couple months", "over the next couple of years" (2). The codebook makes a duration that also
# places the claim in time both a quantity and a time, so these are read before the time
# spans are set aside; "a couple of years ago" stays a time only ("N years ago", Settled in
# practice).
_SPOKEN_DURATION = _fast(
    rf"\b(?:(?:a\s+)?couple(?:\s+of)?\s+(?P<units>{_alternation(_LEX['time_units'])})"
    rf"|(?:a|an|one)\s+(?P<unit>{_alternation(sorted(_SINGULAR_TIME_UNITS))})\s+and\s+a\s+half)\b",
    re.IGNORECASE,
)


def _spoken_durations(text: str, norm: str) -> list[Quantity]:
    found = []
    for match in _SPOKEN_DURATION.finditer(norm):
        if _NOT_A_RATE.match(norm, match.end()):
            continue
        unit = singular((match["units"] or match["unit"]).casefold())
        value = 2.0 if match["units"] else 1.5
        s, e = match.start(), match.end()
        found.append(Quantity(s, e, text[s:e], value, None, None, unit))
    return found


_DOLLAR_COUNTRIES: dict[str, re.Pattern[str]] = {
    # "the US dollar" names a currency, not the country a document is about
    code: re.compile(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)(?!\s+dollars?\b)")
    for code, names in _LEX["currency"]["dollar_countries"].items()
}


@lru_cache(maxsize=4)
def document_dollar(document: str, publisher: str | None = None) -> str:
    """The currency a bare "$" stands for in a document: the dollar of the one dollar-using
    country its publisher names ("Department of the Prime Minister and Cabinet (Australia)"),
    since a government or broadcaster counts in its own dollar even while the talk is about
    Washington; else the dollar of the country the document names most (the codebook decides
    quantities "from the claim's own text and the document"), the US dollar when none is
    named more than the United States."""
    if publisher:
        named = [code for code, pattern in _DOLLAR_COUNTRIES.items() if pattern.search(publisher)]
        if len(named) == 1:
            return named[0]
    counts = {code: len(pattern.findall(document)) for code, pattern in _DOLLAR_COUNTRIES.items()}
    best = max(counts, key=lambda code: (counts[code], code == "USD"))
    if best != "USD" and _american_spelling(document):
        return "USD"  # an American publisher's text about Australia still writes its own dollar
    return best if counts[best] > counts.get("USD", 0) else "USD"


_SPELLINGS = {
    variety: re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
    for variety, words in _LEX["currency"]["spellings"].items()
}


def _american_spelling(document: str) -> bool:
    """The document spells as American publishers do ("percent", "defense", "center"), by a
    clear margin over the Commonwealth spellings ("per cent", "defence", "centre")."""
    american = len(_SPELLINGS["american"].findall(document))
    commonwealth = len(_SPELLINGS["commonwealth"].findall(document))
    return american >= 3 and american >= 3 * commonwealth


_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


_MONEY_CODES = frozenset(_CURRENCY_WORDS.values()) | frozenset(_CURRENCY_SYMBOLS.values())
# a number with its scale word ("3 million", "1.5bn", "two billion"; the lexicon's scales hold
# the abbreviations)
_SCALED_NUMBER = re.compile(rf"[\w.,]+\s*(?:{_alternation(list(_SCALES))})\b", re.IGNORECASE)


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+|\d{4,}(?![\d,])")
_HYPHENATED_MODIFIER = re.compile(r"[\w.]+-[^\W\d_]+")


def _implied_unit(text: str, start: int, found: list[Quantity]) -> str | None:
    """The unit of a bare number from what the claim counted before it ("over 100,000
    vacancies, including roughly 40,000 in nursing"; "the number of routes ... to 54")."""
    if _ARTICLE_BEFORE.search(text, max(0, start - 3), start):
        return None  # "a 200 million cut": the number measures the noun after it, no count
    # a hyphenated number-unit modifier ("three-month average job growth") measures the noun
    # it modifies, which is what a later bare number counts: it lends no unit (the codebook's
    # unit comes from the claim's own words for that number, or is null)
    before = [
        q
        for q in found
        if q.char_end <= start and q.unit and not _HYPHENATED_MODIFIER.fullmatch(q.text)
    ]
    # a count lends its unit before a duration does ("100,000 unemployed people, unemployed
    # more than 12 months, 100,000 back to work"); a duration alone lends it ("over the last
    # couple of days, as over the next two")
    counts = [q for q in before if q.unit not in _SINGULAR_TIME_UNITS]
    before = counts or before
    lender = max(before, key=lambda q: q.char_end) if before else None
    # an amount of money is written with its currency or its scale ("$5 million and 3 million
    # more"); a bare count after it counts something else ("$10 million for seven Science
    # Centres", "some 30 of those"): the codebook's unit comes from the number's own words, or
    # is null
    if (
        lender
        and lender.unit
        and lender.unit.split("_per_")[0] in _MONEY_CODES
        and not _SCALED_NUMBER.match(text, start)
    ):
        lender = None
    # a duration lends its unit to a small bare number ("the last couple of days, as the next
    # two"), never to a count in the thousands ("a contract of six years to run, a settlement
    # of 400,000"), which no speaker gives as a number of years or days
    if (
        lender
        and lender.unit in _SINGULAR_TIME_UNITS
        and (_THOUSANDS.match(text, start) or _SCALED_NUMBER.match(text, start))
    ):
        lender = None
    counted = list(_NUMBER_OF.finditer(text, 0, start))
    # the nearer of the two lends: "the two main paragraphs ... the number of casualties ...
    # is 2,000" counts casualties
    if counted and (lender is None or counted[-1].start() > lender.char_end):
        return _counted_noun(text, counted[-1].start("noun"), True).unit
    return lender.unit if lender else None
