"""Claim type and hedging, decided by cue lexicons (``data/lexicon.yaml``).

The rules follow claim-guidelines.md ("Attributes", "Finer points"):

* predictive beats evaluative beats factual; a predictive cue inside a report of what someone
  believed, expected or feared ("many of us thought that would increase ...") does not count,
  since reports of beliefs are factual;
* a conditional is predictive unless it describes how an existing system routinely works;
* hedges are first-person stance frames, epistemic adverbs and epistemic modals, except a modal
  that reports someone else's fear or estimate or that lists options.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.extract import classifier, datafiles
from pipeline.extract import regex_syntax as syntax
from pipeline.extract.classifier.features import span_features
from pipeline.extract.model import ClaimType, SpeakerRole
from pipeline.extract.regexes import Gate, ascii_variant, with_first_chars
from pipeline.extract.regexes import absent as _absent
from pipeline.extract.regexes import gate as _gate_for
from pipeline.extract.vocabulary import MARKUP_TAG_RE, NUMBER_NAMES

# Straight quotes keep the cue patterns simple; the replacement keeps every offset.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\n": " ", "\r": " ", "\t": " "})
# Runs of spaces (OCR'd press transcripts space words doubly, wrapped texts end lines with
# spaces, CRLF line ends) become one, so that cue patterns written with single spaces ("I would
# expect", "appear to") match however the publisher spaced the words. Only the decisions leave
# this module, never offsets, so the shorter text is safe.
_SPACES = re.compile(r" {2,}")


def _lexicon() -> dict[str, Any]:
    return datafiles.load("lexicon.yaml")


_LEAD = re.compile(
    r"^(?:\(\?<![^)]*\))*(?:\\b)?"
    r"(?:\(\?:(?P<alts>[a-z' |-]+)\)|(?P<word>[a-z]+)(?![a-z?\[]|\((?!\?[!=<])))",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=256)
def _word_set(low: str) -> frozenset[str]:
    """The words of a lower-cased text, with contractions also split ("i'd" -> "i")."""
    words = set(_WORDS.findall(low))
    words |= {w.split("'")[0] for w in words if "'" in w}
    return frozenset(words)


_Active = tuple[re.Pattern[str], re.Pattern[str] | None, Gate, re.Pattern[str] | None]


def _required_literal(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The longest run of literal characters in the top-level sequence of ``pattern`` (every
    match contains it), compiled with the same case flag, when it is worth a pre-test: a
    literal search is a fast scan, so a text without it skips the full pattern."""
    best = ""
    run: list[str] = []
    try:
        parsed = syntax.parse(pattern.pattern, pattern.flags)
    except syntax.Unsupported:
        return None
    for op, value in parsed:
        if op is syntax.LITERAL:
            run.append(chr(value))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    if len(run) > len(best):
        best = "".join(run)
    if len(best.strip()) < 2:
        return None
    return re.compile(re.escape(best), pattern.flags & (re.IGNORECASE | re.ASCII))


def _ascii_lower(text: str) -> str | None:
    return text.lower() if text.isascii() else None


class _Cues:
    """Cue patterns, each searched only when one of its leading words occurs in the text.

    A pattern that opens with a word or a group of alternative words ("\\b(?:probably|possibly)")
    cannot match a text without one of them, so a set test skips most patterns cheaply.
    """

    def __init__(self, patterns: list[str], flags: int = re.IGNORECASE) -> None:
        self.items: list[tuple[frozenset[str], re.Pattern[str]]] = []
        plain = [re.compile(source, flags) for source in patterns]
        for source, pattern in zip(patterns, plain, strict=True):
            self.items.append((self._gate(source), with_first_chars(pattern)))
        # Which patterns each gate word opens, and the ungated ones that always run: the
        # active patterns come from a few dictionary look-ups instead of a test per pattern.
        self._always = tuple(i for i, (gate, _) in enumerate(self.items) if not gate)
        self._by_word: dict[str, tuple[int, ...]] = {}
        for i, (gate, _) in enumerate(self.items):
            for word in gate:
                self._by_word[word] = (*self._by_word.get(word, ()), i)
        self._gate_words = frozenset(self._by_word)
        self._literals = [_required_literal(pattern) for pattern in plain]
        self._needs = [_gate_for(pattern) for pattern in plain]
        self._ascii = [ascii_variant(pattern) for pattern in plain]
        self._cache: dict[frozenset[str], list[_Active]] = {}

    @staticmethod
    def _gate(source: str) -> frozenset[str]:
        lead = _LEAD.match(source)
        if not lead:
            return frozenset()
        alternatives = lead["alts"].split("|") if lead["alts"] else [lead["word"]]
        if any(not a or not a[0].isalpha() for a in alternatives):
            return frozenset()  # "'s", "'re": no whole word to look for
        return frozenset(a.split()[0].split("-")[0].lower() for a in alternatives)

    def _active(self, words: frozenset[str]) -> list[_Active]:
        """The patterns whose gate is open, in lexicon order, each with its literal test."""
        hits = self._gate_words.intersection(words)
        active = self._cache.get(hits)
        if active is None:
            chosen = set(self._always)
            for word in hits:
                chosen.update(self._by_word[word])
            active = [
                (self.items[i][1], self._literals[i], self._needs[i], self._ascii[i])
                for i in sorted(chosen)
            ]
            if len(self._cache) < 4096:
                self._cache[hits] = active
        return active

    def iterate(
        self,
        text: str,
        words: frozenset[str] | None = None,
        low: str | None = None,
        own: str | None = None,
    ) -> Iterator[re.Match[str]]:
        """Every match of every pattern, pattern by pattern (lazily). ``words`` and ``low``
        (the ASCII lower-case form of a text containing ``text``, or None) are computed
        when not given; ``own`` is the ASCII lower-case form of ``text`` itself, scanned
        with the faster case-sensitive patterns (the matches' offsets are the same)."""
        for regex, subject in self._scans(text, words, low, own):
            yield from regex.finditer(subject)

    def _scans(
        self,
        text: str,
        words: frozenset[str] | None,
        low: str | None,
        own: str | None,
    ) -> Iterator[tuple[re.Pattern[str], str]]:
        """(pattern, string to scan) for each pattern that can match, in order: the fast
        case-sensitive copy on ``own`` where there is one, else the pattern on ``text``."""
        if low is None:
            low = own = _ascii_lower(text)
        words = _word_set(text.lower() if low is None else low) if words is None else words
        for pattern, literal, needs, fast in self._active(words):
            if (
                low is not None
                and needs is not None
                and (needs not in low if isinstance(needs, str) else needs.search(low) is None)
            ):
                continue  # regexes.absent, inlined: this loop is hot
            if literal is not None and not literal.search(text):
                continue
            if own is not None and fast is not None:
                yield fast, own
            else:
                yield pattern, text

    def finditer(
        self,
        text: str,
        words: frozenset[str] | None = None,
        low: str | None = None,
        own: str | None = None,
    ) -> list[re.Match[str]]:
        return list(self.iterate(text, words, low, own))

    def search(
        self,
        text: str,
        words: frozenset[str] | None = None,
        low: str | None = None,
        own: str | None = None,
    ) -> re.Match[str] | None:
        """The first match of the first pattern that matches (as :meth:`iterate`)."""
        for regex, subject in self._scans(text, words, low, own):
            match = regex.search(subject)
            if match:
                return match
        return None

    def match(self, text: str, pos: int = 0, low: str | None = None) -> re.Match[str] | None:
        """The first pattern's match at ``pos`` (``low``: the ASCII lower-case form of
        ``text`` itself, or None; only the match's offsets are used)."""
        if low is None:
            low = _ascii_lower(text)
        for (_, pattern), needs, fast in zip(self.items, self._needs, self._ascii, strict=True):
            if _absent(needs, low):
                continue
            if low is not None and fast is not None:
                found = fast.match(low, pos)
            else:
                found = pattern.match(text, pos)
            if found:
                return found
        return None


def _any(patterns: list[str], flags: int = re.IGNORECASE) -> _Cues:
    return _Cues(patterns, flags)


_HEDGE = _lexicon()["hedge"]
_TYPE = _lexicon()["claim_type"]

_HEDGE_CUES = _any(_HEDGE["cues"])
_HEDGE_MARKERS = _any(_HEDGE["markers"])
_HEDGE_MODALS = _any(_HEDGE["modals"], 0)
_REPORTED_MODAL = _any(_HEDGE["reported_modal_frames"])
_OPTIONS = _any(_HEDGE["option_listing"])
_STANCE_IN_SPEECH = [re.compile(source) for source in _HEDGE["stance_in_speech"]]
# Modals of talk, not of possibility ("I might add", "we could talk about"): neither a hedge
# nor a forecast.
_DISCOURSE_MODALS = _any(_HEDGE["discourse_modals"])
# A past counterfactual with its condition ("could have been avoided if they had ..."): no hedge.
_COUNTERFACTUAL_MODALS = _any(_HEDGE["counterfactual_modals"])
# A modal of capacity ("land that could hold ten thousand homes"): no hedge.
_CAPACITY_MODALS = _any(_HEDGE["capacity_modals"])
# "as good as they can possibly be", "as much as they could": the modal or "possibly" closes an
# equative, a degree, not a doubt (tested on the text before the cue).
_EQUATIVE_TAIL = re.compile(r"\bas (?:[a-z]+ ){1,3}as (?:[a-z]+ ){0,2}$")
# "possibly" before a modal of ability that closes its clause ("everything we possibly can",
# "all they possibly could to help"): a degree, as in an equative, not a doubt (tested on the
# text from the cue).
_POSSIBLY_CAN = re.compile(r"possibly (?:can|could)(?= *(?:$|[,.;:!?]|to\b|for\b))", re.IGNORECASE)
# A modal inverted before its subject after a colon or a comma ("the question was: could the
# board act alone", "the test is, might they have moved sooner"): a direct question embedded
# in the claim, asked rather than doubted (codebook "Not claims": questions).
_INVERTED_MODAL = re.compile(
    r"(?:could|might|may) (?:the|we|they|it|you|he|she|i|this|that|there|anyone|anybody|"
    r"someone|somebody|people|our|their|his|her|its|any) [a-z]"
)
_INVERTED_MODAL_BEFORE = re.compile(r"[:,] $")
# A modal of past ability in a purpose clause ("we worked to ensure we could deliver it", "they
# moved staff so that they could open on time"): what the arrangement made possible, not a
# doubt about a proposition.
_PURPOSE_MODAL_BEFORE = re.compile(
    r"\b(?:ensure|ensured|ensuring|make sure|made sure|making sure|so that|in order that)"
    r"(?: that)? (?:we|they|he|she|i|you|people|everyone|everybody|staff|the [a-z]+) $"
)
# "maybe"/"perhaps" correcting a number just given ("thirty, maybe forty people", "a year or
# perhaps even two"): an approximation of the number, not a doubt about the claim (codebook
# "Attributes": approximation of a number is no hedge). Tested on the text before the cue
# (a number, then a comma or "or") and after it (another number).
_NUMBER_WORD = rf"(?:\d[\d,.]*%?|{NUMBER_NAMES}|half|twice|a (?:year|month|week|day|few))"
_NUMBER_BEFORE_CORRECTION = re.compile(
    _NUMBER_WORD + r"\b[^.;:!?]{0,24}?(?:,|\bor|\bif not) $", re.IGNORECASE
)
_NUMBER_AFTER_CORRECTION = re.compile(
    r"(?:maybe|perhaps|possibly),? (?:even |up to |as (?:many|much|high|long) as |more like )?"
    + _NUMBER_WORD
    + r"\b",
    re.IGNORECASE,
)
# A modal inside an indirect question ("we discussed how we might respond", "they try to
# figure out what we might do", "comments about what might happen", "whether there is
# something we might be missing", "what the other side wants to do or may not do": up to
# seven words between the question word and the modal) or inside
# a comparison with an earlier expectation ("lower than we thought it might be", "more slowly
# than we might have expected") weighs someone's question or past estimate, not the speaker's
# claim: no hedge. The question word must follow a word of its own clause that is not a
# copula ("that's what might happen", "this is how it could end" stay hedges, as does a
# clause-initial "What might happen is ...") nor a word of the speaker's own doubt ("I wonder
# whether it might slip"). Tested on the lower-cased text before the modal.
_MODAL_IN_QUESTION = re.compile(
    r"(?:(?<![a-z'])(?!(?:is|was|are|were|be|been|that's|it's|what's|here's|there's|this|that|and|or|but|so|"
    r"wonder|wondering|unclear|uncertain|doubt)\b)"
    r"[a-z']+ (?:how|what|where|whether|why|when) (?:[a-z0-9'-]+ ){0,7}"
    r"|\b(?:than|as) (?:we|i|they|you|people|he|she|anyone|anybody|many|most people)"
    r"(?: had| would have| might have)? (?:thought|expected|feared|hoped|anticipated|"
    r"forecast|predicted|assumed|imagined|wanted)(?: (?:it|they|that|this|he|she|we|prices))? )$"
)
_MODAL_AFTER_EXPECTATION = re.compile(
    r"\b(?:than|as) (?:we|i|they|you|people|he|she|anyone|anybody|many|most people) $"
)
_EXPECTATION_PERFECT = re.compile(
    r" have (?:expected|thought|anticipated|hoped|feared|predicted|forecast|imagined|wanted)\b"
)
_FRAMES = _any(_TYPE["frames"])
_PREDICTIVE = _any(_TYPE["predictive"])
_CONDITIONAL = with_first_chars(re.compile(_TYPE["conditional"], re.IGNORECASE))
_ROUTINE = _any(_TYPE["routine_conditional"])
_REPORTS = _any(_TYPE["reports"])
_PLANS = _any(_TYPE["plans"])
_PAST_ANCHORS = _any(_TYPE["past_anchors"])
# An indirect question after a verb of knowing or finding out ("help determine what it's going
# to take", "we don't know where it's going to hit"): its "will" or "going to" is the object of
# the knowing, not the speaker's forecast, when it comes within _EMBEDDED_REACH characters of
# the question word ("whether" and "if" are left out: they weigh an outcome).
_EMBEDDED_QUESTION = with_first_chars(
    re.compile(
        r"\b(?:know|knows|knew|known|determine|determines|determined|figure out|find out|"
        r"work out|understand|assess|wonder|wondering|idea|unclear)"
        r"(?: (?:exactly|precisely|yet|really|now|for sure))? (?:what|where|how|when|which|who)\b",
        re.IGNORECASE,
    )
)
_EMBEDDED_REACH = 40
_ABILITY_VERBS = frozenset(_TYPE["ability_verbs"])
_PAST_PARTICIPLES = frozenset(_TYPE["past_participles"])
_JUDGING_WORDS = frozenset(_TYPE["judging_words"])
_JUDGED_CHOICES = frozenset(_TYPE["judged_choices"])
_CHOICE_JUDGES = _JUDGING_WORDS | frozenset(_TYPE["choice_judges"])
_COMPARED_MODAL = re.compile(_TYPE["compared_modal"])
_LAST_TWO_WORDS = re.compile(r"([a-z]+) ([a-z]+) $")
# A modal with "have" and a past participle after it: a past counterfactual (lexicon
# `past_participles`), about what might have been, not about the future; an adverb may stand
# between "have" and the participle (lexicon `counterfactual_adverbs`).
_COUNTERFACTUAL_ADVERBS = frozenset(_TYPE["counterfactual_adverbs"])
_COUNTERFACTUAL = re.compile(
    r"\b(?:could|would|might|should|must|may)(?:n't| not)? (?:\w+ )?have "
    rf"(?:(?:{'|'.join(sorted(_COUNTERFACTUAL_ADVERBS))}) )?(?P<verb>[a-z]+)\b"
)
_PAST_MODALS = frozenset(_TYPE["past_modals"])
# The modals that can judge ("that would be a mistake"): those of the past, and "may".
_JUDGING_MODALS = _PAST_MODALS | frozenset(_TYPE["judging_modals"])
_EVALUATIVE = _any(_TYPE["evaluative"])
# Stance adverbs: a cue the model weighs, never the rules' type (codebook "Finer points").
_STANCE_ADVERB = with_first_chars(re.compile(_TYPE["stance_adverbs"], re.IGNORECASE))
_DEGREE = frozenset(_TYPE["degree_words"])
_COPULAS = frozenset(w for w in _TYPE["copulas"] if not w.startswith("'"))
# "'s" and "'re" are copulas after pronouns only ("it's", not "Europe's").
_S_PRONOUNS = frozenset(_TYPE["s_copula_subjects"])
_RE_PRONOUNS = frozenset(_TYPE["re_copula_subjects"])
_JUDGEMENT_ADJECTIVES = frozenset(_TYPE["evaluative_adjectives"])
# "We've been very clear about this", "The President has been clear that ...": what a person
# said, stated with an intensifier, is factual (codebook "Attributes": what an actor said stays
# factual under an intensifier); "The rule is clear" stays a judgement.
_CLEAR_SPEAKERS = frozenset(_TYPE["clear_speakers"])
# Auxiliaries and adverbs between a subject and its copula ("we have always been").
_SUBJECT_SKIPS = frozenset(_TYPE["subject_skips"])
# "Australia is a strong ally", "They have been good friends": a standing relationship, not
# a judgement of a thing (the adjective qualifies the relationship noun after it).
_RELATIONSHIP_NOUNS = frozenset(_TYPE["relationship_nouns"])
_RELATIONSHIP_GRADES = frozenset(_TYPE["relationship_grades"])
_CLEAR_OBJECTS = frozenset(_TYPE["clear_objects"])
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")


def _is_copula(word: str) -> bool:
    if word in _COPULAS:
        return True
    base, _, tail = word.partition("'")
    return (tail == "s" and base in _S_PRONOUNS) or (tail == "re" and base in _RE_PRONOUNS)


def _subject_of(tokens: list[tuple[str, int]], copula: int) -> str:
    """The word just before a copula and its auxiliaries ("we" in "we've always been", "it"
    in "it's"): the copula's subject when the clause is a plain one."""
    word = tokens[copula][0]
    if "'" in word:
        return word.split("'")[0]
    i = copula - 1
    while i >= 0 and tokens[i][0] in _SUBJECT_SKIPS:
        i -= 1
    if i < 0:
        return ""
    return tokens[i][0].split("'")[0]


def _predicate_adjectives(low: str) -> list[int]:
    """Positions of judgement adjectives used as predicates ("it's not that strong"), except
    a person's being clear (what they said, lexicon `clear_speakers`) and an adjective of
    a standing relationship ("a strong ally", lexicon `relationship_nouns`)."""
    tokens = [(m[0], m.start()) for m in _TOKEN.finditer(low)]
    if _JUDGEMENT_ADJECTIVES.isdisjoint(w for w, _ in tokens):
        return []
    found = []
    for i, (word, position) in enumerate(tokens):
        if not _is_copula(word):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j][0] in _DEGREE or tokens[j][0].endswith("ly")):
            j += 1
        if j >= len(tokens) or tokens[j][0] not in _JUDGEMENT_ADJECTIVES:
            continue
        after = tokens[j + 1][0] if j + 1 < len(tokens) else ""
        if (
            tokens[j][0] == "clear"
            and (not after or after in _CLEAR_OBJECTS)
            and _subject_of(tokens, i) in _CLEAR_SPEAKERS
        ):
            continue
        if tokens[j][0] in _RELATIONSHIP_GRADES and after in _RELATIONSHIP_NOUNS:
            continue
        found.append(position)
    return found


_RECORD = with_first_chars(re.compile(_TYPE["record_superlative"], re.IGNORECASE))
_IMPERATIVE = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for w in _TYPE['imperative_verbs'])})\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|can|could|of|'s)\b)",
    re.IGNORECASE,
)
_IMPERATIVE_ASCII = ascii_variant(_IMPERATIVE)
_MODAL = with_first_chars(
    re.compile(r"\b(?:can|could|will|would|might|may|'ll)\b(?!\s+not\b)", re.IGNORECASE)
)
# An if-clause about generic actors describes a routine ("if you own a car", "If patients ...").
_GENERIC_IF = re.compile(
    r"\b(?i:if|when)\s+(?:(?:a|an|any|you|one|someone|anyone|people|(?!the\b|this\b|that\b|"
    r"these\b|those\b|it\b|they\b|we\b|relations\b)[a-z]+s)\b|[a-z]+ing\b)",
)
# A first-person present stance re-opens the speaker's own voice after a report.
_OWN_STANCE = with_first_chars(
    re.compile(r"\bI (?:\w+ )?(?:think|believe|expect|guess|suspect)\b|\bI'd say\b")
)
# "as I said", "as we've said consistently", "as I just mentioned": the speaker pointing back
# to their own words, a discourse frame (codebook "Leading linking words"), not a report of a
# belief, so a cue after it stays the speaker's (tested on the text just before a report).
_OWN_EARLIER_WORDS = re.compile(
    r"\bas (?:I|we)(?:'ve| have)?(?: (?:just|already|always|often|have))? $", re.IGNORECASE
)
# Clause boundaries: a report frame does not reach past them ("is expected to grow, although
# maybe not as fast": the concession is the speaker's own, as after "but").
_CLAUSE_BREAK = with_first_chars(re.compile(r"[;:]| but | although | and then | - | – | — "))


def _normalise(text: str) -> str:
    text = text.translate(_QUOTES)
    return _SPACES.sub(" ", text) if "  " in text else text


class _Text:
    """A normalised text with what every test on it needs, computed once: its words (for
    the cue gates) and, when it is ASCII, its lower-case form (for the substring gates)."""

    __slots__ = ("low", "lower", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        self.low = self.lower if text.isascii() else None
        self.words = _word_set(self.lower)


def _strip_frame(text: _Text) -> _Text:
    """Drop a leading frame that asserts nothing on its own ("What's interesting now is")."""
    match = _FRAMES.match(text.text, 0, text.low)
    return _Text(text.text[match.end() :].lstrip(" ,")) if match else text


def _clause_start(before: str) -> int:
    """Where the clause that ``before`` ends in begins: past its last clause break."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    return breaks[-1] if breaks else 0


def _is_reported(text: _Text, position: int) -> bool:
    """Whether a cue at ``position`` sits inside a report of someone's belief or fear."""
    before = text.text[:position]
    scope = before[_clause_start(before) :]
    # The words (and lower-case form) of the whole text gate the patterns: a superset of
    # the scope's, so safe.
    own = scope.lower() if text.low is not None else None
    reports = [
        m.start()
        for m in _REPORTS.iterate(scope, text.words, text.low, own)
        if not _OWN_EARLIER_WORDS.search(scope, max(0, m.start() - 40), m.start())
    ]
    if not reports:
        return False
    stances = [m.start() for m in _OWN_STANCE.finditer(scope)]
    return not stances or max(stances) < max(reports)


def _is_relative_modal(text: str, position: int) -> bool:
    # Only the end matters: lower-casing a tail of at least six characters ends exactly as
    # lower-casing the whole prefix would (no character lower-cases to nothing).
    before = text[:position].rstrip()[-8:].lower()
    return before.endswith((" that", " which", " who"))


def _is_participle(word: str) -> bool:
    return word in _PAST_PARTICIPLES or (word.endswith("ed") and len(word) > 4)


# An if-clause in the past perfect ("if we hadn't acted", "if the pier had not been built"):
# a condition contrary to what happened, so the claim weighs what might have been (a
# counterfactual, evaluative), not a future outcome (codebook "Finer points": modals about
# the past are not predictive).
_PAST_CONDITION = with_first_chars(
    re.compile(
        r"\b(?:if|unless) (?:[\w'-]+ ){0,6}?(?:had|hadn't|'d)(?: not| never| already)? "
        r"(?P<verb>[a-z]+)\b"
    )
)


def _past_conditions(low: str) -> list[int]:
    """Positions of past-perfect if-clauses in a lower-cased text."""
    if "if " not in low and "unless " not in low:
        return []
    return [
        m.start()
        for m in _PAST_CONDITION.finditer(low)
        if m["verb"] == "been" or _is_participle(m["verb"])
    ]


def _counterfactual_positions(low: str) -> list[int]:
    """Positions of past counterfactuals ("could have tested", "would have thought", "if we
    hadn't acted"), a judgement of what might have been (lexicon `past_participles`)."""
    conditions = _past_conditions(low)
    if " have " not in low:
        return conditions
    # A comparison with an earlier expectation ("not as bad as we might have thought")
    # reports that expectation: no judgement of its own.
    return conditions + [
        m.start()
        for m in _COUNTERFACTUAL.finditer(low)
        if _is_participle(m["verb"])
        and not _MODAL_AFTER_EXPECTATION.search(low[max(0, m.start() - 32) : m.start()])
    ]


def _is_past_or_ability_modal(text: _Text, match: re.Match[str]) -> bool:
    """Whether a "could/would/might" cue is about the past or about ability, not the future:
    a past anchor in its clause ("Back then you could buy ..."), a verb of perception or
    capacity after it ("you could see the anger"), or "have" and a past participle after it
    ("they could have tested him": a past counterfactual)."""
    cue = match[0].lower()
    if cue not in _PAST_MODALS and not cue.endswith("'d"):
        return False
    after = _WORDS.match(text.lower, match.end() + 1)
    if after is not None and after[0] in _ABILITY_VERBS:
        return True
    if after is not None and after[0] == "not":  # "would not have gotten": as "would have"
        negated = _WORDS.match(text.lower, after.end() + 1)
        after = negated if negated is not None and negated[0] == "have" else after
    if after is not None and after[0] == "have":
        verb = _WORDS.match(text.lower, after.end() + 1)
        if verb is not None and verb[0] in _COUNTERFACTUAL_ADVERBS:  # "would have normally taken"
            verb = _WORDS.match(text.lower, verb.end() + 1)
        if verb is not None and _is_participle(verb[0]):
            return True
    start, end = 0, len(text.text)
    for found in _CLAUSE_BREAK.finditer(text.text):
        if found.end() <= match.start():
            start = found.end()
        elif found.start() >= match.end():
            end = found.start()
            break
    return _PAST_ANCHORS.search(text.text[start:end], text.words, text.low) is not None


def _is_compared_modal(text: _Text, position: int) -> bool:
    """Whether a modal is the standard of a comparison ("as engaged as he would be", "higher
    than they would be"), not a forecast (lexicon `compared_modal`)."""
    return _COMPARED_MODAL.search(text.lower[max(0, position - 16) : position]) is not None


def _after_judged_choice(text: _Text, position: int) -> bool:
    """Whether a modal follows a judged choice ("the right choice would be to stop"; lexicon
    `judged_choices`)."""
    found = _LAST_TWO_WORDS.search(text.lower[max(0, position - 40) : position])
    return found is not None and found[2] in _JUDGED_CHOICES and found[1] in _CHOICE_JUDGES


def _is_judging_modal(text: _Text, match: re.Match[str]) -> bool:
    """Whether a modal cue judges rather than forecasts: "be", degree words, then a word of
    verdict ("that would be a mistake", "it could be very dangerous"; lexicon `judging_words`),
    or a judged choice before it ("the best option would be to wait")."""
    cue = match[0].lower()
    if cue not in _JUDGING_MODALS and not cue.endswith("'d"):
        return False
    if _after_judged_choice(text, match.start()):
        return True
    after = _WORDS.match(text.lower, match.end() + 1)
    if after is None or after[0] != "be":
        return False
    word = _WORDS.match(text.lower, after.end() + 1)
    while word is not None and (word[0] in _DEGREE or word[0] == "an"):
        word = _WORDS.match(text.lower, word.end() + 1)
    return word is not None and word[0] in _JUDGING_WORDS


def _speaker_judges(text: _Text) -> bool:
    """Whether a judging modal in ``text`` is the speaker's (not about the past nor in a
    report of someone else's fear or estimate; a relative clause judges too: "..., which
    would be a mistake")."""
    return any(
        _is_speakers_judging_modal(text, m)
        for m in _PREDICTIVE.iterate(text.text, text.words, text.low, text.low)
    )


def _is_speakers_judging_modal(text: _Text, match: re.Match[str]) -> bool:
    return (
        _is_judging_modal(text, match)
        and not _is_past_or_ability_modal(text, match)
        and not _is_reported(text, match.start())
    )


def _is_embedded_question(text: _Text, position: int) -> bool:
    """Whether a predictive cue at ``position`` sits in an indirect question after a verb of
    knowing or finding out, in the same clause and close behind the question word ("help
    them figure out what they're going to need")."""
    before = text.text[:position]
    start = _clause_start(before)
    ends = [m.end() for m in _EMBEDDED_QUESTION.finditer(before, start)]
    if not ends or position - ends[-1] > _EMBEDDED_REACH:
        return False
    between = before[ends[-1] :]
    return "," not in between and " and " not in between


def _has_predictive_cue(text: _Text) -> bool:
    if _PLANS.search(text.text, text.words, text.low, text.low):
        return True
    return any(
        not _is_reported(text, m.start())
        and not _is_relative_modal(text.text, m.start())
        and not _is_past_or_ability_modal(text, m)
        and not _is_judging_modal(text, m)
        and not _is_compared_modal(text, m.start())
        and not _is_embedded_question(text, m.start())
        and not _is_discourse_modal(text, m.start())
        and not _closes_equative(text, m.start())
        for m in _PREDICTIVE.iterate(text.text, text.words, text.low, text.low)
    )


_CONDITIONAL_NEEDS = _gate_for(_CONDITIONAL)


def _is_hypothetical_conditional(body: _Text) -> bool:
    """A conditional about particular actors ("If Russia stays weak"), not a routine one."""
    if _absent(_CONDITIONAL_NEEDS, body.low):
        return False
    text = body.text
    match = _CONDITIONAL.search(text)
    if match is None or _is_reported(body, match.start()) or _past_conditions(body.lower):
        return False
    if _GENERIC_IF.match(text, match.start()):
        # Generic actors: routine unless a modal makes the outcome a prospect ("they can prepare").
        comma = text.find(",", match.end())
        main = text[comma:] if match.start() == 0 and comma > 0 else text[: match.start()]
        return _MODAL.search(main) is not None
    return not _ROUTINE.search(text, body.words, body.low, body.low)


def _is_evaluative(body: _Text) -> bool:
    text = body.text
    if (
        _IMPERATIVE_ASCII.match(body.low)
        if body.low is not None and _IMPERATIVE_ASCII is not None
        else _IMPERATIVE.match(text)
    ):
        return True
    # Any cue outside a report will do: the cues are tested as they are found.
    cues = _EVALUATIVE.iterate(text, body.words, body.low, body.low)
    if (
        any(not _is_reported(body, m.start()) for m in cues)
        or any(not _is_reported(body, position) for position in _predicate_adjectives(body.lower))
        or any(not _is_reported(body, p) for p in _counterfactual_positions(body.lower))
        or _speaker_judges(body)
    ):
        return not _RECORD.search(text)
    return False


def _claim_type(text: _Text) -> ClaimType:
    body = _strip_frame(text)
    if _has_predictive_cue(body):
        return "predictive"
    # A judging modal after an if-clause judges the hypothetical ("If inflation keeps falling,
    # that would be great"): evaluative, as "would" judging a proposal is.
    if _is_hypothetical_conditional(body) and not _speaker_judges(body):
        return "predictive"
    if _is_evaluative(body):
        return "evaluative"
    return "factual"


def claim_type(text: str) -> ClaimType:
    """The type of a claim span (factual, evaluative or predictive)."""
    return _claim_type(_Text(_normalise(text)))


def _in_speakers_voice(body: _Text, position: int) -> bool:
    """Whether a hedge marker at ``position`` is the speaker's own, not part of a report of
    someone else's fear, statement or estimate in the same clause ("the minister said prices
    would probably fall"); a first-person stance after the report re-opens the speaker's voice."""
    before = body.text[:position]
    scope = before[_clause_start(before) :]
    own = scope.lower() if body.low is not None else None
    frames = [m.start() for m in _REPORTED_MODAL.iterate(scope, body.words, body.low, own)]
    if not frames:
        return True
    stances = [m.start() for m in _OWN_STANCE.finditer(scope)]
    return bool(stances) and max(stances) > max(frames)


def _is_discourse_modal(body: _Text, position: int) -> bool:
    """A modal of talk ("I might add", "we could talk about", "if you could say")."""
    return _DISCOURSE_MODALS.match(body.text, position, body.low) is not None


def _closes_equative(body: _Text, position: int) -> bool:
    """Whether the cue at ``position`` ends an equative ("as well as they possibly can")."""
    return _EQUATIVE_TAIL.search(body.lower[max(0, position - 48) : position]) is not None


def _in_question_or_comparison(body: _Text, match: re.Match[str]) -> bool:
    """Whether a modal sits in an indirect question or in a comparison with an earlier
    expectation ("how we might respond", "than we thought it might be", "than we might have
    expected")."""
    before = body.lower[max(0, match.start() - 64) : match.start()]
    if _MODAL_IN_QUESTION.search(before):
        return True
    return bool(
        _MODAL_AFTER_EXPECTATION.search(before)
        and _EXPECTATION_PERFECT.match(body.lower, match.end())
    )


def _in_quotation(body: _Text, position: int) -> bool:
    """Whether ``position`` falls inside a quotation opened earlier in the span ("she looked
    at me and said, "I don't know.""): the quoted words are someone else's (codebook "Not
    claims"), so a cue in them is no hedge of the speaker's. Straight quotes pair up; curly
    ones open and close. A quote opening the span is not counted: layouts that quote each
    whole answer open the speaker's own turn with it."""
    before = body.text[:position]
    if before[:1] in ('"', "\u201c"):
        before = before[1:]
    if '"' not in before and "\u201c" not in before:
        return False
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _hedging_modal(body: _Text, match: re.Match[str]) -> bool:
    """A modal hedges unless it reports someone else's fear/estimate, lists options, is a
    modal of talk, of capacity or a past counterfactual with its condition, closes an
    equative or sits in an indirect question or a comparison with an earlier expectation.
    A modal in a relative clause hedges like any other ("a debt build-up, which could
    amplify shocks"): a hedge anywhere in the span counts (codebook "Attributes")."""
    text = body.text
    position = match.start()
    if (
        _OPTIONS.match(text, position, body.low)
        or _is_discourse_modal(body, position)
        or _COUNTERFACTUAL_MODALS.match(text, position, body.low) is not None
        or _CAPACITY_MODALS.match(text, position, body.low) is not None
        or _closes_equative(body, position)
        or _in_question_or_comparison(body, match)
        or _in_quotation(body, position)
        or _inverted_question(body, position)
        or _PURPOSE_MODAL_BEFORE.search(body.lower[max(0, position - 48) : position]) is not None
    ):
        return False
    return _in_speakers_voice(body, position)


def _inverted_question(body: _Text, position: int) -> bool:
    """Whether the modal at ``position`` opens a question embedded after a colon or comma."""
    return bool(
        _INVERTED_MODAL_BEFORE.search(body.lower[max(0, position - 2) : position])
        and _INVERTED_MODAL.match(body.lower, position)
    )


def _corrects_number(body: _Text, position: int) -> bool:
    """Whether "maybe"/"perhaps" at ``position`` corrects a number just given."""
    return bool(
        _NUMBER_AFTER_CORRECTION.match(body.text, position)
        and _NUMBER_BEFORE_CORRECTION.search(body.text[max(0, position - 40) : position])
    )


def _hedging_marker(body: _Text, match: re.Match[str]) -> bool:
    """A marker hedges in the speaker's voice, except "possibly" closing an equative."""
    if match[0].lower() == "possibly" and (
        _closes_equative(body, match.start()) or _POSSIBLY_CAN.match(body.text, match.start())
    ):
        return False
    if _in_quotation(body, match.start()) or _corrects_number(body, match.start()):
        return False
    return _in_speakers_voice(body, match.start())


def _stance_in_speech(body: _Text, position: int) -> bool:
    """Whether a stance frame at ``position`` is content of a report of what was said ("we've
    said we think ...", "I told them that we believe ..."), in the same clause, or quoted."""
    if _in_quotation(body, position):
        return True
    before = body.lower[:position]
    scope = before[_clause_start(before) :]
    return any(pattern.search(scope) for pattern in _STANCE_IN_SPEECH)


def _is_hedged(body: _Text) -> bool:
    if any(
        not _stance_in_speech(body, m.start())
        for m in _HEDGE_CUES.iterate(body.text, body.words, body.low, body.low)
    ):
        return True
    if any(
        _hedging_marker(body, m)
        for m in _HEDGE_MARKERS.iterate(body.text, body.words, body.low, body.low)
    ):
        return True
    return any(
        _hedging_modal(body, m)
        for m in _HEDGE_MODALS.iterate(body.text, body.words, body.low, body.low)
    )


def is_hedged(text: str) -> bool:
    """Whether the speaker marks uncertainty or personal stance in the span."""
    return _is_hedged(_hedging_body(text, _Text(_normalise(text))))


def _hedging_body(text: str, body: _Text) -> _Text:
    """The text the hedge cues read: ``body`` (``text`` normalised) with its markup tags
    as spaces, when it has any. A tag left inside a span by a converted transcript ("I<br />
    think": hard-wrapped press transcripts keep a line-break tag between any two words) is
    layout, never words, so a stance frame split by a line break still frames the claim
    (codebook "Attributes": a hedge anywhere in the span counts)."""
    if "<" not in text:
        return body
    return _Text(_normalise(MARKUP_TAG_RE.sub(" ", text)))


def type_and_hedging(text: str) -> tuple[ClaimType, bool]:
    """:func:`claim_type` and :func:`is_hedged` of one span, normalising it once."""
    body = _Text(_normalise(text))
    return _claim_type(body), _is_hedged(_hedging_body(text, body))


def _predictive_signals(body: _Text) -> list[str]:
    signals = []
    if _PLANS.search(body.text, body.words, body.low, body.low):
        signals.append("plan")
    for match in _PREDICTIVE.iterate(body.text, body.words, body.low, body.low):
        if _is_speakers_judging_modal(body, match):
            signals.append("judging_modal")
        elif _is_relative_modal(body.text, match.start()):
            signals.append("predictive_relative")
        elif _is_past_or_ability_modal(body, match):
            signals.append("predictive_past")
        elif _is_reported(body, match.start()):
            signals.append("predictive_reported")
        elif _is_compared_modal(body, match.start()):
            signals.append("predictive_compared")
        elif _is_embedded_question(body, match.start()):
            signals.append("predictive_embedded")
        elif _is_discourse_modal(body, match.start()):
            signals.append("predictive_talk")
        elif _closes_equative(body, match.start()):
            signals.append("predictive_degree")
        else:
            signals.append("predictive")
    if _is_hypothetical_conditional(body):
        signals.append("conditional")
    elif not _absent(_CONDITIONAL_NEEDS, body.low) and _CONDITIONAL.search(body.text):
        signals.append("conditional_other")
    return signals


def _evaluative_signals(body: _Text) -> list[str]:
    signals = []
    low = body.low
    if (
        _IMPERATIVE_ASCII.match(low)
        if low is not None and _IMPERATIVE_ASCII is not None
        else (_IMPERATIVE.match(body.text))
    ):
        signals.append("imperative")
    for match in _EVALUATIVE.iterate(body.text, body.words, body.low, body.low):
        reported = _is_reported(body, match.start())
        signals.append("evaluative_reported" if reported else "evaluative")
    for position in _predicate_adjectives(body.lower):
        reported = _is_reported(body, position)
        signals.append("judgement_reported" if reported else "judgement")
    for position in _counterfactual_positions(body.lower):
        reported = _is_reported(body, position)
        signals.append("counterfactual_reported" if reported else "counterfactual")
    if _RECORD.search(body.text):
        signals.append("record")
    if _STANCE_ADVERB.search(body.text):
        signals.append("stance_adverb")
    return signals


def _hedge_signals(body: _Text) -> list[str]:
    signals = [
        ("stance_in_speech:" if _stance_in_speech(body, match.start()) else "hedge_cue:")
        + match[0].lower()
        for match in _HEDGE_CUES.iterate(body.text, body.words, body.low, body.low)
    ]
    for match in _HEDGE_MARKERS.iterate(body.text, body.words, body.low, body.low):
        own = _hedging_marker(body, match)
        signals.append(("hedge_cue:" if own else "marker_reported:") + match[0].lower())
    for match in _HEDGE_MODALS.iterate(body.text, body.words, body.low, body.low):
        hedging = _hedging_modal(body, match)
        signals.append(("hedge_modal:" if hedging else "modal_not_hedging:") + match[0].lower())
    return signals


def rule_signals(text: str) -> tuple[ClaimType, bool, list[str]]:
    """The rules' type and hedging of a span and the name of every cue behind them (each
    cue with whether a report or a relative clause cancels it): the features a learned
    model weighs where the rules only take the first cue that fires. The type and hedging
    are :func:`type_and_hedging`'s, read off the cues (they are the rules' tests)."""
    body = _Text(_normalise(text))
    stripped = _strip_frame(body)
    signals = ["frame"] if stripped is not body else []
    signals += _predictive_signals(stripped)
    signals += _evaluative_signals(stripped)
    signals += _hedge_signals(_hedging_body(text, body))
    return _type_of(signals), any(s.startswith(_HEDGING) for s in signals), signals


_HEDGING = ("hedge_cue:", "hedge_modal:")


def _type_of(signals: list[str]) -> ClaimType:
    """:func:`claim_type`'s decision from the cues: predictive beats evaluative beats factual,
    and a record ("the highest on record") is no judgement."""
    found = set(signals)
    if not found.isdisjoint(("plan", "predictive")):
        return "predictive"
    if "conditional" in found and "judging_modal" not in found:
        return "predictive"
    if "imperative" in found:
        return "evaluative"
    judged = ("evaluative", "judgement", "counterfactual", "judging_modal")
    if not found.isdisjoint(judged) and "record" not in found:
        return "evaluative"
    return "factual"


@dataclass(frozen=True, slots=True)
class Attributes:
    """A span's type and hedging, each with the model's probability of the value chosen
    (1.0 when no model is active: the rules alone)."""

    claim_type: ClaimType
    type_confidence: float
    hedged: bool
    hedged_confidence: float


@lru_cache(maxsize=64)
def model_inputs(text: str, role: SpeakerRole) -> tuple[ClaimType, bool, tuple[str, ...]]:
    """The rules' decisions and the model's features of a span (cached: the claim test and
    the attributes of one span ask in turn)."""
    rule_type, rule_hedged, signals = rule_signals(text)
    return rule_type, rule_hedged, tuple(span_features(text, role, rule_type, rule_hedged, signals))


def asserts(text: str, role: SpeakerRole) -> bool:
    """Whether the model takes a candidate span that passed the rules for a claim."""
    model = classifier.active()
    if model is None or "claim" in model.decided_by_rules:  # the filter is off: nothing to score
        return True
    _, _, features = model_inputs(text, role)
    return model.claim.probabilities(features)[1] >= model.claim_threshold


def decide(text: str, role: SpeakerRole) -> Attributes:
    """Type and hedging of a claim span: the model's decisions where a model is active."""
    model = classifier.active()
    if model is None:
        rule_type, rule_hedged = type_and_hedging(text)
        return Attributes(rule_type, 1.0, rule_hedged, 1.0)
    rule_type, rule_hedged, features = model_inputs(text, role)
    if "claim_type" in model.rules_decide:
        claim_type = rule_type
        type_confidence = model.claim_type.probability(rule_type, features)
    else:
        label, type_confidence = model.claim_type.predict(features)
        claim_type = _as_type(label)
    if "hedged" in model.rules_decide:
        hedged = rule_hedged
        hedged_confidence = model.hedged.probability(str(rule_hedged), features)
    else:
        label, hedged_confidence = model.hedged.predict(features)
        hedged = label == "True"
    return Attributes(claim_type, round(type_confidence, 4), hedged, round(hedged_confidence, 4))


def _as_type(label: str) -> ClaimType:
    if label == "evaluative":
        return "evaluative"
    if label == "predictive":
        return "predictive"
    return "factual"
