"""Sentence and clause splitting with a small hand-written lexicon, no model.

Everything works on offsets into one text (``text[start:end]``), never on copies, so spans
map straight back to document offsets. The lexicon lives in ``data/splitting.yaml`` and is
compiled once at import. A sentence is scanned once for boundaries; it is tokenised only
when it may join clauses (or when a cheap auxiliary test cannot settle that it has a verb),
and each joiner's right side is tested before the left side's state is brought up to date,
so the work stays linear in the text.

A claim span is one sentence, or one independent clause of a sentence that joins several
with ``and``/``but``/``so``/``yet``, a semicolon, a colon, a dash or a bare comma (see
``claim-guidelines.md``). An independent clause is recognised by its opening: optional
adverbs, a subject (pronoun, noun phrase or proper name), then a finite verb.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, NamedTuple

from lemminflect import getAllInflections, getAllLemmas

from pipeline.extract import datafiles
from pipeline.extract.regexes import ascii_variant, longest_first, with_first_chars
from pipeline.extract.vocabulary import CHAR_REF, MARKUP_TAG, MARKUP_TAG_RE, apostrophes

_APOS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def lexicon() -> dict[str, Any]:
    """The splitting lexicon, read once."""
    return datafiles.load("splitting.yaml")


def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).translate(_APOS) for w in lexicon()[key])


def _regex_source(pattern: str) -> str:
    """A lexicon regex made tolerant of curly apostrophes and any run of spaces."""
    return apostrophes(pattern).replace(" ", r"\s+")


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
CONTRACTIONS = frozenset(
    f"{stem}'{suffix}" for stem in CONTRACTION_STEMS for suffix in ("s", "re", "ve", "d", "ll", "m")
)
AUX = _words("auxiliaries")
DETERMINERS = _words("determiners")
NON_NOMINAL = _words("non_nominal")
SUBORDINATORS = _words("subordinators")


def _phrases(key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word phrases indexed by their first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon()[key]:
        words = tuple(str(phrase).translate(_APOS).split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


SUBORDINATOR_PHRASES = _phrases("subordinator_phrases")
ADVERBIAL_PHRASES = _phrases("adverbial_phrases")
COMPLEX_PREPOSITIONS = _phrases("complex_prepositions")
STANCE_VERBS = _words("stance_verbs")
CLAUSE_STANCE_VERBS = _words("clause_stance_verbs")
COMPLEMENT_VERBS = frozenset(
    f for b in _words("complement_verbs") | CLAUSE_STANCE_VERBS for f in _inflections(b) | {b}
)
# The listed adverbs, and every "-ly" word lemminflect knows only as an adverb
# ("completely", "firmly"), added by :func:`learn` when the tokenizer first meets it.
ADVERBS: set[str] = set(_words("clause_adverbs"))
REPORTING = _words("reporting_verbs")
IRREGULAR_PAST = _words("irregular_past")
ED_NOT_VERBS = _words("ed_not_verbs")
QUANTITY_HEADS = _words("quantity_heads")
_LISTED_BASES = _words("verbs")
_LISTED_FORMS = frozenset(f for b in _LISTED_BASES for f in _inflections(b)) | IRREGULAR_PAST


# Every English verb: the listed ones, and any other word that lemminflect's English lexicon
# (shipped in its wheel) knows as a verb form: past and third-person forms ("reopened",
# "squashes") in VERB_FORMS, base forms ("reopen") in VERB_BASES. A word that may also be a
# noun or an adjective counts only when listed: the rules tell those apart by context only
# for the listed verbs. Each word is looked up once, when :func:`tokenize` first meets it
# (:func:`learn`), so the rules test membership in plain sets.
VERB_BASES: set[str] = set(_LISTED_BASES)
VERB_FORMS: set[str] = set(_LISTED_FORMS)
LOOKED_UP: set[str] = set(_LISTED_BASES | _LISTED_FORMS)
_FINITE_TAGS = ("VBD", "VBZ")
_BASE_TAGS = ("VB", "VBP")


def learn(word: str) -> None:
    """Add a lowercased word to the verb sets if lemminflect knows it as a verb form (and
    never as a noun or an adjective)."""
    LOOKED_UP.add(word)
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return
    readings = getAllLemmas(word)
    if word.endswith("ly") and readings.keys() == {"ADV"}:
        ADVERBS.add(word)  # "we completely believe": not "supply", "early", "family"
        return
    if "NOUN" in readings or "ADJ" in readings:
        return  # "clubs", "open": which one it is here, only the listed verbs decide
    for lemma in readings.get("VERB", ()):
        forms = getAllInflections(lemma, upos="VERB")
        if any(word in forms.get(tag, ()) for tag in _FINITE_TAGS):
            VERB_FORMS.add(word)
        if any(word in forms.get(tag, ()) for tag in _BASE_TAGS):
            VERB_BASES.add(word)


@cache
def only_a_verb(word: str) -> bool:
    """Whether lemminflect's lexicon knows the word as a verb and never as a noun or an
    adjective ("imagine", not "look" or "open")."""
    readings = getAllLemmas(word)
    return "VERB" in readings and "NOUN" not in readings and "ADJ" not in readings


@cache
def may_be_verb(word: str) -> bool:
    """Whether the word may be a verb form at all ("counter", "challenge"), whatever else
    lemminflect's lexicon knows it as."""
    return word in VERB_BASES or "VERB" in getAllLemmas(word)


RELATIVES = _words("relatives")
WH_RELATIVES = _words("wh_relatives")
PREPOSITIONS = _words("prepositions")
NP_PREPOSITIONS = _words("subject_prepositions")
PREPOSITIONAL_SUBORDINATORS = _words("prepositional_subordinators")
PERSONAL_PRONOUNS = _words("personal_pronouns")
PLURAL_NOUNS = _words("irregular_plurals")
NOT_IMPERATIVES = _words("not_imperatives")
FRAGMENT_OPENERS = _words("fragment_openers")
PURE_VERBS = _words("pure_verbs")
LEADING_PREPOSITIONS = _words("leading_prepositions")
PLURAL_PRONOUNS = _words("plural_subjects")
FUNCTION_WORDS = (
    SUBJECTS
    | AUX
    | DETERMINERS
    | NON_NOMINAL
    | SUBORDINATORS
    | ADVERBS
    | _words("other_function_words")
)
ARTICLES = _words("articles")
JOINERS = _words("joiners")
DASHES = frozenset({"—", "–", "-", "―"})
QUOTE_OPENERS = tuple(lexicon()["quote_openers"])
# Subordinators that open an adverbial clause (not a relative or a noun clause).
ADVERBIAL_SUBORDINATORS = _words("adverbial_subordinators")
# After these, "so" joins nothing ("so that", "so far", "and so on").
# "so called" is the adjective "so-called" written open, never the joiner "so" (codebook:
# the joining word starts a new independent clause; "the so called reform" starts none).
SO_NOT_JOINING = _words("so_not_joining")
# A stretch opening with one of these and no clause of its own is a fronted phrase.
FRONTED_PHRASE_OPENERS = PREPOSITIONS | LEADING_PREPOSITIONS | {"as"}
NOMINATIVE_PRONOUNS = _words("nominative_pronouns")
DANGLING_ENDS = _words("dangling_ends")
OPEN_BEFORE_ELLIPSIS = _words("open_before_ellipsis")
DASH_OPEN_ENDS = _words("dash_open_ends")
PASSIVE_PARTICIPLES = _words("passive_participles")
ADJECTIVE_ENDINGS = tuple(sorted(_words("adjective_endings")))

# Pronouns a base-form verb agrees with ("I like", "they like").
PLURAL_PERSONS = _words("plural_persons")

# Verbs of saying and thinking in every form ("believes", "said", "hoped").
SAYING = (
    frozenset(f for verb in STANCE_VERBS | REPORTING for f in _inflections(verb))
    | STANCE_VERBS
    | REPORTING
)

# Auxiliaries that are main verbs after a modal ("we would do", "they will have").
LEXICAL_AUX = _words("lexical_auxiliaries")
MODALS = _words("modals")


def _compile_alternation(patterns: list[str], tail: str) -> re.Pattern[str]:
    body = "|".join(f"(?:{_regex_source(p)})" for p in patterns)
    return re.compile(rf"(?:{body}){tail}", re.IGNORECASE)


def _linker_regex() -> re.Pattern[str]:
    parts = []
    for entry in longest_first(lexicon()["linking_words"]):
        if entry.endswith(","):
            parts.append(rf"{_regex_source(entry[:-1])}\b\s*,")
        else:
            # "As a result of the review ..." is no linker but a complex preposition that
            # heads the sentence's own phrase (codebook, Finer points: only a leading linking
            # word is dropped), so a phrasal linker without its comma never stands before
            # "of" ("Well of course ..." keeps dropping its one-word "Well").
            phrasal = " " in entry and entry.replace(" ", "").isalpha()  # no regex entry
            of = r"(?=\s+(?!\s|of\b))" if phrasal else r"(?=\s)"
            parts.append(rf"{_regex_source(entry)}\b(?:\s*,|{of})")
    return re.compile(rf"(?:{'|'.join(parts)})\s+", re.IGNORECASE)


LINKER_RE = _linker_regex()
FRAME_RE = _compile_alternation(lexicon()["discourse_frames"], r"\s*")
NOT_CLAIM_RE = _compile_alternation(lexicon()["not_claims"], "")
_CHAIR_TALK = _compile_alternation(lexicon()["chair_not_claims"], "").pattern
# Spoken interjections (splitting.yaml), longest first ("okay" before "ok"), a word
# boundary inside an entry read as any run of spaces.
INTERJECTION_ALTERNATION = "|".join(
    r"\s+".join(map(re.escape, word.split()))
    for word in longest_first(lexicon()["spoken_interjections"])
)
# after the joiners, interjections and lead-ins a chair strings such talk together with
# ("then we'll go to the room", "Alright just in the last few minutes, ...", "Okay with
# respect, let's look at ..."); the talk about the talk anyone may give counts too
CHAIR_RE = re.compile(
    rf"(?:(?:then|and|so|but|also|{INTERJECTION_ALTERNATION}"
    r"|alright|all\s+right|right|i\s+mean|with\s+(?:all\s+)?(?:due\s+)?respect),?\s+)*"
    rf"(?:{_CHAIR_TALK}|{NOT_CLAIM_RE.pattern})",
    re.IGNORECASE,
)
COLON_FRAME_MAX_WORDS = int(lexicon()["colon_frame_max_words"])


def _question_regex() -> re.Pattern[str]:
    """Interrogative word order at the start of a clause (see ``question_auxiliaries`` in
    splitting.yaml): an auxiliary then a subject, or a question word, an auxiliary (or its
    contraction) and a subject. The subject may be a listed word or a capitalised name."""

    def alternation(key: str) -> str:
        words = longest_first(lexicon()[key])
        return "|".join(re.escape(str(w)).replace("'", "['’]") for w in words)

    aux, wh, subject, title = (
        alternation(k)
        for k in (
            "question_auxiliaries",
            "question_words",
            "question_subjects",
            "question_address_titles",
        )
    )
    inverted = rf"(?i:(?:{wh})\s+(?:{aux})|(?:{wh})['’]s|(?:{aux}))"
    # a form of address first ("Mr Smith do you ...") only before "you": "Professor Jane
    # Smith is the ..." is a sentence about her
    address = rf"(?i:{title})\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+"
    # a reporter's question typed with a full stop often opens on a linking word ("And is
    # the council ...", "So do you think ..."); after "so" the order is also the short
    # declarative "So did the council." (= the council did too), so a question needs four
    # more words there
    lead = r"(?:(?i:and|but|well|okay|ok),?\s+|(?i:so),?\s+(?=\S+(?:\s+\S+){4}))?"
    return re.compile(
        rf"{lead}{inverted}\s+(?:(?i:{subject})\b|[A-Z])|{address}{inverted}\s+(?i:you)\b"
    )


QUESTION_RE = _question_regex()


def asks(text: str, start: int, end: int) -> bool:
    """Whether the clause at ``start`` has the word order of a question ("Can you say
    ...", "Why are there ..."): a question even without a question mark."""
    return QUESTION_RE.match(text, start, end) is not None


# An HTML character reference a scraped transcript kept ("haven&#39;t", "&quot;") is part of
# its word or a mark of its own, so that its ";" never reads as a semicolon between clauses.
TOKEN_RE = re.compile(
    r"(?:[^\W\d_]\.){2,}|\d+(?:[.,]\d+)+"
    rf"|\w+(?:(?:['’.\-]|{CHAR_REF.pattern})\w+)*|{CHAR_REF.pattern}|[^\w\s]"
)
# Plain finite auxiliaries (lowercase, so "May" and "Will" the names do not count) and
# pronoun contractions: a span holding one has a verb of its own.
FAST_VERB_RE = with_first_chars(
    re.compile(
        r"\b(?:is|are|was|were|am|has|had|does|did|can|could|will|would|shall|should|may|might"
        r"|must|cannot|(?:is|are|was|were|has|have|had|does|do|did|ca|could|wo|would|should|must)"
        r"n['’]t)\b|\b(?i:i|we|you|he|she|it|they|there|that|what|who)['’](?:s|re|ve|ll|m|d)\b"
    )
)
# A word that may open a subordinate or relative clause.
_SUBORDINATE_WORD_RE = with_first_chars(
    re.compile(
        r"\b(?i:because|since|although|though|if|unless|when|whenever|while|whereas|where"
        r"|wherever|whether|which|who|whom|whose|that|until|till|once|after|before|than|what"
        r"|how|why)\b"
    )
)
_SUBORDINATE_PHRASE_RE = re.compile(
    "|".join(re.escape(" ".join(p)) for ps in SUBORDINATOR_PHRASES.values() for p in ps),
    re.IGNORECASE,
)
# The marks that may join two clauses, besides the dashes and the joining words.
_CLAUSE_MARKS = frozenset({";", ":", ","})
# Anything that may join two clauses; a sentence without one is a single clause. A hyphen
# joins only with a space on each side ("well-known" joins nothing).
_CANDIDATE_RE = with_first_chars(
    re.compile(
        f"[{re.escape(''.join(sorted(_CLAUSE_MARKS | (DASHES - {'-'}))))}]"
        rf"|\s-{{1,2}}\s|\b(?i:{'|'.join(sorted(JOINERS))})\b"
    )
)
# A sentence end with the word before it: "U.S." gives word "U.S" and mark ".".
_TERMINATOR_RE = re.compile(
    r"(?P<word>[^\s\"“‘'(\[«]*?)(?P<mark>\.{2,}|…|[.!?]+)"
    rf"(?:(?:[\"”’')\]»]|{MARKUP_TAG})*(?=\s|\Z)"
    # or an ellipsis run straight into a capital ("exactly how...For example"): the
    # speaker broke off and started anew, as after a spaced ellipsis
    r"|(?:(?<=\.\.\.)|(?<=…))(?=[A-Z]))"
)
_NEXT_WORD_RE = re.compile(r"[\s\"“‘'(\[«]*([\w'’-]*)")
_TRAILING = frozenset(".,;:!…—–-―•*·_")  # "_" closes Markdown italics ("... NZ)._")
_CLOSERS = frozenset("\"”’')]»")
# A quotation may run across single line breaks (hard-wrapped transcripts), never across
# a paragraph break.
_QUOTE_PAIR_RE = re.compile(
    r"“(?:[^“”\n]|\n(?![ \t]*\n)){0,600}”|\"(?:[^\"\n]|\n(?![ \t]*\n)){0,600}\""
)


# ---------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------


class _Quotes:
    """Double-quoted stretches of a text (unless one quote wraps nearly all of it), with a
    binary-search membership test so that long quote-laden paragraphs stay linear."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        if text.find('"', start, end) < 0 and text.find("“", start, end) < 0:
            return
        for match in _QUOTE_PAIR_RE.finditer(text, start, end):
            qs, qe = match.span()
            if qe - qs < 0.9 * (end - start):
                self.starts.append(qs)
                self.ends.append(qe)

    def inside(self, first: int, last: int) -> bool:
        """Whether ``first`` and ``last`` both lie strictly inside one quote."""
        k = bisect_right(self.starts, first) - 1
        return k >= 0 and self.starts[k] < first and last < self.ends[k]


def _next_word(text: str, pos: int, end: int) -> str:
    """The word starting at the first non-space character at or after ``pos``."""
    match = _NEXT_WORD_RE.match(text, pos, end)
    return match.group(1) if match else ""


def _period_ends_sentence(word: str, text: str, after: int, end: int) -> bool:
    """Whether the period after ``word`` ends a sentence (see the abbreviation lists)."""
    low = word.lower().translate(_APOS)
    following = _next_word(text, after, end)
    if not following:
        return after >= end or not text[after:end].strip()[:1].isalnum()
    if following[0].islower():
        return False
    # a contraction starts a sentence as its first word does ("P.P.E. That's why ...")
    starter = following.lower().translate(_APOS).split("'", 1)[0] in STARTERS
    if low in ABBR_NEVER:
        return False
    if low in ABBR_NUMBER and following[0].isdigit():
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return starter  # an initial ("Edie N. Goldenberg")
    if low in ABBR_MAYBE or ("." in low and low.replace(".", "").isalpha()):
        return starter
    return True


# A terminator's word is a run of characters other than spaces and opening quotes; a match
# found from inside such a run would also be found from the run's start, so the search need
# only try run starts (the look-behind). The run start is tried at ``start`` itself too.
_RUN_START_TERMINATOR_RE = re.compile(r"(?<![^\s\"“‘'(\[«])" + _TERMINATOR_RE.pattern)
_RUN_CHAR_RE = re.compile(r"[^\s\"“‘'(\[«]")


def _terminators(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_TERMINATOR_RE.finditer(text, start, end)``, trying only where a word may start."""
    if start > 0 and _RUN_CHAR_RE.match(text, start - 1):
        first = _TERMINATOR_RE.match(text, start, end)
        if first:
            yield first
            start = first.end()
    yield from _RUN_START_TERMINATOR_RE.finditer(text, start, end)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as spans including their final punctuation."""
    quotes = _Quotes(text, start, end)
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _terminators(text, start, end):
        mark, after = match.start("mark"), match.end()
        if quotes.inside(mark, after):
            continue
        if text[mark] == ".":
            if match.group("mark").startswith(".."):
                following = _next_word(text, after, end)
                if following and not following[0].isupper():
                    continue
            elif not _period_ends_sentence(match.group("word"), text, after, end):
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


def _ends_as_question(text: str, start: int, end: int) -> bool:
    """:func:`is_question`, looking past markup that closes the sentence ("?</p>"). (The
    layout rules call :func:`is_question` itself and read markup in their own way.)"""
    return is_question(text, start, _before_tags(text, start, end))


def _before_tags(text: str, start: int, end: int) -> int:
    """``end`` moved back over any markup tags and spaces that close the span."""
    while end > start and text[end - 1] == ">":
        opening = text.rfind("<", start, end)
        if opening < 0 or not MARKUP_TAG_RE.fullmatch(text, opening, end):
            break
        end = opening
        while end > start and text[end - 1].isspace():
            end -= 1
    return end


def _after_tags(text: str, start: int, end: int) -> int:
    """``start`` moved past any markup tags and spaces that open the span."""
    while start < end and text[start] == "<":
        match = MARKUP_TAG_RE.match(text, start, end)
        if not match:
            break
        start = match.end()
        while start < end and text[start].isspace():
            start += 1
    return start


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, final punctuation, markup and stray leading punctuation from a
    span."""
    if text.find("<", start, end) >= 0:
        start, end = _after_tags(text, start, end), _before_tags(text, start, end)
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and text[end - 1] in _TRAILING:
            if text[end - 1] == "_" and not _closes_italics(text, start, end):
                break  # "it goes beyond _interesting_": emphasis inside the span stays whole
            end -= 1
            continue
        if end - 1 > start and text[end - 1] in _CLOSERS and text[end - 2] in ".!?…,;:":
            end -= 2
            continue
        break
    while start < end:
        while start < end and (text[start].isspace() or text[start] in "—–-―•*_·,;:…)]"):
            start += 1
        # a transcript's time stamp ("[04:01]", escaped in Markdown) or a leading ellipsis
        # ("...doing the CI") marks where the words were, not what they say
        lead = _LEAD_MARK_RE.match(text, start, end)
        if lead is None or lead.end() == start:
            break
        start = lead.end()
    return start, end


def _closes_italics(text: str, start: int, end: int) -> bool:
    """Whether a "_" ending a span closes italics opened at the span's start ("_Jane is a
    nurse._") or no "_" inside it at all: otherwise it closes emphasis inside the span,
    which is the speaker's words and stays whole."""
    lead = start
    while lead < end and (text[lead].isspace() or text[lead] in "*"):
        lead += 1
    return text.startswith("_", lead) or text.count("_", start, end) % 2 == 1


_LEAD_MARK_RE = re.compile(
    r"\\?[\[(]\d{1,2}:\d{2}(?::\d{2})?\\?[\])]|\.{2,}"
    # a transcriber's note at the start ("(Inaudible) I'll ...", "[Laughter] It was ...")
    r"|\\?[\[(](?i:inaudible|unintelligible|indiscernible|crosstalk|unclear|laughter|laughs|"
    r"applause|pause|coughs|sighs|cross-talk)\\?[\])]"
)


# ---------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------


class Token(NamedTuple):
    """A word or punctuation mark: document offsets, lowercased form (straight apostrophes),
    whether it starts with a capital, and whether it is a word at all."""

    start: int
    end: int
    low: str
    cap: bool
    word: bool


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words (with inner apostrophes, hyphens and dots) and single punctuation marks."""
    if text.find("<", start, end) >= 0:
        return _tokenize_markup(text, start, end)
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    pos = start
    # Every character but white space belongs to a token, so a token starts at the first
    # occurrence of its text from the end of the one before: no match objects needed.
    for raw in TOKEN_RE.findall(text, start, end):
        pos = find(raw, pos)
        low = raw.lower()
        if "’" in low:
            low = low.replace("’", "'")
        if "&" in low:
            low = _read_char_refs(low)
        if low not in LOOKED_UP:
            learn(low)
        first = raw[0]
        # tuple.__new__ skips NamedTuple's Python-level constructor: tokenising is hot.
        append(_new_token(Token, (pos, pos + len(raw), low, first.isupper(), first.isalnum())))
        pos += len(raw)
    return tokens


_new_token = tuple.__new__


def _read_char_refs(low: str) -> str:
    """A token's lowercase form with its character references read ("haven&#39;t" is
    "haven't"), curly apostrophes straight as everywhere else."""
    return html.unescape(low).replace("’", "'")


# A markup tag left in a converted transcript ("<br />") or a token.
_TAG_OR_TOKEN_RE = re.compile(MARKUP_TAG + "|" + TOKEN_RE.pattern)


def _tokenize_markup(text: str, start: int, end: int) -> list[Token]:
    """:func:`tokenize` for text holding markup: tags are left out, so a sentence broken
    by "<br />" reads as one ("... a different matter,<br /> it has ...")."""
    tokens: list[Token] = []
    for match in _TAG_OR_TOKEN_RE.finditer(text, start, end):
        raw = match.group()
        if raw[0] == "<" and len(raw) > 1:
            continue
        low = raw.lower().replace("’", "'")
        if "&" in low:
            low = _read_char_refs(low)
        if low not in LOOKED_UP:
            learn(low)
        first = raw[0]
        tokens.append(
            _new_token(Token, (match.start(), match.end(), low, first.isupper(), first.isalnum()))
        )
    return tokens


def _tail(tokens: list[Token], pos: int) -> list[Token]:
    """The tokens starting at or after ``pos``."""
    return tokens[bisect_left(tokens, pos, key=lambda t: t.start) :]


def _is_contraction(low: str) -> bool:
    """A pronoun with a contracted verb: "it's", "we've", "there'll"."""
    return low in CONTRACTIONS


def _contracted_relative(low: str) -> bool:
    """A relative pronoun with a contracted verb ("who's", "who've", "who'll")."""
    return low.partition("'")[0] in WH_RELATIVES


def _is_word(tok: Token) -> bool:
    return tok.word


def _is_finite(tok: Token, plural_subject: bool) -> bool:
    """Whether a token in verb position is a finite verb (capitalised words inside a clause
    are names, not verbs)."""
    low = tok.low
    if tok.cap and low not in AUX and not _is_contraction(low):
        return False
    if low in AUX or low in VERB_FORMS or _is_contraction(low):
        return True
    if plural_subject and low in VERB_BASES and low not in NON_NOMINAL:
        return True
    return len(low) >= 5 and low.endswith("ed") and low not in ED_NOT_VERBS and low.isalpha()


def _skip_adverbs(tokens: list[Token], i: int, limit: int) -> int:
    """Skip adverbs and adverbial phrases ("at first", "last year"), with their commas."""
    while i < limit:
        low = tokens[i].low
        # a listed phrase first: "of course" is a phrase, not "of" (of "kind of") + "course"
        if low in ADVERBIAL_PHRASES and (size := _phrase_at(tokens, i, limit, ADVERBIAL_PHRASES)):
            i += size
        elif low in ADVERBS and low not in {"all", "both"}:
            i += 1
        else:
            break
        if i < limit and tokens[i].low == ",":
            i += 1
    return i


def _phrase_at(
    tokens: list[Token], i: int, limit: int, phrases: dict[str, tuple[tuple[str, ...], ...]]
) -> int:
    """The length of a listed multi-word phrase starting at token ``i``, or 0."""
    for phrase in phrases.get(tokens[i].low, ()):
        n = len(phrase)
        if i + n <= limit and all(tokens[i + k].low == phrase[k] for k in range(1, n)):
            return n
    return 0


def opens_subordinate(tokens: list[Token], i: int, limit: int) -> bool:
    """Whether a subordinate clause starts at token ``i``."""
    low = tokens[i].low
    if low == "so" and i + 1 < limit and _pronoun_subject(tokens, i + 1, limit):
        return False  # "so that is why ...": "so" and the pronoun "that", not "so that"
    return low in SUBORDINATORS or (
        low in SUBORDINATOR_PHRASES and bool(_phrase_at(tokens, i, limit, SUBORDINATOR_PHRASES))
    )


# Words that cannot follow a demonstrative "that" but open the subject of a clause: after
# them, "that" is the complementiser of a subordinate clause ("..., that the deal holds").
COMPLEMENT_SUBJECTS = NOMINATIVE_PRONOUNS | _words("complement_subjects")


PARTITIVES = _words("partitives")
SINGULAR_PARTITIVES = _words("singular_partitives")
OBJECT_PRONOUNS = _words("object_pronouns")


def clause_start(tokens: list[Token], i: int, limit: int) -> int:
    """If an independent clause (subject + finite verb) starts at ``i``, the index of its
    finite verb; otherwise -1. Leading adverbs are allowed ("instead it has ...")."""
    j = _skip_adverbs(tokens, i, limit)
    if j >= limit or not _is_word(tokens[j]):
        return -1
    if j > i and tokens[j].low in COPULAS and j + 1 < limit and tokens[j + 1].low in ARTICLES:
        return j  # "now is the time", "here is the point": the subject after the copula
    if tokens[j].low in LEADING_PREPOSITIONS and j + 1 < limit:
        return _after_phrase(tokens, j, limit)
    first = tokens[j]
    if (
        first.low == "that"
        and j + 1 < limit
        and (tokens[j + 1].low in COMPLEMENT_SUBJECTS or _is_contraction(tokens[j + 1].low))
    ):
        # "that all disputes will ...", "that we're ...": a complement clause, not a
        # demonstrative
        return -1
    if first.low in {"that", "this"}:  # a demonstrative pronoun or determiner
        verb = _verb_after(tokens, j + 1, limit, False)
        return verb if verb >= 0 else _noun_phrase_then_verb(tokens, j, limit)
    if opens_subordinate(tokens, j, limit):
        return -1
    if _is_contraction(first.low):
        if j > 0 and tokens[j - 1].low == "," and _contracted_relative(first.low):
            return -1  # "the treasurer, who's done ...": a relative clause on the noun
        return j
    if first.low in PERSONAL_PRONOUNS:
        return _verb_after(tokens, j + 1, limit, first.low in PLURAL_PRONOUNS, open_class=True)
    if first.low in SUBJECTS:
        if j + 1 < limit and tokens[j + 1].low in RELATIVES:  # "anyone who tells you ... is"
            return _relative_then_verb(tokens, j + 2, limit)
        if (
            first.low in PARTITIVES
            and j + 2 < limit
            and tokens[j + 1].low == "of"
            and tokens[j + 2].low in OBJECT_PRONOUNS
        ):
            # "none of us expected ...", "each of them has ...": the pronoun and its
            # "of" phrase are the subject
            return _verb_after(tokens, j + 3, limit, first.low not in SINGULAR_PARTITIVES)
        verb = _verb_after(tokens, j + 1, limit, first.low in PLURAL_PRONOUNS)
        if verb >= 0 and first.low in DETERMINERS and _bare_list_noun(tokens, verb, limit):
            # "... overnight and some arrests": a determiner and a plural noun that ends
            # its phrase, not a pronoun subject and its verb
            return _noun_phrase_then_verb(tokens, j, limit)
        if verb >= 0 or first.low not in DETERMINERS:
            return verb
    if _participle_phrase(tokens, j, limit):
        return -1  # "..., having kept you waiting": no subject, no finite verb
    if first.low.endswith("ing") and not first.cap and len(first.low) > 4 and j == i:
        verb = _gerund_then_verb(tokens, j, limit)
        if verb >= 0:
            return verb  # "cutting that in half would ..."; else "Planning approvals take"
    return _noun_phrase_then_verb(tokens, j, limit)


def _participle_phrase(tokens: list[Token], j: int, limit: int) -> bool:
    """Whether a perfect or passive participle phrase starts at ``j`` ("having kept you
    waiting", "being told the news"): "having" or "being" before a past form, a phrase
    with no subject and no finite verb of its own (codebook, The unit)."""
    return (
        tokens[j].low in {"having", "being"}
        and j + 1 < limit
        and tokens[j + 1].low in VERB_FORMS
        and tokens[j + 1].low not in VERB_BASES
    )


def _after_phrase(tokens: list[Token], j: int, limit: int) -> int:
    """A clause after a short opening phrase ("and in the last round investigators found
    ..."): skip the preposition, an article and up to three words, then need a clause.
    A preposition that is also a subordinator ("after", "since") with a clause straight
    after it opens a subordinate clause ("..., after the council has voted"): no clause."""
    if tokens[j].low in PREPOSITIONAL_SUBORDINATORS and _clause_here(tokens, j + 1, limit) >= 0:
        return -1
    comma = next((c for c in range(j + 2, limit) if tokens[c].low == ","), -1)
    if j + 1 < limit and _gerund(tokens[j + 1]) and comma > 0:
        # "by deepening our trade ties, we ...": a gerund's object follows, whose noun may
        # read as a verb ("ties"); the clause comes after the phrase, past its comma
        return _clause_here(tokens, comma + 1, limit)
    k = j + 1
    if tokens[k].low in ARTICLES:
        k += 1
    for _ in range(3):
        if k >= limit or not tokens[k].word or tokens[k].low in NON_NOMINAL:
            break
        k += 1
        if k < limit and tokens[k].low == ",":
            k += 1
            break
        if tokens[k - 1].low.endswith("'s"):
            continue  # "after the court's ruling ...": a possessive's noun follows it
        if k < limit and tokens[k].low in RELATIVES:
            # "and from the clinics that we will fund": the verb after the relative word is
            # its clause's, on the phrase's noun; a main clause can only follow the comma
            return _clause_here(tokens, comma + 1, limit) if comma > k else -1
        verb = _clause_here(tokens, k, limit)
        if verb >= 0:
            return verb
    return _clause_here(tokens, k, limit)


def _clause_here(tokens: list[Token], k: int, limit: int) -> int:
    """A clause with a pronoun or determiner subject right at ``k`` (no further phrases)."""
    if k >= limit or tokens[k].low in LEADING_PREPOSITIONS or not tokens[k].word:
        return -1
    first = tokens[k]
    if _is_contraction(first.low):
        return k
    if first.low in PERSONAL_PRONOUNS:
        return _verb_after(tokens, k + 1, limit, first.low in PLURAL_PRONOUNS, open_class=True)
    if first.low in SUBJECTS and first.low not in DETERMINERS:
        return _verb_after(tokens, k + 1, limit, first.low in PLURAL_PRONOUNS)
    return _noun_phrase_then_verb(tokens, k, limit)


def _verb_after(
    tokens: list[Token], j: int, limit: int, plural: bool, open_class: bool = False
) -> int:
    """The index of a finite verb right after a subject (adverbs aside), or -1. After a
    personal pronoun any plain lowercase word will do ("they usually backfire")."""
    j = _skip_adverbs(tokens, j, limit)
    if j + 2 < limit and tokens[j].low in {"very", "so"} and tokens[j + 1].low == "much":
        j += 2  # "the mayor very much wants ...": a degree phrase between subject and verb
    if j >= limit:
        return -1
    tok = tokens[j]
    if tok.cap and tok.low in MODALS:
        return -1  # "a match held in May": a month or a name, not a modal after a subject
    if _is_finite(tok, plural):
        return j
    if (
        open_class
        and _is_word(tok)
        and not tok.cap
        and tok.low not in FUNCTION_WORDS
        and not (tok.low.endswith(("ing", "ly")))
    ):
        return j
    return -1


def _gerund_then_verb(tokens: list[Token], j: int, limit: int) -> int:
    """A gerund subject ("cutting that in half would ...") and its verb. A participle whose
    "that" opens a clause with a pronoun for subject ("..., agreeing that we should act")
    is none: the verb found is that clause's."""
    if (
        j + 2 < limit
        and tokens[j + 1].low == "that"
        and (tokens[j + 2].low in PERSONAL_PRONOUNS or tokens[j + 2].low == "there")
    ):
        return -1
    for k in range(j + 1, min(limit, j + 8)):
        tok = tokens[k]
        if not _is_word(tok) or (tok.low in SUBORDINATORS and k > j + 1):
            return -1
        if _noun_after_determiner(tokens, k, j):
            continue  # "protecting the integrity of their processes": the object's noun
        if tok.low in AUX or (tok.low in VERB_FORMS and tok.low not in VERB_BASES):
            return k
    return -1


def _noun_after_determiner(tokens: list[Token], k: int, start: int) -> bool:
    """Whether the word at ``k`` heads a noun phrase opened by a determiner just before it,
    directly or past one participle or adjective ("their processes", "our armed forces"):
    a noun however verb-like ("processes", "forces"), not a finite verb."""
    if k - 1 > start and tokens[k - 1].low in _NOUN_DETERMINERS:
        return True
    before = tokens[k - 1].low
    return (
        k - 2 > start
        and tokens[k - 2].low in _NOUN_DETERMINERS
        and (before.endswith("ed") or before.endswith(ADJECTIVE_ENDINGS))
    )


# "that" and "this" may stand alone as the gerund's object ("keeping this costs money"):
# the other determiners always open a noun phrase.
_NOUN_DETERMINERS = DETERMINERS - {"that", "this"}


def _noun_phrase_then_verb(tokens: list[Token], j: int, limit: int) -> int:
    """A subject noun phrase and its verb. The phrase may hold "of", possessives, one "and"
    ("food and rent keep ...") and one short prepositional phrase ("farmers in Spain
    expect ...")."""
    size = 0
    coordinated = False
    head = ""  # the noun before a prepositional phrase decides the verb's number
    bare = tokens[j].low not in DETERMINERS  # no determiner opens the phrase
    if tokens[j].low in DETERMINERS:
        j += 1
        if tokens[j - 1].low in PREDETERMINERS and j < limit and tokens[j].low in ARTICLES:
            j += 1  # "all its members", "both the towns"
    elif (
        tokens[j].low in PURE_VERBS
        or _bare_verb(tokens[j])
        or _past_then_participle(tokens, j, limit)
    ):
        # "... and let independent auditors check it", "..., and strengthen trade ties",
        # "... and remained held": a verb opens no noun phrase, so there is no subject here
        return -1
    while j < limit and size < 10:
        tok = tokens[j]
        prev = tokens[j - 1].low
        if tok.low in {"%", "of", "'s"} or (tok.low in DETERMINERS and prev in PREPOSITIONS):
            j += 1
            continue
        if tok.low == "," and size and not coordinated and not head:
            return _list_subject(tokens, j, limit)  # "Germany, Denmark and Norway are"
        if tok.low in {"and", "or"} and size and not coordinated and not head:
            if j + 1 < limit and _is_finite(tokens[j + 1], False):
                break  # "X and ended up ..." is a second verb, not a second noun
            coordinated = True
            j += 1
            continue
        if tok.low in NP_PREPOSITIONS and size and not head:
            head = prev
            j += 1
            continue
        if tok.low in RELATIVES and size:
            return _relative_then_verb(tokens, j + 1, limit)
        if tok.low in NOMINATIVE_PRONOUNS and size:  # a contact clause: "every chance I get"
            return _relative_then_verb(tokens, j + 1, limit)
        if not _is_word(tok) or tok.low in NON_NOMINAL or tok.low in AUX:
            break
        # an article opens no new phrase here, unless after the "and" of a coordinated
        # subject ("the mayor and the council blame ...")
        if (
            tok.low in ARTICLES
            and prev not in PREPOSITIONS
            and not (coordinated and prev in {"and", "or"})
        ):
            return -1
        plural = coordinated or _plural(
            tokens[j - 1] if not head else Token(0, 0, head, False, True)
        )
        # a word right after a determiner is its noun ("the progress of those talks"), and
        # so is one right after a possessive ("the minister's visit") or after a count in
        # digits that follows a determiner ("Of the 40 requests, ...")
        if (
            size
            and prev not in DETERMINERS
            and not _noun_after_of(tokens, j, limit)
            and not prev.endswith("'s")
            and not _counted(tokens, j)
            and not _quantity_head(tokens, j, limit)
            and _is_finite(tok, plural)
        ):
            ends = j + 1 >= limit or not tokens[j + 1].word
            if coordinated and ends and tok.low in VERB_BASES and tok.low not in VERB_FORMS:
                return -1  # "... and a busy market.", "Loud and clear": a list, no verb
            if _plural_noun(tokens, j, limit, size) or (
                bare and not coordinated and not head and _bare_list_noun(tokens, j, limit)
            ):
                return -1
            if head and _disagrees(tok, head):
                return -1  # "allies on critical issues": a plural head takes no -s verb
            return j
        if tok.low.endswith("ing") and size and not prev.endswith("'s"):
            return -1  # but "the court's ruling" is a noun
        size += 1
        j += 1
    if size and j < limit and tokens[j - 1].low not in {"and", "or"}:
        plural = coordinated or (
            _plural(tokens[j - 1]) if not head else head.endswith("s") or head in PLURAL_NOUNS
        )
        return _verb_after(tokens, j, limit, plural)
    return -1


_SINGULAR_S_ENDINGS = ("ss", "us", "is", "ics", "ews", "ies'", "'s")


def _clearly_plural(low: str) -> bool:
    """A noun that reads as plural beyond doubt: a listed plural, or a regular -s plural
    that is none of the singular -s shapes ("analysis", "status", "politics", "news")."""
    if low in PLURAL_NOUNS:
        return True
    return (
        len(low) > 3
        and low.isalpha()
        and low.endswith("s")
        and not low.endswith(_SINGULAR_S_ENDINGS)
        and low not in FUNCTION_WORDS
        and low not in AUX
    )


def _disagrees(tok: Token, head: str) -> bool:
    """Whether an -s word after a plural head noun and its prepositional phrase is a noun,
    not the phrase's verb: "partners on hard issues", "allies in key markets" (a lexical
    third-person -s verb cannot agree with a plural head, so no clause starts there).
    Auxiliaries ("is", "has", "was") stay verbs: speech does break agreement with them."""
    low = tok.low
    return (
        _clearly_plural(head)
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in AUX
        and low not in IRREGULAR_PAST
        and not _is_contraction(low)
    )


def _quantity_head(tokens: list[Token], j: int, limit: int) -> bool:
    """A collection noun right before "of" ("one priority set of issues", "a whole host
    of reasons"): the phrase's noun, not a past or base verb form."""
    return tokens[j].low in QUANTITY_HEADS and j + 1 < limit and tokens[j + 1].low == "of"


def _noun_after_of(tokens: list[Token], j: int, limit: int) -> bool:
    """An -s word between "of" and a relative pronoun is the noun the relative clause
    describes ("one set of issues that we will raise"), not a verb with a complement."""
    return j > 0 and tokens[j - 1].low == "of" and j + 1 < limit and tokens[j + 1].low in RELATIVES


def _past_then_participle(tokens: list[Token], j: int, limit: int) -> bool:
    """A lowercase regular past form straight before another past form ("... and remained
    held", "... and stayed closed"): a second verb phrase sharing the subject before
    "and", not a one-word subject and its verb ("and increased costs are ..." keeps its
    noun)."""
    tok = tokens[j]
    if tok.cap or j + 1 >= limit or not tok.low.endswith("ed") or tok.low in ED_NOT_VERBS:
        return False
    if not _is_finite(tok, False):
        return False
    nxt = tokens[j + 1].low
    return nxt in IRREGULAR_PAST or (
        len(nxt) >= 5 and nxt.endswith("ed") and nxt not in ED_NOT_VERBS
    )


def _bare_verb(tok: Token) -> bool:
    """A lowercase word that is only ever a verb's base form ("strengthen", "expand"),
    never a noun, an adjective or a finite past or third-person form."""
    low = tok.low
    return not tok.cap and low in VERB_BASES and low not in VERB_FORMS and only_a_verb(low)


PREDETERMINERS = _words("predeterminers")
COPULAS = _words("copulas")


def _list_subject(tokens: list[Token], j: int, limit: int) -> int:
    """A subject listing short items ("Germany, Denmark and the Netherlands are ..."):
    from the comma at ``j``, items of one to three words, then "and"/"or", a last item and
    a verb; otherwise -1."""
    k = j
    items = 0
    while k < limit and tokens[k].low == "," and items < 8:
        k, size = _list_item(tokens, k + 1, limit)
        if not size:
            return -1
        items += 1
    if k >= limit or tokens[k].low not in {"and", "or"}:
        return -1
    k, size = _list_item(tokens, k + 1, limit)
    return _verb_after(tokens, k, limit, True) if size else -1


def _list_item(tokens: list[Token], k: int, limit: int) -> tuple[int, int]:
    """Skip one short list item (an optional article and up to three words)."""
    if k < limit and tokens[k].low in ARTICLES:
        k += 1
    size = 0
    while k < limit and size < 3:
        tok = tokens[k]
        if not tok.word or tok.low in NON_NOMINAL or tok.low in AUX or tok.low in ARTICLES:
            break
        if size and _is_finite(tok, True):
            break
        size += 1
        k += 1
    return k, size


def _relative_then_verb(tokens: list[Token], j: int, limit: int) -> int:
    """A subject with a relative clause ("cities that are spread out may need ..."): the
    main verb is the second finite verb, with no punctuation on the way."""
    seen = 0
    in_group = False  # inside a verb group: "have done", "will not be" count once
    for k in range(j, min(limit, j + 15)):
        tok = tokens[k]
        if not _is_word(tok):
            return -1
        if (
            tok.low in AUX
            or (tok.low in VERB_FORMS and tok.low not in VERB_BASES)
            or (_is_contraction(tok.low))
        ):
            if not in_group:
                seen += 1
                if seen == 2:
                    return k
            # an auxiliary takes the next verb into its group; a lexical verb ends it
            in_group = tok.low in AUX or _is_contraction(tok.low)
        elif tok.low not in ADVERBS and tok.low not in {"been", "being", "be"}:
            in_group = False
    return -1


def _plural_noun(tokens: list[Token], j: int, limit: int, words_before: int = 0) -> bool:
    """An -s form that ends its phrase is a plural noun: before "of", a dash, a bracket or
    a semicolon ("school visits — ..."), or before a comma after two or more words
    ("larger child benefits, ..."; but "Money helps, ..." is a verb)."""
    tok = tokens[j]
    if not tok.low.endswith("s") or tok.low in AUX or tok.low in IRREGULAR_PAST:
        return False
    nxt = tokens[j + 1].low if j + 1 < limit else ""
    if nxt in RELATIVES and j + 2 < limit:  # "fine shops that sell to children"
        after = tokens[j + 2].low
        return after in VERB_BASES or after in VERB_FORMS or after in AUX
    return nxt in _NOUN_ENDERS or (nxt == "," and words_before >= 2) or _ends_a_list(tokens, j + 1)


def _bare_list_noun(tokens: list[Token], j: int, limit: int) -> bool:
    """An -s form after bare lowercase nouns that closes its phrase with nothing after it
    (the sentence's end, a comma, "and"/"or") is the plural head of a list item ("... scrap
    the rebates, pension increases and school grants"): a bare singular noun is no subject
    of a clause that stops at its verb, so the item asserts nothing of its own (codebook,
    Not claims: fragments with no finite verb) and is no clause to split off."""
    tok = tokens[j]
    if not tok.low.endswith("s") or tok.low in AUX or tok.low in IRREGULAR_PAST:
        return False
    if any(t.cap for t in tokens[max(0, j - 3) : j] if t.word):
        return False  # "Labor wins", "Treasury says": a name is a subject
    return j + 1 >= limit or tokens[j + 1].low in {",", "and", "or"} or not tokens[j + 1].word


def _ends_a_list(tokens: list[Token], k: int) -> bool:
    """Whether "and so on" or "etc." follows (a comma aside): the word before it is the
    last item of a list ("phishing, scams, cyber attacks, and so on")."""
    if k < len(tokens) and tokens[k].low == ",":
        k += 1
    if k < len(tokens) and tokens[k].low == "etc":
        return True
    words = [t.low for t in tokens[k : k + 3]]
    return words[:2] == ["and", "so"] and words[2:] in (["on"], ["forth"])


# Words after which a verb form is a noun or an infinitive ("the face", "to happen").
NOT_BEFORE_VERBS = (ARTICLES - {"that", "this"}) | {"to", "of"}
_NOUN_ENDERS = frozenset({";", "of", ":", ")", "—", "–", "-", "―"})


def has_finite_verb(tokens: list[Token], start: int = 0, limit: int | None = None) -> bool:
    """Whether the tokens contain a finite verb of their own (fragments have none)."""
    limit = len(tokens) if limit is None else limit
    return any(_finite_in_context(tokens, i, start) for i in range(start, limit))


# After a name's contracted "is"/"has" ("WA's obviously the best state", "Labor's been
# clear"): words that never follow a possessive "'s", an adverb aside.
_AFTER_NAME_IS = ARTICLES | _words("after_name_is")


def _name_is(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised name with "'s" is the name and a contracted verb: an article,
    "not" or "been" follows (past one adverb), where a possessive would take its noun."""
    tok = tokens[i]
    if not (tok.cap and tok.low.endswith("'s") and len(tok.low) > 2):
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].low in ADVERBS:
        k += 1
    return k < len(tokens) and tokens[k].low in _AFTER_NAME_IS


def _finite_in_context(tokens: list[Token], i: int, start: int) -> bool:
    tok = tokens[i]
    low = tok.low
    prev = tokens[i - 1].low if i > start else ""
    if _name_is(tokens, i):
        return True
    if prev == "to" or (tok.cap and i > start and low not in AUX and not _is_contraction(low)):
        return False
    if low in AUX or _is_contraction(low):
        return low not in {"'s", "'d"}
    if low == "like" and prev in PLURAL_PERSONS:
        return True  # "I like ...", "we like ...": a verb, not the preposition
    if low in VERB_FORMS or (
        len(low) >= 5 and low.endswith("ed") and low not in ED_NOT_VERBS and low.isalpha()
    ):
        if _plural_noun(tokens, i, len(tokens)):
            return False  # "... school visits — I think ..."
        return i > start and _nominal_before(tokens, i, start)
    if low in VERB_BASES and low not in NON_NOMINAL:
        if i == start:
            return low not in NOT_IMPERATIVES  # an imperative ("Start with ...")
        k = i - 1
        while k > start and tokens[k].low in ADVERBS:
            k -= 1
        return _plural(tokens[k])
    return False


def _plural(tok: Token) -> bool:
    """Whether a word before a verb reads as a plural subject ("prices", "people", "9 per
    cent")."""
    low = tok.low
    if low in PLURAL_PRONOUNS or low in PLURAL_NOUNS or low[:1].isdigit():
        return True
    return low.endswith("s") and low not in FUNCTION_WORDS and not low.endswith("ss")


def _nominal_before(tokens: list[Token], i: int, start: int) -> bool:
    k = i - 1
    while k > start and tokens[k].low in ADVERBS:
        k -= 1
    prev = tokens[k]
    if prev.low in DASHES or prev.low == ")":
        return k > start  # "Kazakhstan – the largest country – borders Russia"
    if prev.low in SUBJECTS or prev.low in {"who", "which", "that"}:
        return True
    if not prev.word or prev.low in DETERMINERS or prev.low in NON_NOMINAL or prev.low in AUX:
        return False
    if k > start and _counted(tokens, i):
        return False  # "Out of the 127 requests, ...": a count between article and noun
    # a name ("J. K. Rowling wrote"), or a noun that is not itself a verb or gerund
    return prev.cap or not (prev.low.endswith("ing") or prev.low in VERB_FORMS)


def _counted(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` follows a count in digits that follows a determiner ("the
    127 requests"): the noun the number counts, never a finite verb (codebook: a fronted
    phrase is no independent clause)."""
    return (
        i >= 2 and tokens[i - 1].low.replace(",", "").isdigit() and tokens[i - 2].low in DETERMINERS
    )


def content_words(tokens: list[Token]) -> set[str]:
    """Lowercased words that carry content (for the "only repeats its neighbour" test)."""
    return {
        t.low
        for t in tokens
        if _is_word(t) and t.low not in FUNCTION_WORDS and not _is_contraction(t.low)
    }


# ---------------------------------------------------------------------------------------
# Leading frames and clauses
# ---------------------------------------------------------------------------------------

_LOOKAHEAD = 14
# Case-sensitive copies of the lead patterns for lower-cased ASCII text (same matches).
_LINKER_ASCII = ascii_variant(LINKER_RE)
_FRAME_ASCII = ascii_variant(FRAME_RE)


def _match_end(
    pattern: re.Pattern[str], fast: re.Pattern[str] | None, text: str, pos: int, end: int
) -> int:
    """Where ``pattern.match(text, pos, end)`` ends, or -1. An ASCII stretch is lower-cased
    (with the character before ``pos``, which ``\\b`` looks at) and matched by ``fast``."""
    first = pos - 1 if pos else 0
    window = text[first:end]
    if fast is not None and window.isascii():
        match = fast.match(window.lower(), pos - first)
        return match.end() + first if match else -1
    match = pattern.match(text, pos, end)
    return match.end() if match else -1


# A false start: one to three words, then a spaced dash or a dash after a word ("We — the
# government has ...", "There's no - there's been ...").
_FALSE_START_RE = re.compile(r"((?:[\w'’]+\s+){0,2}[\w'’]+)\s*(?:[—–―]|\s-{1,2})\s+")
_FALSE_START_WORDS = FUNCTION_WORDS | ARTICLES | {"no"}


def _false_start_end(text: str, pos: int, end: int) -> int:
    """Where a false start that the speaker broke off at a dash ends, or ``pos``: the words
    before the dash are only function words (a pronoun, an article, "it's", "there's no")
    and what follows the dash opens an independent clause of its own. The codebook keeps
    the shortest verbatim span that states the claim (The unit); the abandoned words state
    nothing ("We — the government has been clear" claims "the government has been clear")."""
    match = _FALSE_START_RE.match(text, pos, end)
    if not match:
        return pos
    for word in match.group(1).split():
        low = word.lower().replace("’", "'")
        if low not in _FALSE_START_WORDS and not _is_contraction(low):
            return pos
    rest = tokenize(text, match.end(), end)
    return match.end() if rest and clause_start(rest, 0, len(rest)) >= 0 else pos


def strip_lead(text: str, start: int, end: int, tokens: list[Token] | None = None) -> int:
    """Skip leading linking words and discourse frames, if what remains stands as a clause.
    ``tokens``, when given, cover the span (more may follow ``end``; they are ignored)."""
    pos = start
    while pos < end:
        lead = _match_end(LINKER_RE, _LINKER_ASCII, text, pos, end)
        if lead < 0:
            lead = _match_end(FRAME_RE, _FRAME_ASCII, text, pos, end)
        new = lead if lead > pos else _colon_frame_end(text, pos, end)
        if new <= pos:
            new = _false_start_end(text, pos, end)
        if new <= pos:
            break
        pos = new
        while pos < end and text[pos].isspace():
            pos += 1
    if pos == start:
        return start
    return pos if stands(text, pos, end, tokens) else start


def stands(text: str, start: int, end: int, tokens: list[Token] | None = None) -> bool:
    """Whether ``text[start:end]`` has a finite verb of its own, outside any subordinate or
    relative clause ("a rash that starts on the face" has none). A plain auxiliary before
    any subordinating word settles it without tokenising."""
    verb = FAST_VERB_RE.search(text, start, end)
    if verb and not _SUBORDINATE_WORD_RE.search(text, start, verb.start()):
        return True
    second = verb and FAST_VERB_RE.search(text, verb.end(), end)
    if second and not opens_subordinate_text(text, start, end):
        return True  # two auxiliaries: one at least is the main clause's
    own = tokenize(text, start, end) if tokens is None else _within(tokens, start, end)
    return (has_finite_verb(own) or _starts_clause(own)) and not _fragment(own)


def _starts_clause(tokens: list[Token]) -> bool:
    """Whether a clause opens the span or follows one of its commas ("Dr. Hart, you chair
    ..."; "they usually backfire")."""
    n = len(tokens)
    starts = [0] + [k + 1 for k, t in enumerate(tokens) if t.low == ","]
    return any(clause_start(tokens, k, min(n, k + _LOOKAHEAD)) >= 0 for k in starts if k < n)


def opens_subordinate_text(text: str, start: int, end: int) -> bool:
    """Whether the span itself opens with a subordinating word (cheap, on the text)."""
    match = _SUBORDINATE_WORD_RE.match(text, start, end)
    return bool(match) or bool(_SUBORDINATE_PHRASE_RE.match(text, start, end))


def _fragment(tokens: list[Token]) -> bool:
    """A noun phrase whose only verb sits in a relative or subordinate clause: "a rash
    that starts on the face", "Some, though the studies are small"."""
    if not tokens or opens_subordinate(tokens, 0, len(tokens)):
        return False
    for k, tok in enumerate(tokens):
        if _finite_in_context(tokens, k, 0):
            return False  # a verb before any relative word: a clause of its own
        prev = tokens[k - 1].low if k else ""
        opener = k and tok.low in FRAGMENT_OPENERS and not prev.endswith("ing")
        if opener and tok.low == "that" and k + 1 < len(tokens) and tokens[k + 1].low in AUX:
            opener = False  # "So that is ...": the pronoun with its verb
        if opener and prev not in AUX and prev not in PREPOSITIONS:
            verbs = sum(_verbal(tokens, m) for m in range(k + 1, len(tokens)))
            return verbs <= 1
    return False


def _verbal(tokens: list[Token], m: int) -> bool:
    """Any verb form, unless an article, possessive, preposition or "to" shows it is a
    noun or an infinitive ("the face", "to happen")."""
    tok = tokens[m]
    low = tok.low
    if tok.cap or not tok.word:
        return False
    if low in AUX or low in CONTRACTIONS:
        return True
    edform = len(low) >= 5 and low.endswith("ed") and low not in ED_NOT_VERBS
    if not (low in VERB_FORMS or low in VERB_BASES or edform):
        return False
    prev = tokens[m - 1].low
    return prev not in NOT_BEFORE_VERBS and (prev not in PREPOSITIONS or prev == "that")


def _within(tokens: list[Token], start: int, end: int) -> list[Token]:
    return [t for t in _tail(tokens, start) if t.end <= end]


def _colon_frame_end(text: str, start: int, end: int) -> int:
    """The end of a short verbless lead-in before a colon ("To give you the background:")."""
    colon = text.find(":", start, min(end, start + 120))
    if colon < 0 or (colon + 1 < end and not text[colon + 1].isspace()):
        return start
    lead = tokenize(text, start, colon)
    words = sum(1 for t in lead if t.word)
    if not words or words > COLON_FRAME_MAX_WORDS or has_finite_verb(lead):
        return start
    return colon + 1


def cut_before_quotation(text: str, start: int, end: int) -> int:
    """End a span at a colon that introduces an illustrative quotation (when a clause with
    a verb precedes it and the colon does not follow a verb of saying: "Xi said: '...'"
    reports what was said), or before a quotation of more than one sentence (the quoted
    sentences are someone else's words, not part of the report)."""
    end = _before_long_quotation(text, start, end)
    colon = text.find(":", start, end)
    checked, verb = start, False  # the verb test grows left to right: linear overall
    while colon >= 0:
        pos = colon + 1
        while pos < end and text[pos].isspace():
            pos += 1
        if pos < end and text[pos] in QUOTE_OPENERS and not _after_saying(text, start, colon):
            verb = verb or has_finite_verb(tokenize(text, checked, colon))
            checked = colon
            if verb:
                return colon
        colon = text.find(":", colon + 1, end)
    return end


def _after_saying(text: str, start: int, pos: int) -> bool:
    """Whether the word before ``pos`` is a verb of saying ("said", "told")."""
    words = _WORDS_RE.findall(text, max(start, pos - 20), pos)
    return bool(words) and words[-1].lower() in REPORTING


_WORDS_RE = re.compile(r"[^\W\d_]+")
# A quotation holding a sentence end followed by more quoted text.
_LONG_QUOTE_RE = re.compile(r"[.!?…][\"”’']?\s+[\"“]?[A-Z]")


def _before_long_quotation(text: str, start: int, end: int) -> int:
    """Where a quotation of more than one sentence opens inside the span (after a clause
    of the speaker's own), or ``end``."""
    if text.find('"', start, end) < 0 and text.find("“", start, end) < 0:
        return end
    # the closing quote may lie past ``end`` (trimmed with the final punctuation)
    for match in _QUOTE_PAIR_RE.finditer(text, start, min(len(text), end + 2)):
        qs, qe = match.span()
        if qs > start and _LONG_QUOTE_RE.search(text, qs + 1, qe - 1):
            return qs
    return end


def subordinator_at(tokens: list[Token], k: int, limit: int, seg_start: int) -> bool:
    """Whether token ``k`` opens a subordinate or relative clause (not "that" as a pronoun
    or determiner, not "after" as a preposition, not "because of")."""
    low = tokens[k].low
    prev = tokens[k - 1].low if k > 0 else ""
    if low == "that":
        nxt = tokens[k + 1] if k + 1 < limit else None
        if prev in PREPOSITIONS or prev in SUBORDINATORS or k == seg_start:
            return False
        if nxt is not None and nxt.low == "," and prev in SAYING:
            return True  # "believes that, today, we need ...": an aside after the "that"
        if nxt is None or not nxt.word or nxt.low in NON_NOMINAL:
            return False  # a pronoun: "sees that as ...", "like that."
        if prev in STANCE_VERBS and k >= 2 and tokens[k - 2].low in {"i", "we"}:
            return False
        if nxt.low in AUX and prev in JOINERS:
            return False  # "so that is their state of mind": the pronoun with its verb
        if nxt.low in COMPLEMENT_SUBJECTS or nxt.cap:
            return True  # "that the ...", "that we ...", "that Jane ...": a complementiser
        if _plural(nxt) and nxt.low not in VERB_FORMS and nxt.low not in AUX:
            # "the rates that households and firms face": "that" cannot be the singular
            # determiner of a plural noun, so a clause opens here
            return True
        return _verb_before_break(tokens, k, limit)  # "love that sport, and ...": none
    if low in PREPOSITIONAL_SUBORDINATORS:
        return clause_start(tokens, k + 1, min(limit, k + 1 + _LOOKAHEAD)) >= 0
    if low == "because" and k + 1 < limit and tokens[k + 1].low == "of":
        return False
    return opens_subordinate(tokens, k, limit)


_BREAKS = frozenset({",", ";", ":", "and", "but", "or", "so", "(", ")"}) | DASHES


def _verb_before_break(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether a finite verb follows token ``k`` before the next comma, joiner or dash: a
    "that" without one is a determiner or pronoun ("we share that objective, but ...")."""
    for m in range(k + 1, min(limit, k + 16)):
        if tokens[m].low in _BREAKS:
            return False
        if _finite_in_context(tokens, m, k):
            return True
    return True  # a long stretch: leave it a subordinate clause


_TELLING = REPORTING | _words("telling_verbs")


def _relative_after_noun(tokens: list[Token], k: int, first: int) -> bool:
    """Whether the relative word at ``k`` opens a relative clause on a noun phrase ("a
    sector that is ...", "the plan, which ...") rather than a complement or an embedded
    question ("said that ...", "know which ...", "told the board that ...")."""
    low = tokens[k].low
    if k - 1 >= first and tokens[k - 1].low == "," and low in WH_RELATIVES:
        return True
    if low not in RELATIVES:
        return False
    if low == "who" and _who_after_bare_noun(tokens, k, first):
        return True
    for m in range(k - 1, max(first, k - 5) - 1, -1):
        word = tokens[m].low
        if word in ARTICLES or word in DETERMINERS:
            return m == first or tokens[m - 1].low not in _TELLING
        if not tokens[m].word or word in AUX or word in PERSONAL_PRONOUNS or word in PREPOSITIONS:
            return False
        if _finite_in_context(tokens, m, first):
            return False  # "the mayor said that ...": the verb comes before any noun
    return False


RELATIVE_GAP_ADVERBS = _words("relative_gap_adverbs")


def _who_after_bare_noun(tokens: list[Token], k: int, first: int) -> bool:
    """Whether "who" at ``k`` follows a noun without a determiner ("people who ...",
    "Australians here who ..."): "who" only refers to people, so after a word that is no
    verb, auxiliary, pronoun or preposition it opens a relative clause on that noun, not an
    embedded question ("asked who ...", "know who ...")."""
    m = k - 1
    if m > first and tokens[m].low in RELATIVE_GAP_ADVERBS:
        m -= 1
    if m < first:
        return False
    tok = tokens[m]
    word = tok.low
    # a noun after a preposition may be the first of a pair ("between people who train and
    # the army"): the "and" may still join inside the phrase
    if m > first and tokens[m - 1].low in PREPOSITIONS:
        return False
    return bool(
        tok.word
        and word not in AUX
        and word not in PERSONAL_PRONOUNS
        and word not in NOMINATIVE_PRONOUNS
        and word not in PREPOSITIONS
        and word not in CONTRACTIONS
        and word not in RELATIVE_GAP_ADVERBS
        and not only_a_verb(word)
        and not _finite_in_context(tokens, m, first)
    )


_SUBORDINATOR_STARTS = SUBORDINATORS | frozenset(SUBORDINATOR_PHRASES) | {"that"}
_CANDIDATE_TOKENS = _CLAUSE_MARKS | DASHES | JOINERS


class _LeftState:
    """What the clause so far looks like, updated one token at a time (no re-scanning)."""

    __slots__ = (
        "adverbial",
        "content",
        "first",
        "lead",
        "lead_closed",
        "main",
        "nominal",
        "open_sub",
        "pending",
        "phrase",
        "seg_start",
        "subject",
    )

    def __init__(self, start: int) -> None:
        self.main = False  # a main clause (subject + finite verb) has been seen
        self.lead = False  # the clause opened with a subordinate clause not yet closed
        self.lead_closed = False  # ... and a comma has closed it ("If X, call ahead")
        self.open_sub = False  # a subordinate clause opened after the main clause
        self.pending = False  # a subordinator still waits for its verb
        self.first = start  # the clause's first token
        self.subject = ""  # the main clause's subject, when it opens the clause
        self.adverbial = False  # every subordinate clause open after it is adverbial
        self.seg_start = start  # first token after the last comma
        # the stretch since the last comma is a fronted phrase ("In some sense, ...", "As
        # the river rises each spring, ...", "Every chance I get, ..."): its verbs are not
        # the main clause's
        self.phrase = False
        self.nominal = False  # ... or a noun phrase that may yet turn out to be one
        self.content: set[str] = set()

    def feed(self, tokens: list[Token], k: int, limit: int, stop: int) -> None:
        """Take in token ``k``; the left side ends before token ``stop`` (a verb found
        past it belongs to the right side: "Bakers and millers are ...")."""
        tok = tokens[k]
        low = tok.low
        if low == ",":
            self.seg_start = k + 1
            self.lead_closed = self.lead and not self.pending
            self.phrase = self.nominal = False
            return
        if tok.word and low not in FUNCTION_WORDS and low not in CONTRACTIONS:
            self.content.add(low)
        if k == self.first and _inverted_conditional(tokens, k, limit):
            self.lead = self.pending = True  # "Should prices rise, ...": an "if" clause
            return
        if low in _SUBORDINATOR_STARTS and subordinator_at(tokens, k, limit, self.seg_start):
            if self.main:
                # a relative clause ends inside its noun phrase: a clause with a subject
                # of its own after "and" or a comma belongs to the main clause's level
                if not _relative_after_noun(tokens, k, self.first):
                    # only adverbial clauses end where the main subject comes back
                    self.adverbial = (not self.open_sub or self.adverbial) and (
                        low in ADVERBIAL_SUBORDINATORS
                    )
                    self.open_sub = True
            else:
                self.lead = True
            self.pending = True
            return
        if k == self.seg_start and not self.main:
            verb = clause_start(tokens, k, min(limit, k + _LOOKAHEAD))
            # "Thankfully, the bank waited": the clause starts after the comma, not here
            if (
                0 <= verb < stop
                and all(t.low != "," for t in tokens[k:verb])
                and not _reduced_relative(tokens, k, verb, limit)
            ):
                self.main, self.lead, self.pending = True, False, False
                self.subject = _subject_word(tokens[_skip_adverbs(tokens, k, verb)])
                return
            self.phrase = (
                low in FRONTED_PHRASE_OPENERS
                or bool(
                    low in COMPLEX_PREPOSITIONS
                    and _phrase_at(tokens, k, limit, COMPLEX_PREPOSITIONS)
                )
                or _participle_phrase(tokens, k, limit)  # "Having kept you waiting, ..."
            )
            self.nominal = low in DETERMINERS
        elif self.nominal and low in NOMINATIVE_PRONOUNS and not self.main:
            self.phrase = True  # a contact relative clause: "every chance I get"
        if (self.pending or not self.main) and _finite_in_context(tokens, k, self.seg_start):
            if self.pending:
                self.pending = False
            elif not self.main and (not self.lead or self.lead_closed) and not self.phrase:
                self.main = True

    @property
    def complete(self) -> bool:
        return self.main and not self.pending


def _reduced_relative(tokens: list[Token], k: int, verb: int, limit: int) -> bool:
    """Whether the "verb" found in a fronted prepositional phrase is a participle after its
    noun ("In a match played in May, ...", "After the talks held by the envoys, ..."):
    a past form straight after a noun and before a preposition. The phrase has no clause
    of its own; the main clause comes after its comma."""
    if tokens[k].low not in LEADING_PREPOSITIONS or verb <= k + 1 or verb + 1 >= limit:
        return False
    # one noun phrase with its own determiner between the preposition and the participle
    # ("In May the council voted for ..." has a subject after the phrase)
    if tokens[k + 1].low not in DETERMINERS or any(
        t.low in DETERMINERS or not t.word for t in tokens[k + 2 : verb]
    ):
        return False
    low, before = tokens[verb].low, tokens[verb - 1]
    past = low in IRREGULAR_PAST or (low.endswith("ed") and low not in ED_NOT_VERBS)
    return (
        past
        and before.word
        and before.low not in FUNCTION_WORDS
        and before.low not in AUX
        and tokens[verb + 1].low in PREPOSITIONS
    )


# Auxiliaries that open a conditional clause when they come before their subject ("Should
# prices rise, ...", "Had we known, ...", "Were it not for ...").
INVERTED_CONDITIONALS = _words("inverted_conditionals")


def _inverted_conditional(tokens: list[Token], k: int, limit: int) -> bool:
    """Whether token ``k``, the first of a clause, is an auxiliary before its subject: a
    conditional clause without "if", subordinate to the clause after its comma."""
    if tokens[k].low not in INVERTED_CONDITIONALS or k + 1 >= limit:
        return False
    nxt = tokens[k + 1]
    return nxt.word and nxt.low not in AUX and nxt.low not in {"to", "been", "not", "n't"}


def _candidate(tokens: list[Token], i: int, n: int) -> tuple[str, int] | None:
    """A possible clause boundary at token ``i``: its kind and the first token after it."""
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < n else ""
    if low == ";":
        return "strong", i + 1
    if low == ":" and _colon_between_clauses(tokens, i, n):
        # a clause after a colon is a claim of its own, as after a semicolon; a noun phrase
        # after one is not (codebook-questions, "A noun phrase after a colon"): the clause
        # tests decide
        return "strong", i + 1
    if low in DASHES:
        if low == "-" and 0 < i < n - 1 and _touching(tokens[i - 1], tokens[i], tokens[i + 1]):
            return None  # a hyphen inside a word ("the U.S.-EU ties"), not a dash
        j = i + 1
        while j < n and tokens[j].low in DASHES:
            j += 1
        return "strong", j
    if low == ",":
        if nxt in JOINERS:
            kind, j = _joiner(tokens, i + 1, n)
            return ("comma_and" if kind == "and" else kind), j
        return "comma", i + 1
    if low in JOINERS and i > 0:
        return _joiner(tokens, i, n)
    return None


def _colon_between_clauses(tokens: list[Token], i: int, n: int) -> bool:
    """Whether the colon at ``i`` can join two clauses: a word on each side, so neither
    "12:30" nor a quotation or a bracket after it (the quotation rules keep "said: "..."", and
    a speaker's label run into a sentence is "PRIME MINISTER: (continued)")."""
    if not 0 < i < n - 1 or _touching(tokens[i - 1], tokens[i], tokens[i + 1]):
        return False
    return tokens[i - 1].word and tokens[i + 1].word


def _touching(before: Token, tok: Token, after: Token) -> bool:
    """Whether a token is written with no space on either side."""
    return before.end == tok.start and tok.end == after.start


def _joiner(tokens: list[Token], i: int, n: int) -> tuple[str, int]:
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < n else ""
    after = tokens[i + 2].low if i + 2 < n else ""
    if (
        low == "and"
        and nxt == "so"
        and after in SO_NOT_JOINING
        and not _pronoun_subject(tokens, i + 2, n)
    ):
        return "none", i + 1  # "..., and so on"
    if low == "and" and nxt in {"so", "yet"}:
        return "strong", i + 2
    if low == "so" and nxt in SO_NOT_JOINING and not _pronoun_subject(tokens, i + 1, n):
        return "none", i + 1  # "so that", "so far", "so much"
    return ("and" if low == "and" else "strong"), i + 1


def _pronoun_subject(tokens: list[Token], k: int, n: int) -> bool:
    """Whether "that" at ``k`` is a pronoun subject with its verb ("so that is why"), not
    the "that" of "so that"."""
    if tokens[k].low == "that's":
        return True
    return tokens[k].low == "that" and k + 1 < n and tokens[k + 1].low in AUX


def _right_clause(
    tokens: list[Token], text: str, j: int, n: int, kind: str = "strong"
) -> tuple[int, int]:
    """Where the right-hand clause starts (after any linking words) and its verb, or -1.
    After a strong joiner ("but", "so", a semicolon, a dash, ", and") the clause may open
    with an adverbial subordinate clause ("..., but because the grant ran out, the café
    closed")."""
    if j < n:
        linked = _match_end(LINKER_RE, _LINKER_ASCII, text, tokens[j].start, tokens[-1].end)
        if linked >= 0 and tokens[j].low == "which" and kind == "comma":
            return j, -1  # "..., which means Y": a relative clause, kept with its main one
        if linked >= 0:
            while j < n and tokens[j].start < linked:
                j += 1
    if j >= n or tokens[j - 1].low in {"or", "nor"}:
        return j, -1  # "They're busy, or they missed the letter" is one proposition
    verb = clause_start(tokens, j, min(n, j + _LOOKAHEAD))
    if verb < 0 and tokens[j - 1].low == ";":
        verb = _imperative(tokens, j, n)
    # "but, because ...": a comma may set the fronted clause or phrase off the joiner
    lead = j + 1 if j + 1 < n and tokens[j].low == "," else j
    if (
        verb < 0
        and kind != "comma"
        # after a bare "and", "as" is more often a comparison ("as thoroughly and as
        # efficiently as possible") than a clause
        and not (kind == "and" and tokens[lead].low == "as")
        and (tokens[lead].low in ADVERBIAL_SUBORDINATORS or _participle_phrase(tokens, lead, n))
    ):
        # "..., but because the grant ran out, the café closed", "... - but having said
        # that, I do think ...", "... and while the snow fell, the buses ran": the main
        # clause follows the fronted clause or phrase
        verb = _main_after_subordinate(tokens, lead, n)
        if verb >= 0:
            j = lead
    if verb == j + 1 and _adjective_then_plural(tokens, j):
        return j, -1  # "..., brutal cuts", "local taxes": a noun-list item, no clause
    said = verb + 1 if verb >= 0 and _is_conditional(tokens[verb].low) else verb
    if (
        verb >= 0
        and said < n
        and tokens[said].low in REPORTING
        and (said + 1 >= n or not _is_word(tokens[said + 1]))
    ):
        return j, -1  # "..., he said" / "..., I think, ..." / "..., I'd say, ..."
    if verb >= 0 and _negated_stance_tag(tokens, verb, n):
        return j, -1  # "..., I don't think" / "..., I wouldn't have thought"
    if verb >= 0 and _parenthetical_stance(tokens, verb, n):
        return j, -1  # "a small, but I hope important, contribution"
    return j, verb


_CONDITIONALS = _words("conditional_modals")


def _negated_stance_tag(tokens: list[Token], verb: int, n: int) -> bool:
    """A negated auxiliary and a clause-taking stance verb that end the clause ("...,
    I don't think", "..., I wouldn't have thought"): a tag on the claim before it, like
    "..., I think" (codebook, The shortest verbatim span: hedges stay inside the span),
    with no content of its own to make a claim."""
    if not tokens[verb].low.endswith("n't"):
        return False
    k = verb + 1
    if k < n and tokens[k].low == "have":
        k += 1
    return (
        k < n
        and tokens[k].low in CLAUSE_STANCE_VERBS
        and (k + 1 >= n or not _is_word(tokens[k + 1]))
    )


def _is_conditional(low: str) -> bool:
    """A conditional auxiliary, alone or glued to its subject ("would", "I'd"; a token's
    ``low`` has straight apostrophes): the verb of saying after it ("I'd say", "I would
    say") makes an aside as "I say" does."""
    return low in _CONDITIONALS or low.endswith("'d")


def _adjective_then_plural(tokens: list[Token], j: int) -> bool:
    """Whether the words at ``j`` are an adjective and a plural noun ("significant shifts",
    "behavioural changes"): the "-s" word that would be the verb is the noun, since an
    adjective is no subject on its own. An adjective is a lowercase word with one of the
    endings in ``adjective_endings`` that the lexicon knows as an adjective (or does not
    know at all: "asymptomatic")."""
    first, second = tokens[j], tokens[j + 1]
    if first.cap or not first.low.isalpha() or not first.low.endswith(ADJECTIVE_ENDINGS):
        return False
    if not second.low.endswith("s") or second.low in AUX or second.low in IRREGULAR_PAST:
        return False
    if j + 2 < len(tokens):
        after = tokens[j + 2].low
        if after in ADVERBS or after in DETERMINERS or after in {"it", "them", "us", "him"}:
            return False  # "capital flows freely", "public money pays the bills": a verb
    readings = getAllLemmas(first.low)
    return not readings or "ADJ" in readings


def _main_after_subordinate(tokens: list[Token], j: int, n: int) -> int:
    """The verb of the main clause that follows a leading subordinate clause ("..., but
    because the grant ran out, the café closed"): after one of its next commas, or -1."""
    commas = 0
    for k in range(j + 1, min(n, j + 40)):
        if tokens[k].low != ",":
            continue
        commas += 1
        if commas > 2:
            break
        if k + 1 < n and not opens_subordinate(tokens, k + 1, n):
            verb = clause_start(tokens, k + 1, min(n, k + 1 + _LOOKAHEAD))
            if verb >= 0:
                return verb
    return -1


def _parenthetical_stance(tokens: list[Token], verb: int, n: int) -> bool:
    """A stance verb with a pronoun subject and no clause after it ("I hope important
    contribution"): an aside inside the left clause's phrase, not a clause."""
    tok = tokens[verb]
    if tok.low not in STANCE_VERBS or verb == 0 or tokens[verb - 1].low not in SUBJECTS:
        return False
    nxt = verb + 1
    if nxt >= n or not tokens[nxt].word or tokens[nxt].low in SO_NOT_JOINING | {"that", "so"}:
        return False
    return clause_start(tokens, nxt, min(n, nxt + _LOOKAHEAD)) < 0 and not _is_object(
        tokens[nxt].low
    )


def _is_object(low: str) -> bool:
    """A pronoun or determiner that may open the object of a stance verb ("I hope so",
    "we expect it")."""
    return low in {"it", "this", "that", "so", "not", "them", "him", "her", "you", "us"}


def _imperative(tokens: list[Token], j: int, n: int) -> int:
    """After a semicolon, an imperative is a clause too ("...; don't just turn up")."""
    j = _skip_adverbs(tokens, j, n)
    if j < n and (tokens[j].low in {"don't", "do", "never"} or tokens[j].low in VERB_BASES):
        return j
    return -1


def _repeats(left: set[str], tokens: list[Token], cur: int, j: int, n: int) -> bool:
    """Whether the right clause only repeats words of the left one. A right clause that
    negates what the left one did not ("if they let the water flow, but they didn't let
    the water flow") contrasts with it: a proposition of its own."""
    right_tokens = tokens[j : min(n, j + 40)]
    if not content_words(right_tokens) <= left:
        return False
    if _did_pro_form(right_tokens):
        return False  # "..., and he did that": the act done, not a repeat of the words
    return not (_negated(right_tokens) and not _negated(tokens[cur:j]))


def _did_pro_form(tokens: list[Token]) -> bool:
    """A subject, "did" and a pro-form object ("he did that", "we did so", "they did it"):
    reports that the act the left clause names was done, a proposition of its own."""
    return (
        len(tokens) >= 3
        and tokens[0].low in PERSONAL_PRONOUNS
        and tokens[1].low == "did"
        and tokens[2].low in {"that", "so", "it", "this"}
    )


def _negated(tokens: list[Token]) -> bool:
    return any(t.low in {"not", "never", "no", "cannot"} or t.low.endswith("n't") for t in tokens)


SPLIT = "split"
"""The rules' verdict on a candidate boundary where they split; every other verdict names the
reason they do not."""


class Boundary(NamedTuple):
    """A candidate clause boundary inside one sentence, as the rules saw it: what a learned
    split decision (``decide`` of :func:`split_clauses`) is given."""

    tokens: list[Token]
    """The sentence's tokens (their offsets are into the document)."""
    left: int
    """The first token of the clause the boundary would end."""
    at: int
    """The joiner's token (a comma, "and", a dash, ...)."""
    right: int
    """The first token after the joiner (and after a "but", "so" that follows a comma)."""
    kind: str
    """How strongly the joiner separates: "strong", "comma", "comma_and" or "and"."""
    verdict: str
    """:data:`SPLIT` or the rules' reason not to split."""


Decide = Callable[[Boundary], bool]
"""Whether to split at a candidate boundary (a learned decision that may overrule the rules)."""


class _Left:
    """The left side's state, brought up to date only when a verdict needs it."""

    __slots__ = ("fed", "state")

    def __init__(self, start: int) -> None:
        self.state = _LeftState(start)
        self.fed = start

    def read_to(self, tokens: list[Token], i: int, n: int) -> _LeftState:
        for k in range(self.fed, i):
            self.state.feed(tokens, k, n, i)
        self.fed = i
        return self.state


def split_clauses(
    text: str, tokens: list[Token], decide: Decide | None = None
) -> list[tuple[int, int]]:
    """Token ranges of the independent clauses of one sentence (joiners left out).

    Each candidate joiner is tested on its right side first (cheap, bounded look-ahead);
    only then is the left side's state brought up to date, one token at a time, so a
    sentence is still read once. With ``decide``, the rules' verdict at each candidate is
    one of its inputs and its answer is the decision."""
    n = len(tokens)
    candidates = [i for i in range(1, n) if tokens[i].low in _CANDIDATE_TOKENS]
    if not candidates:
        return [(0, n)] if n else []
    # the closing quote may lie past the last token (trimmed with the final punctuation)
    quotes = _Quotes(text, tokens[0].start, min(len(text), tokens[-1].end + 2))
    ranges: list[tuple[int, int]] = []
    cur = 0
    aside_end = -1  # the closing dash of a dash pair that encloses an aside
    left = _Left(0)
    for i in candidates:
        if i <= cur or i <= aside_end:
            continue
        cand = _candidate(tokens, i, n)
        if not cand or cand[0] == "none" or quotes.inside(tokens[i].start, tokens[i].start):
            continue
        if tokens[i].low in DASHES and tokens[i - 1].low in DASHES:
            continue  # the second mark of "--": the break was decided at the first
        kind, j = cand
        verdict, right, closing = _verdict(text, tokens, cur, i, kind, j, left)
        split = verdict == SPLIT
        if decide is not None and j < n:
            split = decide(Boundary(tokens, cur, i, j, kind, verdict))
        if split:
            ranges.append((cur, i))
            cur = right
            left = _Left(cur)
        elif closing > 0:
            aside_end = closing  # "conditions — which is, you know, bonds — it's tight"
    ranges.append((cur, n))
    return [(a, b) for a, b in ranges if b > a]


def _verdict(
    text: str, tokens: list[Token], cur: int, i: int, kind: str, j: int, left: _Left
) -> tuple[str, int, int]:
    """The rules' verdict on the candidate joiner at ``i`` (:data:`SPLIT` or why not), the
    first token of the clause on its right, and the closing dash of an aside that a dash at
    ``i`` opens (-1 if none)."""
    n = len(tokens)
    if _left_unfinished(tokens, cur, i):
        return "left_unfinished", j, -1
    if kind == "and" and _open_complement(tokens, cur, i, j, n):
        return "open_complement", j, -1  # "I noticed Peru and Chile are ...": one subject
    if kind == "and" and (_inside_pair(tokens, cur, i, n) or _adjectives_paired(tokens, cur, i, n)):
        return "pair", j, -1  # "between myself and the mayor", "each and every", "a new and open"
    if kind == "comma" and (
        _fronted_in_complement(tokens, cur, i) or _adjectives_paired(tokens, cur, i, n)
    ):
        return (
            "comma_phrase",
            j,
            -1,
        )  # "that for a small farm, the levy is ...", "a credible, gradual path"
    if kind == "comma" and _stutter(tokens, i, j, n):
        return "stutter", j, -1  # "I'm surprised that anybody, anybody would ...": one clause
    if tokens[i].low in DASHES:
        if _restarts(tokens, i, j, n):
            return "restart", j, -1  # "we're — we're doing", "It's a fair — it's a fair thing"
        closing = _aside_end(tokens, j, n)
        if closing < 0:
            closing = _resumed_aside_end(tokens, j, n)
        if closing > 0:
            return "aside", j, closing
    if kind in {"comma", "comma_and", "and"} and _parallel_relative(tokens, cur, i, j, n):
        return "parallel_relative", j, -1  # "a council that will listen, that will fix the roads"
    if tokens[j - 1].low == "but" and _correlative(tokens, cur, i, j, n):
        return "correlative", j, -1  # "not just the faith of X, but the sense of Y"
    if kind == "and" and (
        _coordinated_infinitive(tokens, i, j, n) or _coordinated_gerund(tokens, cur, i, j, n)
    ):
        return (
            "coordinated_verbs",
            j,
            -1,
        )  # "to challenge and counter them", "scaring and misleading"
    if kind in {"and", "comma_and"} and _listed_gerund(tokens, cur, i, j, n):
        return "listed_gerunds", j, -1  # "ending the strike, fixing the roads, and promoting ..."
    if kind == "and" and _noun_then_reduced_relative(tokens, j, n):
        return "noun_list", j, -1  # "growth and security based on shared values"
    if kind == "and" and _second_of_phrase(tokens, j, n):
        return "second_of_phrase", j, -1  # "the view of the council and of the banks is ..."
    right, verb = _right_clause(tokens, text, j, n, kind)
    if verb < 0:
        return "no_right_verb", j, -1
    if kind == "comma" and _echo_tag(tokens, right, n):
        return "echo_tag", right, -1  # "There's money set aside, of course there is, and ..."
    state = left.read_to(tokens, i, n)
    if not (_left_allows(state, kind) or _main_subject_again(state, kind, tokens, right)):
        return "left_incomplete", right, -1
    if _repeats(state.content, tokens, cur, right, n):
        return "repeats", right, -1
    return SPLIT, right, -1


# Pronouns that stand as a clause's subject: an echo tag's ("..., it is"), and the one that
# makes the words after "and" a clause of their own ("I noticed the car and it was red").
_PRONOUN_SUBJECTS = _words("pronoun_subjects") | PERSONAL_PRONOUNS


def _echo_tag(tokens: list[Token], j: int, n: int) -> bool:
    """Whether the clause after a comma is only a subject and an auxiliary that echo the
    clause before it ("..., of course there is, ...", "..., it is, ...", "..., I do."): an
    ellipsis that only repeats its neighbour, never a claim of its own (codebook, The
    unit)."""
    if j + 1 < n and tokens[j].low == "of" and tokens[j + 1].low == "course":
        j += 2
    j = _skip_adverbs(tokens, j, n)
    if j + 1 >= n or tokens[j].low not in _PRONOUN_SUBJECTS or tokens[j + 1].low not in AUX:
        return False
    k = j + 2
    if k < n and tokens[k].low in {"not", "too", "indeed"}:
        k += 1
    return k >= n or tokens[k].low in _BREAKS


def _closes_echo_tag(tokens: list[Token], cur: int, k: int) -> bool:
    """Whether the auxiliary at ``k`` ends an echo tag that follows a comma ("..., of
    course there is")."""
    m = k - 1
    if m <= cur or tokens[m].low not in _PRONOUN_SUBJECTS:
        return False
    m -= 1
    while m > cur and (tokens[m].low in ADVERBS or tokens[m].low in {"of", "course"}):
        m -= 1
    if m <= cur or tokens[m].low != ",":
        return False
    # the tag echoes a clause: "Clearly, this is —" has none before its comma
    echoed = any(t.word and t.low not in ADVERBS for t in tokens[cur:m])
    return echoed and _echo_tag(tokens, m + 1, k + 1)


def _correlative(tokens: list[Token], cur: int, i: int, j: int, n: int) -> bool:
    """Whether the left side holds "not only", "not just" or "not merely": the "but" after
    it completes the pair ("not only X, but Y") rather than joining two clauses. A
    pronoun subject after "but" ("not only to him, but I was also ...") opens a clause."""
    if j < n and (tokens[j].low in PERSONAL_PRONOUNS or _is_contraction(tokens[j].low)):
        return False
    for k in range(cur, i - 1):
        if tokens[k].low == "not" and tokens[k + 1].low in {"only", "just", "merely", "simply"}:
            return True
    return False


def _coordinated_gerund(tokens: list[Token], cur: int, i: int, j: int, n: int) -> bool:
    """Whether "and" at ``i`` joins a gerund to one just before it ("frightening people and
    making out that ..."): the right side opens with an "-ing" word and one of the last
    few words before "and" is one too."""
    if j >= n or not _gerund(tokens[j]):
        return False
    return any(_gerund(t) for t in tokens[max(cur, i - 4) : i])


def _listed_gerund(tokens: list[Token], cur: int, i: int, j: int, n: int) -> bool:
    """Whether "and" at ``i`` adds the last item to a list of gerund phrases ("ending the
    strike, addressing the floods, and promoting growth based on ..."): the right side
    opens with an "-ing" word and so does an item the left side set off with a comma. The
    items share the sentence's subject and verb, so none is a clause of its own (codebook,
    The unit)."""
    if j + 1 >= n or not _gerund(tokens[j]):
        return False
    after = tokens[j + 1].low
    if after in AUX or (after in VERB_FORMS and after not in VERB_BASES):
        return False  # "..., and spending has fallen": a gerund subject with its verb
    return any(tokens[k - 1].low == "," and _gerund(tokens[k]) for k in range(cur + 1, i))


def _second_of_phrase(tokens: list[Token], j: int, n: int) -> bool:
    """Whether the words after "and" open with "of" (not "of course"): a second
    of-phrase of the noun before ("the advice of the bank and of the unions is ..."). No
    clause opens with "of", so the verb after it is the whole sentence's (codebook, The
    unit: an independent clause has its own subject and finite verb)."""
    return j + 1 < n and tokens[j].low == "of" and tokens[j + 1].low != "course"


def _noun_then_reduced_relative(tokens: list[Token], j: int, n: int) -> bool:
    """Whether the right side of a bare "and" is a bare noun with a participle that only
    ever has a passive sense before a preposition ("growth and security based on ...",
    "and jobs made in this country"): a reduced relative clause on another object of the
    left side's verb, not a subject and its finite verb, so no clause of its own (codebook,
    The unit: an independent clause has its own subject and finite verb)."""
    if j + 2 >= n:
        return False
    noun, participle, after = tokens[j], tokens[j + 1], tokens[j + 2]
    return (
        noun.word
        and noun.low.isalpha()
        and noun.low not in SUBJECTS
        and noun.low not in PERSONAL_PRONOUNS
        and noun.low not in DETERMINERS
        and noun.low not in FUNCTION_WORDS
        and participle.low in PASSIVE_PARTICIPLES
        and after.low in PREPOSITIONS
    )


def _gerund(tok: Token) -> bool:
    return tok.word and not tok.cap and len(tok.low) > 4 and tok.low.endswith("ing")


def _coordinated_infinitive(tokens: list[Token], i: int, j: int, n: int) -> bool:
    """Whether "and" at ``i`` joins two verbs of one infinitive ("to challenge and counter
    ..."): the left side stops on "to" and a verb, the right side opens with a verb."""
    return (
        i >= 2
        and j < n
        and tokens[i - 2].low == "to"
        and may_be_verb(tokens[i - 1].low)
        and may_be_verb(tokens[j].low)
    )


def _open_complement(tokens: list[Token], cur: int, i: int, j: int, n: int) -> bool:
    """Whether "and" at ``i`` falls inside the subject of a complement clause with no "that"
    whose verb is still to come ("I noticed Peru and Chile are ...", "She said the cost of
    the levy and a fuel tax will ..."): the left side ends on a complement verb and a noun
    phrase with no verb of its own, and the right side opens with no pronoun subject ("I
    noticed the car and it was red" stays two clauses)."""
    if j >= n:
        return False
    first = tokens[j].low
    if first in _PRONOUN_SUBJECTS or _is_contraction(first):
        return False
    k = i - 1
    while k > cur and i - k <= 7 and tokens[k].low not in COMPLEMENT_VERBS:
        tok = tokens[k]
        low = tok.low
        if not tok.word or low in AUX or low in SUBORDINATORS or low in RELATIVES:
            return False
        if low in PERSONAL_PRONOUNS or _is_contraction(low):
            return False
        if low in VERB_FORMS and low not in VERB_BASES and tokens[k - 1].low not in DETERMINERS:
            return False  # "I think prices rose and wages fell": the complement has its verb
        k -= 1
    if k <= cur or k == i - 1 or tokens[k].low not in COMPLEMENT_VERBS:
        return False
    obj = tokens[k + 1]
    if obj.low in DETERMINERS:
        return not _is_object(obj.low)  # "the economy", "their costs"; not "that", "it"
    return obj.low not in FUNCTION_WORDS and obj.low not in ADVERBS and not _is_object(obj.low)


def _fronted_in_complement(tokens: list[Token], cur: int, i: int) -> bool:
    """Whether the comma at ``i`` closes a phrase or an adverbial clause fronted inside a
    "that" clause of saying or telling ("I told them that for a small farm, the levy is
    ...", "They told us that as the works went on, they ..."): "that" straight before a
    preposition or a subordinator is the complementiser, and the clause it opens has no
    main verb yet (codebook, The unit: subordinate clauses stay with their main clause)."""
    t = next((m for m in range(i - 1, cur, -1) if tokens[m].low == "that"), -1)
    if t < 0 or t + 1 >= i:
        return False
    lead = t + 2 if tokens[t + 1].low == "," and t + 2 < i else t + 1
    clause = tokens[lead].low in ADVERBIAL_SUBORDINATORS
    if not clause and (lead != t + 1 or tokens[lead].low not in PREPOSITIONS):
        return False
    if not any(
        tokens[m].low in SAYING or tokens[m].low in _TELLING for m in range(max(cur, t - 5), t)
    ):
        return False
    if clause:
        # the fronted clause has its own verb; the comma that ends it is the first one
        return all(tokens[m].low != "," for m in range(lead + 1, i))
    return not any(
        tokens[m].low == "," or _finite_in_context(tokens, m, t + 1) for m in range(t + 2, i)
    )


# Quantifiers paired as one determiner ("each and every request", "any and all costs").
_PAIRED_QUANTIFIERS = _words("paired_quantifiers")
# Noun pairs that act as one noun ("a goods and services tax"): see splitting.yaml.
_FIXED_PAIRS = frozenset(
    (words[0], words[-1])
    for words in (str(p).lower().split() for p in lexicon()["fixed_noun_pairs"])
)


def _inside_pair(tokens: list[Token], cur: int, i: int, n: int) -> bool:
    """Whether "and" at ``i`` only completes a pair inside one phrase: "between X and Y"
    with no "and" since "between" on the same stretch, or two quantifiers paired as one
    determiner ("each and every letter"), or two numbers of one label ("Modules 1 and
    2"), or a noun pair that names one thing ("a goods and services tax"). Neither side is
    a clause of its own (codebook, The unit: an independent clause
    has its own subject and finite verb)."""
    if i + 1 < n and (tokens[i - 1].low, tokens[i + 1].low) in _FIXED_PAIRS:
        return True  # "a goods and services tax": one noun, "services tax" no clause
    if i + 1 < n and tokens[i - 1].low in _PAIRED_QUANTIFIERS:
        return tokens[i + 1].low in _PAIRED_QUANTIFIERS or _between_open(tokens, cur, i)
    if i - 2 >= cur and i + 1 < n and tokens[i - 2].cap and tokens[i - 1].low.isdigit():
        # "Modules 1 and 2 have shown": two numbers of one label ("We lost 3 and 4 more
        # were hurt" has none)
        return tokens[i + 1].low.isdigit()
    return _between_open(tokens, cur, i)


def _between_open(tokens: list[Token], cur: int, i: int) -> bool:
    """Whether "between" opens the stretch before ``i`` and still waits for its "and"."""
    for m in range(i - 1, max(cur, i - 8) - 1, -1):
        low = tokens[m].low
        if low in {",", "and", ";"} or low in DASHES or low in _PLURAL_BETWEEN:
            return False  # "between them", "between the two sides": already complete
        if low == "between":
            return True
    return False


# Number words that may stand before a coordinated adjective ("two separate and distinct").
_SMALL_NUMBERS = _words("small_numbers")


def _adjectives_paired(tokens: list[Token], cur: int, i: int, n: int) -> bool:
    """Whether "and" or a comma at ``i`` joins two adjectives of one noun phrase: the left
    side stops on an adjective straight after a determiner or a preposition ("an untargeted
    and unfocused scheme", "to humanitarian and refugee needs", "two separate and distinct
    releases", "a credible, gradual path"), or after an article and a degree adverb ("a
    truly deep and lasting bond"), and a content word, not a subject, follows. The noun is
    still to come, so neither side is a clause of its own (codebook, The unit)."""
    if i - 2 < cur or i + 1 >= n:
        return False
    before, last, nxt = tokens[i - 2].low, tokens[i - 1].low, tokens[i + 1]
    if not last.isalpha() or not nxt.word or nxt.cap or not nxt.low.isalpha():
        return False
    if nxt.low in FUNCTION_WORDS or nxt.low in DETERMINERS or nxt.low in PERSONAL_PRONOUNS:
        return False  # "We chose a cheap and it worked": a subject opens the right side
    if nxt.low in AUX or nxt.low in _PRONOUN_SUBJECTS or _is_contraction(nxt.low):
        return False
    readings = getAllLemmas(last)
    if i - 3 >= cur and _degree_adverb(before) and tokens[i - 3].low in _NOUN_DETERMINERS:
        before = tokens[i - 3].low  # "a really exciting and ...": the adverb grades it
    if before in _NOUN_DETERMINERS and "ADJ" in readings:
        # between a noun determiner and the head noun an adjective that may also be an
        # adverb is the adjective ("the deep and enduring ties", "a long and costly war");
        # "this" and "that" are left out: they grade an adjective too ("not that bad")
        return True
    if "ADV" in readings:
        return False  # "this is so and ...": not surely an adjective
    if before in ARTICLES or before in _SMALL_NUMBERS:
        # after "a" or "two" a verb reading is no verb ("two separate and distinct"), and a
        # participle the lexicon lacks is an adjective too ("an untargeted and ...")
        return "ADJ" in readings or (not readings and last.endswith("ed"))
    if before in PREPOSITIONS:
        return "ADJ" in readings and "VERB" not in readings  # "to separate and ..."
    return False


def _relative_verb(tokens: list[Token], k: int, n: int) -> bool:
    """Whether the word at ``k`` is the verb a relative "that" takes as its subject: a
    modal, an auxiliary other than a bare copula, or a finite lexical verb ("that will",
    "that has", "that keeps"). A copula is left out: after a comma "that is" / "that was"
    is mostly a demonstrative subject ("..., that was the right call")."""
    if k >= n:
        return False
    low = tokens[k].low
    if low in COPULAS or low == "'s":
        return False
    return low in MODALS or low in AUX or (low in VERB_FORMS and low not in VERB_BASES)


def _parallel_relative(tokens: list[Token], cur: int, i: int, j: int, n: int) -> bool:
    """Whether the joiner at ``i`` only adds another relative clause to a noun the left side
    already gave one ("a government that will be there for them, that will support them,
    and that will move us forward"): both open with "that" and a verb, so the right side
    has no subject of its own and is a subordinate clause kept with its main clause
    (codebook, The unit). After "and" the same verb must open both ("that will ..., and
    that will ..."): "... a plan that works, and that has made the difference" more often
    goes on with a demonstrative subject."""
    if j >= n or tokens[j].low != "that" or not _relative_verb(tokens, j + 1, n):
        return False
    verbs: set[str] = set()  # the verbs of the left side's relative clauses on its noun
    for k in range(cur + 1, i - 1):
        if tokens[k].low != "that" or not _relative_verb(tokens, k + 1, i):
            continue
        if _relative_after_noun(tokens, k, cur) or (verbs and tokens[k - 1].low == ","):
            verbs.add(tokens[k + 1].low)  # the noun's relative, or one listed after it
    if tokens[j - 1].low == "and":
        return tokens[j + 1].low in verbs
    return bool(verbs)


def _degree_adverb(low: str) -> bool:
    """Whether a word is only ever an adverb or an adjective's grade ("really", "truly",
    "very", "quite"): the lexicon knows it as an adverb and as no noun or verb."""
    readings = getAllLemmas(low)
    return "ADV" in readings and "NOUN" not in readings and "VERB" not in readings


# Words after "between" that make its object complete without "and" ("between us", "between
# the two sides", "between all parties").
_PLURAL_BETWEEN = _words("plural_after_between")


def _left_unfinished(tokens: list[Token], cur: int, i: int) -> bool:
    """Whether the left side stops where no clause can: on an auxiliary or copula with
    nothing after it ("Russia has been and remains ...", "the good news is, ..."), or on a
    bare stance verb ("we expect, and I want to stress this, that ...")."""
    if _frame_then_condition(tokens, cur, i) or _frame_then_phrase(tokens, cur, i):
        return True
    k = i - 1
    while k > cur and tokens[k].low == ",":
        k -= 1  # ", and": the comma was the candidate before
    last = tokens[k].low
    if last == "that" and tokens[i].low == "," and k > cur and tokens[k - 1].low in SAYING:
        return True  # "believes that, today, we need ...": the clause comes after the aside
    if tokens[k].cap and k > cur:
        return False  # a name or a month inside the clause ("in May"), not an auxiliary
    if k > cur and _superlative_without_noun(tokens[k - 1].low, last):
        # "one of its darkest and traumatic experiences": one noun phrase, unless a
        # subject opens the right side ("We chose the cheapest and it worked")
        nxt = i + 1
        while nxt < len(tokens) and (tokens[nxt].low in JOINERS or tokens[nxt].low == ","):
            nxt += 1
        if nxt < len(tokens):
            first = tokens[nxt].low
            opens = first in NOMINATIVE_PRONOUNS or first in DETERMINERS or first == "it"
            return not (opens or _is_contraction(first))
    if last in LEXICAL_AUX and k > cur and tokens[k - 1].low in MODALS:
        return False  # "all the things we said we would do": "do" is the main verb here
    if last in AUX and tokens[i].low not in DASHES and _closes_echo_tag(tokens, cur, k):
        return False  # "There's money, of course there is, and ...": the tag is complete
    if last in AUX or last in {"been", "being"}:
        return True
    if last not in STANCE_VERBS and last not in REPORTING:
        return False
    k -= 1
    while k > cur and (tokens[k].low in AUX or tokens[k].low in ADVERBS):
        k -= 1  # "we have always said"
    return k >= cur and tokens[k].low in PERSONAL_PRONOUNS


_CONDITIONS = _words("frame_conditions")


def _frame_then_condition(tokens: list[Token], cur: int, i: int) -> bool:
    """Whether the left side is a stance frame and a condition with no comma after it ("I
    think if there are tariffs and there's more spending — it might push prices up"):
    the clause the frame introduces, the condition's main clause, is still to come."""
    k = _stance_frame_end(tokens, cur, i)
    return 0 <= k < i and tokens[k].low in _CONDITIONS and all(t.low != "," for t in tokens[k:i])


def _stance_frame_end(tokens: list[Token], cur: int, i: int) -> int:
    """The index after a leading stance frame ("I think", "So we believe that") on the
    left side ``tokens[cur:i]``, or -1."""
    k = cur
    while k < i and (tokens[k].low in JOINERS or tokens[k].low in ADVERBS):
        k += 1  # "So I think if ..."
    if k >= i or tokens[k].low not in {"i", "we"}:
        return -1
    k += 1
    while k < i and (tokens[k].low in AUX or tokens[k].low in ADVERBS):
        k += 1
    if k >= i or tokens[k].low not in CLAUSE_STANCE_VERBS:
        return -1
    k += 1
    return k + 1 if k < i and tokens[k].low == "that" else k


_FRAME_OBJECTS = _words("frame_objects")


def _frame_then_phrase(tokens: list[Token], cur: int, i: int) -> bool:
    """Whether the left side of a comma is a stance frame and a fronted phrase with no verb
    of its own ("I think taken together, this is ...", "I think, first of all, clarity
    ...", "I believe after the vote, the mayor resigned"): the clause the frame introduces
    comes after the comma. An object of the verb ("I think so", "I think about it") makes
    the frame a clause of its own."""
    if tokens[i].low != ",":
        return False
    k = _stance_frame_end(tokens, cur, i)
    if k < 0 or k >= i:
        return False
    while k < i and tokens[k].low == ",":
        k += 1
    if k >= i or tokens[k].low in _FRAME_OBJECTS:
        return False
    return not has_finite_verb(tokens[k:i])


def _superlative_without_noun(before: str, last: str) -> bool:
    """Whether a phrase stops on a superlative after its determiner ("its darkest", "the
    most costly"): its noun is still to come, after the coordinated adjective."""
    if before in {"most", "least"}:
        return last.isalpha()
    return before in ARTICLES and last.endswith("est") and len(last) > 5 and last.isalpha()


_RESTART_IGNORED = ARTICLES | JOINERS | {"and", "or", "of", "to", ","}


def _restarts(tokens: list[Token], i: int, j: int, n: int) -> bool:
    """Whether the words after a dash take up the words just before it: the speaker
    restarted ("I think we can't — we can't forget", "it is fitting – it's fitting")."""
    before = {t.low for t in tokens[max(0, i - 3) : i] if t.word} - _RESTART_IGNORED
    after = [t.low for t in tokens[j : min(n, j + 3)] if t.word]
    if not before or not after:
        return False
    if after[0] in before or (tokens[i - 1].low in after and tokens[i - 1].low in before):
        return True
    # an adverb taken up as its adjective ("we're absolutely — absolute agreement"): the
    # speaker restarted on the same word (a noun and its plural are left out: "the
    # election — elections are due" may be two clauses)
    last = tokens[i - 1].low
    return len(last) > 6 and last.endswith("ly") and after[0] == last[:-2]


# Words that, said again after a comma, may open a new clause rather than repeat the last
# one ("we did it, it worked", "I like those, those are good", "we waited till then, then
# we left").
_OPEN_AGAIN = PERSONAL_PRONOUNS | _words("open_again")


def _stutter(tokens: list[Token], i: int, j: int, n: int) -> bool:
    """Whether the comma at ``i`` only separates a word from its repetition ("surprised
    that anybody, anybody would see ...", "the real, real issue"): the speaker said the word
    again, so no clause ends at the comma (codebook, The unit: a split needs two clauses).
    Pronouns that may be the object before and the subject after are left out."""
    if i < 1 or j >= n:
        return False
    word = tokens[i - 1].low
    return (
        tokens[i - 1].word and word.isalpha() and word == tokens[j].low and word not in _OPEN_AGAIN
    )


def _aside_end(tokens: list[Token], j: int, n: int) -> int:
    """The closing dash of an aside that opens with a relative or subordinate word right
    after a dash ("conditions — which is, you know, bonds and stocks — it's ..."), or -1."""
    if j >= n or not (tokens[j].low in RELATIVES or opens_subordinate(tokens, j, n)):
        return -1
    for k in range(j + 1, min(n, j + 30)):
        if tokens[k].low in DASHES:
            return k
    return -1


# What the sentence may resume with after an aside: a verb with no subject of its own, or
# the "that" of a clause the aside interrupted.
_RESUMING = COPULAS | _words("resuming_words")


def _resumed_aside_end(tokens: list[Token], j: int, n: int) -> int:
    """The closing dash of a first-person aside ("— and I think everyone knows this —",
    "— I've said this before —") after which the sentence goes on where it stopped: the
    next word is a verb with no subject before it or the "that" of a clause ("What's
    happening now — and we all know this — is the harbour is busy"). Else -1."""
    k = j
    if k < n and tokens[k].low in {"and", "as", "but"}:
        k += 1
    if k >= n or _subject_word(tokens[k]) not in {"i", "we", "you"}:
        return -1
    for m in range(k + 1, min(n - 1, k + 12)):
        if tokens[m].low in DASHES:
            return m if tokens[m + 1].low in _RESUMING else -1
    return -1


def _subject_word(tok: Token) -> str:
    """A clause's first word without a contracted verb ("we've" gives "we")."""
    low = tok.low
    cut = low.find("'")
    return low[:cut] if cut > 0 and low in CONTRACTIONS else low


def _main_subject_again(state: _LeftState, kind: str, tokens: list[Token], j: int) -> bool:
    """Whether a clause after "and" or a comma takes up the main clause's pronoun subject
    after a subordinate clause ("We oppose it because it threatens us and we have
    arguments"): it continues the main clause's level, not the subordinate clause."""
    if kind not in {"and", "comma"} or not state.complete or state.lead or not state.adverbial:
        return False
    return state.subject in PERSONAL_PRONOUNS and _subject_word(tokens[j]) == state.subject


def _left_allows(state: _LeftState, kind: str) -> bool:
    if not state.complete:
        return False
    if kind in {"and", "comma"}:
        return not state.open_sub and not state.lead
    return True


def claim_spans(
    text: str, start: int, end: int, decide: Decide | None = None
) -> list[tuple[int, int]]:
    """Candidate claim spans of one sentence: not a question, leading frames and linking
    words dropped, split into independent clauses (where to split: the rules, or ``decide``
    given their verdict), fragments without a finite verb left out. Greetings, meta-talk and
    the like are filtered by the caller."""
    if _ends_as_question(text, start, end):
        return []
    # a sentence trailing off in an ellipsis was broken off: its last word may be one
    # that only opens a phrase ("exactly how...", "people can…")
    broken = _ELLIPSIS_END_RE.search(text, max(start, end - 8), end) is not None
    start, end = trim_span(text, start, end)
    if broken and _INVERTED_END_RE.search(text, max(start, end - 12), end):
        return []  # "what sort of services can you…": a question broken off
    start = strip_lead(text, start, end)
    end = cut_before_quotation(text, start, end)
    if not _CANDIDATE_RE.search(text, start, end):  # one clause: no need to tokenise
        start, end = trim_span(text, start, end)
        whole = (
            end > start
            and not asks(text, start, end)
            and not _dangles(text, start, end, broken)
            and stands(text, start, end)
        )
        return [(start, end)] if whole else []
    tokens = tokenize(text, start, end)
    spans = []
    false_start = -1  # where a clause broken off mid-phrase began ("It was a — ")
    for a, b in split_clauses(text, tokens, decide):
        clause = tokens[a:b]
        s, e = trim_span(text, clause[0].start, clause[-1].end)
        s = strip_lead(text, s, e, clause)
        s, e = trim_span(text, s, _before_joiner(text, s, e))
        cut_by_dash = b < len(tokens) and tokens[b].low in DASHES
        if e > s and (
            _dangles(text, s, e, broken and b == len(tokens))
            or (cut_by_dash and _ends_on_open_word(text, s, e))
        ):
            if false_start < 0 and asks(text, s, e):
                continue  # "Do you there's, ...": a question broken off, joined to nothing
            if b == len(tokens) and false_start < 0:
                # the sentence trails off ("..., and it's ..."): the clause before the
                # last joiner or comma stands if it has a verb of its own
                cut = _before_trailing_piece(text, s, e)
                if cut > s and stands(text, s, cut):
                    spans.append((s, cut))
                continue
            false_start = s if false_start < 0 else false_start
            continue
        if e > s and asks(text, s if false_start < 0 else false_start, e):
            false_start = -1  # a question without its question mark
            continue
        if e > s and b < len(tokens) and tokens[b].low in DASHES and _frame_broken_off(clause):
            # "I think the council — they are careful": the frame broken off joins the
            # clause the speaker restarts with, like a clause that dangles
            false_start = s if false_start < 0 else false_start
            continue
        if e > s and stands(text, s, e, clause):
            spans.append((s if false_start < 0 else false_start, e))
        false_start = -1
    return _join_repeats(text, spans)


_TRAILING_PIECE_RE = re.compile(r"\s*(?:,\s*(?:and|but|so)?|\s(?:and|but|so))\s+[^,]{1,25}$")


def _ends_on_open_word(text: str, start: int, end: int) -> bool:
    """Whether a clause cut off by a dash stops on "to" or a preposition waiting for its
    object ("we are going to --", "we are a nation of --"): the speaker broke off and
    restarted, so the piece joins the clause after the dash."""
    pos = end
    while pos > start and text[pos - 1].isalpha():
        pos -= 1
    return pos < end and pos > start and text[pos:end].lower() in DASH_OPEN_ENDS


def _before_trailing_piece(text: str, start: int, end: int) -> int:
    """Where a short broken-off piece after a final comma or joiner begins ("There are
    other plans, and it's"), or ``start`` when there is none."""
    match = _TRAILING_PIECE_RE.search(text, max(start, end - 40), end)
    if match is None or match.start() <= start or _dangles(text, start, match.start()):
        return start
    return match.start()


def _frame_broken_off(clause: list[Token]) -> bool:
    """Whether a clause cut off by a dash is only a first-person stance frame and the
    start of its complement, with no verb of its own ("I think the council —", "we
    believe that the —"): the speaker broke off and restarted, so it asserts nothing on
    its own."""
    k = 0
    while k < len(clause) and not clause[k].word:
        k += 1
    if k >= len(clause) or clause[k].low not in {"i", "we"}:
        return False
    k += 1
    while k < len(clause) and (clause[k].low in AUX or clause[k].low in ADVERBS):
        k += 1  # "I do think", "we really believe"
    if k >= len(clause) or clause[k].low not in CLAUSE_STANCE_VERBS:
        return False
    rest = clause[k + 1 :]
    if rest and rest[0].low == "that":
        rest = rest[1:]
    return any(t.word for t in rest) and not has_finite_verb(rest)


_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


# The same subject said again: "this" and "that" take up "it" ("This will be a tough road,
# it will be a hard road").
_SAME_SUBJECT = {"this": "it", "that": "it"}


def _opening(text: str, start: int, end: int) -> list[str]:
    words = [m.group().lower().translate(_APOS) for m in _WORD_RE.finditer(text, start, end)]
    # "we do not resort to ..., we do not gather ...": a negation or "do" says nothing
    # yet, so the verb after it is compared too
    size = 4 if len(words) > 2 and words[2] in {"not", "do", "did", "does", "never"} else 3
    return [_SAME_SUBJECT.get(w, w) for w in words[:size]]


# Forms of "be": a restatement says the same of its subject twice ("it will be a tough
# road, it will be a hard road"); clauses with another verb ("they like X, they like Y")
# say two things.
_BE = COPULAS | _words("other_be_forms")


def _join_repeats(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses after a bare comma that only say their neighbour again ("we are there for
    the long term, we are there for the long haul") stay one claim (codebook: do not
    split off a clause that only repeats its neighbour): the same subject and the same
    two words of a verb phrase of "be" after it ("I think X, I think Y" and "they like X,
    they like Y" are two claims)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            gap = text[pe:s].strip()
            a, b = _opening(text, ps, pe), _opening(text, s, e)
            if (
                gap == ","
                and len(a) >= 3
                and a == b
                and a[0] in SUBJECTS | {"it"}
                and any(w in _BE or w.endswith(("'s", "'re", "'m")) for w in a[:3])
            ):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _before_joiner(text: str, start: int, end: int) -> int:
    """``end`` moved back before a joining word the span stops on ("The harbour reopened
    and"): the joiner belongs to no span."""
    pos = end
    while pos > start and text[pos - 1].isalpha():
        pos -= 1
    # not "yet", which ends a clause as an adverb ("I'm not there yet")
    return pos if pos > start and text[pos:end].lower() in JOINERS - {"yet"} else end


def _dangles(text: str, start: int, end: int, broken: bool = False) -> bool:
    """Whether the span stops on a word that cannot end a clause ("It's a", "We want to",
    "... and"): a speaker broke off. Such a piece joins the clause the speaker restarts
    with, or, when nothing follows, is no claim. ``broken``: the span trails off in an
    ellipsis, so a word that only opens a phrase ("how", "can", "of") dangles too."""
    pos = end
    while pos > start and (text[pos - 1].isalnum() or text[pos - 1] in "'’"):
        pos -= 1
    last = text[pos:end].lower().translate(_APOS)
    if last == "that":
        # "The plan was that —", "what's exciting is that": a copula before "that" makes it
        # the conjunction whose clause is still to come ("I know that" may end a clause)
        return _COPULA_BEFORE_RE.search(text, max(start, pos - 12), pos) is not None
    return pos < end and (last in DANGLING_ENDS or (broken and last in OPEN_BEFORE_ELLIPSIS))


# An auxiliary before its subject pronoun at the very end: a question's inverted opening.
_INVERTED_END_RE = re.compile(
    r"\b(?i:can|could|will|would|do|does|did|should|shall|may|might)\s+(?i:you|we|they)$"
)


# A sentence's closing ellipsis, with any closing quotes or brackets after it.
_ELLIPSIS_END_RE = re.compile(r"(?:\.{3,}|…)[\"”’')\]»]*\s*$")

# A copula, full or contracted, right before the final word of a span.
_COPULA_BEFORE_RE = re.compile(r"(?:\b(?:is|was|are|were)|['’]s)\s+$", re.IGNORECASE)
