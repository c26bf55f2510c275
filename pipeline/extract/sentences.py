"""Sentence and clause splitting with a small hand-written lexicon, no model.

Everything works on offsets into one text (``text[start:end]``), never on copies, so spans
map straight back to document offsets. The lexicon lives in ``data/splitting.yaml`` and is
compiled once at import: a sentence is scanned once for boundaries and tokenised once for
clause decisions, which keeps the extractor far faster than a statistical pipeline.

A claim span is one sentence, or one independent clause of a sentence that joins several
with ``and``/``but``/``so``/``yet``, a semicolon, a dash or a bare comma (see
``claim-guidelines.md``). An independent clause is recognised by its opening: optional
adverbs, a subject (pronoun, noun phrase or proper name), then a finite verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data" / "splitting.yaml"

_APOS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@cache
def lexicon() -> dict[str, Any]:
    """The splitting lexicon, read once."""
    with DATA.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).translate(_APOS) for w in lexicon()[key])


def _regex_source(pattern: str) -> str:
    """A lexicon regex made tolerant of curly apostrophes and any run of spaces."""
    return pattern.replace("'", "['’]").replace(" ", r"\s+")


def _inflections(base: str) -> set[str]:
    """Third-person singular and past forms of a regular verb (over-generating is fine)."""
    forms = set()
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.add(base + "d")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ied")
    else:
        forms.add(base + "ed")
        if (
            len(base) >= 3
            and base[-1] not in "aeiouwxy"
            and base[-2] in "aeiou"
            and base[-3] not in "aeiou"
        ):
            forms.add(base + base[-1] + "ed")
    return forms


ABBR_NEVER = _words("abbreviations_never_final")
ABBR_NUMBER = _words("abbreviations_before_number")
ABBR_MAYBE = _words("abbreviations_maybe_final")
STARTERS = _words("sentence_starters")
SUBJECTS = _words("subject_pronouns")
CONTRACTION_STEMS = _words("contraction_stems")
AUX = _words("auxiliaries")
DETERMINERS = _words("determiners")
NON_NOMINAL = _words("non_nominal") | {"including", "especially", "particularly"}
SUBORDINATORS = _words("subordinators")
SUBORDINATOR_PHRASES = tuple(
    tuple(str(p).split()) for p in lexicon()["subordinator_phrases"]
)
STANCE_VERBS = _words("stance_verbs")
ADVERBS = _words("clause_adverbs")
REPORTING = _words("reporting_verbs")
IRREGULAR_PAST = _words("irregular_past")
ED_NOT_VERBS = _words("ed_not_verbs")
VERB_BASES = _words("verbs")
VERB_FORMS = frozenset(f for b in VERB_BASES for f in _inflections(b)) | IRREGULAR_PAST
PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they", "these", "those", "many", "most",
                             "some", "few", "several", "all", "both", "others", "who"})
FUNCTION_WORDS = (
    SUBJECTS | AUX | DETERMINERS | NON_NOMINAL | SUBORDINATORS | ADVERBS
    | frozenset({"us", "them", "him", "me", "it", "be", "been", "being", "not", "of", "'s"})
)
JOINERS = frozenset({"and", "but", "so", "yet"})
STRONG_JOINERS = frozenset({"but", "so", "yet"})
DASHES = frozenset({"—", "–", "-", "―"})
QUOTE_OPENERS = tuple(lexicon()["quote_openers"])


def _compile_alternation(patterns: list[str], tail: str) -> re.Pattern[str]:
    body = "|".join(f"(?:{_regex_source(p)})" for p in patterns)
    return re.compile(rf"(?:{body}){tail}", re.IGNORECASE)


def _linker_regex() -> re.Pattern[str]:
    parts = []
    for entry in sorted(lexicon()["linking_words"], key=len, reverse=True):
        if entry.endswith(","):
            parts.append(rf"{_regex_source(entry[:-1])}\b\s*,")
        else:
            parts.append(rf"{_regex_source(entry)}\b(?:\s*,)?")
    return re.compile(rf"(?:{'|'.join(parts)})\s+", re.IGNORECASE)


LINKER_RE = _linker_regex()
FRAME_RE = _compile_alternation(lexicon()["discourse_frames"], r"\s*")
NOT_CLAIM_RE = _compile_alternation(lexicon()["not_claims"], "")
COLON_FRAME_MAX_WORDS = int(lexicon()["colon_frame_max_words"])

TOKEN_RE = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")
_TERMINATOR_RE = re.compile(r"(?:\.{2,}|…|[.!?]+)[\"”’')\]»]*(?=\s|\Z)")
_TRAILING = frozenset(".,;:!…—–-―•*·")
_CLOSERS = frozenset("\"”’')]»")
_OPENERS = frozenset("\"“‘'([«")
_QUOTE_PAIR_RE = re.compile(r"“[^“”\n]{0,600}”|\"[^\"\n]{0,600}\"")


# ---------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Double-quoted stretches of a paragraph, unless one quote wraps nearly all of it."""
    if '"' not in text[start:end] and "“" not in text[start:end]:
        return []
    regions = [m.span() for m in _QUOTE_PAIR_RE.finditer(text, start, end)]
    return [(s, e) for s, e in regions if (e - s) < 0.9 * (end - start)]


def _next_word(text: str, pos: int, end: int) -> str:
    """The word starting at the first non-space character at or after ``pos``."""
    while pos < end and (text[pos].isspace() or text[pos] in _OPENERS):
        pos += 1
    stop = pos
    while stop < end and (text[stop].isalnum() or text[stop] in "'’-"):
        stop += 1
    return text[pos:stop]


def _word_before(text: str, start: int, dot: int) -> str:
    pos = dot
    while pos > start and not text[pos - 1].isspace() and text[pos - 1] not in _OPENERS:
        pos -= 1
    return text[pos:dot]


def _period_ends_sentence(text: str, start: int, dot: int, after: int, end: int) -> bool:
    word = _word_before(text, start, dot)
    low = word.lower().translate(_APOS)
    following = _next_word(text, after, end)
    if not following:
        return after >= end or not text[after:end].strip()[:1].isalnum()
    if following[0].islower():
        return False
    starter = following.lower() in STARTERS
    if low in ABBR_NEVER:
        return False
    if low in ABBR_NUMBER and following[0].isdigit():
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return starter  # an initial ("Edie N. Goldenberg")
    if low in ABBR_MAYBE or ("." in low and low.replace(".", "").isalpha()):
        return starter
    return True


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as spans including their final punctuation."""
    quotes = _quote_regions(text, start, end)
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _TERMINATOR_RE.finditer(text, start, end):
        mark, after = match.start(), match.end()
        if any(qs < mark and after < qe for qs, qe in quotes):
            continue
        if text[mark] == ".":
            if match.group().startswith(".."):
                following = _next_word(text, after, end)
                if following and not following[0].isupper():
                    continue
            elif not _period_ends_sentence(text, cursor, mark, after, end):
                continue
        else:
            following = _next_word(text, after, end)
            if following and following[0].islower():
                continue
        _append(spans, text, cursor, after)
        cursor = after
    _append(spans, text, cursor, end)
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def is_question(text: str, start: int, end: int) -> bool:
    """Whether the sentence ends with a question mark (closing quotes aside)."""
    pos = end
    while pos > start and (text[pos - 1] in _CLOSERS or text[pos - 1].isspace()):
        pos -= 1
    return pos > start and text[pos - 1] in "?？"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, final punctuation and stray leading punctuation from a span."""
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and text[end - 1] in _TRAILING:
            end -= 1
            continue
        if (
            end - 1 > start
            and text[end - 1] in _CLOSERS
            and text[end - 2] in ".!?…,;:"
        ):
            end -= 2
            continue
        break
    while start < end and (text[start].isspace() or text[start] in "—–-―•*·,;:…)]"):
        start += 1
    return start, end


# ---------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark: document offsets, the lowercased form, and its case."""

    start: int
    end: int
    low: str
    cap: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words (with inner apostrophes, hyphens and dots) and single punctuation marks."""
    return [
        Token(m.start(), m.end(), m.group().lower().translate(_APOS), m.group()[0].isupper())
        for m in TOKEN_RE.finditer(text, start, end)
    ]


def _is_contraction(low: str) -> bool:
    """A pronoun with a contracted verb: "it's", "we've", "there'll"."""
    stem, apos, rest = low.partition("'")
    return bool(apos) and rest in {"s", "re", "ve", "d", "ll", "m"} and stem in CONTRACTION_STEMS


def _is_word(tok: Token) -> bool:
    return tok.low[:1].isalnum()


def _is_finite(tok: Token, plural_subject: bool) -> bool:
    """Whether a token in verb position is a finite verb."""
    low = tok.low
    if low in AUX or low in VERB_FORMS or _is_contraction(low):
        return True
    if plural_subject and low in VERB_BASES:
        return True
    return (
        len(low) >= 5 and low.endswith("ed") and low not in ED_NOT_VERBS and low.isalpha()
    )


def _skip_adverbs(tokens: list[Token], i: int, limit: int) -> int:
    while i < limit and tokens[i].low in ADVERBS and tokens[i].low not in {"all", "both"}:
        i += 1
        if i < limit and tokens[i].low == ",":
            i += 1
    return i


def _subordinate_phrase(tokens: list[Token], i: int, limit: int) -> bool:
    for phrase in SUBORDINATOR_PHRASES:
        n = len(phrase)
        if i + n <= limit and all(tokens[i + k].low == phrase[k] for k in range(n)):
            return True
    return False


def opens_subordinate(tokens: list[Token], i: int, limit: int) -> bool:
    """Whether a subordinate clause starts at token ``i``."""
    return tokens[i].low in SUBORDINATORS or _subordinate_phrase(tokens, i, limit)


def clause_start(tokens: list[Token], i: int, limit: int) -> int:
    """If an independent clause (subject + finite verb) starts at ``i``, the index of its
    finite verb; otherwise -1. Leading adverbs are allowed ("instead it has ...")."""
    j = _skip_adverbs(tokens, i, limit)
    if j >= limit or not _is_word(tokens[j]) or opens_subordinate(tokens, j, limit):
        if j < limit and tokens[j].low == "that" and j + 1 < limit:
            return _verb_after(tokens, j + 1, limit, False)  # demonstrative "that"
        return -1
    first = tokens[j]
    if _is_contraction(first.low):
        return j
    if first.low in SUBJECTS:
        verb = _verb_after(tokens, j + 1, limit, first.low in PLURAL_PRONOUNS)
        if verb >= 0 or first.low not in DETERMINERS:
            return verb
    return _noun_phrase_then_verb(tokens, j, limit)


def _verb_after(tokens: list[Token], j: int, limit: int, plural: bool) -> int:
    j = _skip_adverbs(tokens, j, limit)
    if j < limit and _is_finite(tokens[j], plural):
        return j
    return -1


def _noun_phrase_then_verb(tokens: list[Token], j: int, limit: int) -> int:
    """A subject noun phrase (up to a few words, "of" and possessives allowed) and a verb."""
    size = 0
    if tokens[j].low in DETERMINERS:
        j += 1
    while j < limit and size < 8:
        tok = tokens[j]
        if tok.low == "%" or tok.low == "of" or tok.low == "'s":
            j += 1
            continue
        if not _is_word(tok) or tok.low in NON_NOMINAL or tok.low in AUX:
            break
        if size and _is_finite(tok, tokens[j - 1].low.endswith("s")):
            return j
        if tok.low.endswith("ing") and size:
            return -1
        size += 1
        j += 1
    if size and j < limit:
        return _verb_after(tokens, j, limit, tokens[j - 1].low.endswith("s"))
    return -1


def has_finite_verb(tokens: list[Token], start: int = 0, limit: int | None = None) -> bool:
    """Whether the tokens contain a finite verb of their own (fragments have none)."""
    limit = len(tokens) if limit is None else limit
    for i in range(start, limit):
        if _finite_in_context(tokens, i, start):
            return True
    return False


def _finite_in_context(tokens: list[Token], i: int, start: int) -> bool:
    tok = tokens[i]
    low = tok.low
    prev = tokens[i - 1].low if i > start else ""
    if prev == "to":
        return False
    if low in AUX or _is_contraction(low):
        return low not in {"'s", "'d"}
    if low in VERB_FORMS or (
        len(low) >= 5 and low.endswith("ed") and low not in ED_NOT_VERBS and low.isalpha()
    ):
        return i > start and _nominal_before(tokens, i, start)
    if low in VERB_BASES:
        if i == start:
            return True  # imperative
        k = i - 1
        while k > start and tokens[k].low in ADVERBS:
            k -= 1
        return tokens[k].low in PLURAL_PRONOUNS or tokens[k].low.endswith("s") and (
            tokens[k].low not in FUNCTION_WORDS
        )
    return False


def _nominal_before(tokens: list[Token], i: int, start: int) -> bool:
    k = i - 1
    while k > start and tokens[k].low in ADVERBS:
        k -= 1
    prev = tokens[k]
    if prev.low in SUBJECTS or prev.low in {"who", "which", "that"}:
        return True
    return (
        _is_word(prev)
        and prev.low not in DETERMINERS
        and prev.low not in NON_NOMINAL
        and prev.low not in AUX
        and not prev.low.endswith("ing")
        and prev.low not in VERB_FORMS
    )


def content_words(tokens: list[Token]) -> set[str]:
    """Lowercased words that carry content (for the "only repeats its neighbour" test)."""
    return {t.low for t in tokens if _is_word(t) and t.low not in FUNCTION_WORDS}
