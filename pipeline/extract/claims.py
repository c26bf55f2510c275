"""Split passages into claims and attach their attributes.

Sentences and clauses come from :mod:`pipeline.extract.sentences`; this module decides
which spans are claims at all (no greetings, thanks, meta-talk, self-introductions or bare
replies), who said them, and shifts the attribute finders' offsets (relative to the claim
text) to document offsets, dropping any that do not point back at their own text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import TypeVar

from lemminflect import getAllInflections

from pipeline.extract import (
    attributes,
    classifier,
    entities,
    quantities,
    sentences,
    speakers,
    times,
)
from pipeline.extract.model import (
    Claim,
    Document,
    Mention,
    Passage,
    Quantity,
    SourceMeta,
    SpeakerRole,
    TimeExpression,
)
from pipeline.extract.regexes import ascii_variant, longest_first

log = logging.getLogger(__name__)

CLAIM_KINDS = frozenset({"editorial", "question", "answer"})

# "I'm Jane Smith", "I am Jane Smith, senior fellow at ...", "This is Jane Smith":
# a host's self-introduction is page furniture, not a claim.
_SELF_INTRO_RE = re.compile(
    r"(?i:i['’]m|i am|this is|my name is|it['’]s)\s+(?P<name>(?:[A-Z][\w'’.\-]*\s*){1,4})"
    r"(?:$|,|\s+(?:and|here|from|with|for|at|of)\b)"
)
_INTERVIEWER_ONLY_RE = re.compile(
    r"(?:we|i)(?:['’]re| are|['’]ll| will)\s+(?:going to\s+)?(?:be\s+)?"
    r"(?:talking|speaking|discussing|talk|discuss)\s+(?:about|with|to)\b"
    r"|(?:so,?\s+|please\s+|now,?\s+)?(?:tell|walk|take|give|remind)\s+(?:us|me)\b"
    r"|(?:so,?\s+|please\s+|now,?\s+)?(?:describe|explain|talk about|elaborate|expand on)\b",
    re.IGNORECASE,
)

# "We spoke to ...", "X and Y asked her about ...": a sentence about the conversation. It is
# a claim only for what it says about a person ("We spoke to Jane Smith, an economist at
# ...", "... to urban economist Carlos Mendes").
_CONVERSATION_RE = re.compile(
    r"(?:[\w'’.\- ]{0,60}?\s)?(?:spoke|speaks|talked|talks|asked|asks|interviewed|interviews|"
    r"sat down|sits down|caught up|catches up|put (?:\w+ )?questions|puts (?:\w+ )?questions|"
    r"met|meets|chatted|chats)\b",
    re.IGNORECASE,
)
_NOT_DESCRIPTIVE = frozenset(sentences.lexicon()["non_descriptive_words"])
_APPOSITIVE_RE = re.compile(r"\s*,\s*(?:a|an|the|[a-z])")


def _lexicon_words(key: str) -> frozenset[str]:
    return frozenset(str(w).translate(_APOS) for w in sentences.lexicon()[key])


def _verb_forms(key: str) -> frozenset[str]:
    """Every inflection of the listed verbs ("said", "telling", "mentioned")."""
    words: set[str] = set()
    for verb in sentences.lexicon()[key]:
        words.add(str(verb))
        for forms in getAllInflections(str(verb), upos="VERB").values():
            words.update(forms)
    return frozenset(words)


_APOS = str.maketrans({"’": "'", "‘": "'"})
# The words a talk about the talk is made of: the listed nouns and verbs of speaking.
_SPEECH = _lexicon_words("conversation_nouns") | _verb_forms("conversation_verbs")
_MOVES = _verb_forms("conversation_moves")
_MOVE_LEADS = _lexicon_words("conversation_move_leads")
_CONVERSATION = _SPEECH | _MOVES
# Words that say nothing about the world. He, she and they refer to someone ("I know that
# he can" is a claim); numbers are never here.
_NO_CONTENT = (
    (sentences.FUNCTION_WORDS - _lexicon_words("content_pronouns"))
    | _CONVERSATION
    | _lexicon_words("conversation_fillers")
)
_PERSONS = _lexicon_words("conversation_persons")
_OPENERS = _lexicon_words("conversation_openers")
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_IMPERATIVE_OBJECTS = frozenset(sentences.lexicon()["imperative_objects"])


def says_nothing(span: str) -> bool:
    """Whether the span only talks about the conversation ("I will say it again", "This is
    my second point"): by or to the speakers, naming the talk, and nothing else."""
    talk = move = lead = person = False
    for k, match in enumerate(_WORD_RE.finditer(span)):
        word = match.group().lower()
        if "’" in word:
            word = word.replace("’", "'")
        if word not in _NO_CONTENT:
            return False
        talk = talk or word in _SPEECH
        move = move or word in _MOVES
        lead = lead or word in _MOVE_LEADS
        person = person or word in _PERSONS or (k == 0 and word in _OPENERS)
    return person and (talk or (move and lead))


_OWN_TALK = _lexicon_words("conversation_verbs") | _lexicon_words("own_talk_verbs")
_MOVE_BASES = _lexicon_words("conversation_moves") | _lexicon_words("own_talk_moves")
_TALK_NOUNS = (
    _lexicon_words("conversation_nouns") | _lexicon_words("talk_nouns")
) - _lexicon_words("vague_conversation_nouns")
_REFERRALS = _lexicon_words("referral_verbs")
_INTENTIONS = _lexicon_words("talk_intentions")
# The intention words that refuse: with one of them the speaker declines to talk.
_REFUSALS = _lexicon_words("refusing_intentions") & _INTENTIONS
# Refused verbs that are talk about the talk only when refused, one or two words each.
_DECLINED = frozenset(tuple(str(v).split()) for v in sentences.lexicon()["declined_talk_verbs"])
# What a refused verb of saying may take without asserting it: an indirect question ("I
# won't characterise where we are", "I can't say whether he'll come").
_INDIRECT_OPENERS = _lexicon_words("question_words") | _lexicon_words("indirect_question_openers")
# Two-word adverbial phrases that may come before the speaker ("of course", "at last").
_TWO_WORD_LEADS = frozenset(
    str(p).lower() for p in sentences.lexicon()["adverbial_phrases"] if len(str(p).split()) == 2
)
# The speaker as subject, with the intention already in a contraction ("I'll", "let's").
# (whether the lead holds the intention)
_SPEAKER_LEADS = {
    **dict.fromkeys(_lexicon_words("speaker_leads"), False),
    **dict.fromkeys(_lexicon_words("intending_speaker_leads"), True),
}


def _words_at(tokens: list[sentences.Token], *words: str) -> bool:
    """Whether the tokens open with these words."""
    return [t.low for t in tokens[: len(words)]] == list(words)


def announces_talk(span: str) -> bool:
    """Whether the span only announces or declines the speaker's own words ("I'll say
    something about that later", "I won't speculate on the timing", "Let me take your
    second question first"): the speaker as subject, a verb of intention, ability or
    refusal, then a verb of saying with no clause and no named third party after it."""
    tokens = [t for t in sentences.tokenize(span, 0, min(len(span), 300)) if t.word]
    lead = 0
    while lead < len(tokens):
        if " ".join(t.low for t in tokens[lead : lead + 2]) in _TWO_WORD_LEADS:
            lead += 2  # "of course, I have to ask you ..."
        elif tokens[lead].low in sentences.ADVERBS:
            lead += 1  # "then I'll take your questions"
        else:
            break
    tokens = tokens[lead:]
    if len(tokens) < 2:
        return False
    first = tokens[0].low
    we = first in {"we", "we'll", "we're"}
    if first == "let" and tokens[1].low in {"me", "us"}:
        i, intent = 2, True
    elif first in _SPEAKER_LEADS or we:
        i, intent = 1, _SPEAKER_LEADS.get(first, first != "we")
    else:
        return False
    refused = False
    while i < len(tokens) and tokens[i].low in _INTENTIONS:
        intent, refused, i = True, refused or tokens[i].low in _REFUSALS, i + 1
    if not intent or i >= len(tokens):
        return False
    verb, rest = tokens[i].low, tokens[i + 1 :]
    if refused and not we and _declines(verb, rest):
        return True  # "I'm not going to predict", "I won't characterise where we are"
    if verb in _REFERRALS and (_words_at(rest, "you") or _words_at(rest, "to", "you")):
        # "I'd refer you to the ministry", "I'll defer to you on ...": an answer sent elsewhere
        return True
    if we:
        # the speaker's side acting ("We will announce new sanctions") unless it hands
        # the listener talk ("We'll give you a readout")
        return any(t.low == "you" for t in rest[:2]) and any(t.low in _TALK_NOUNS for t in rest)
    if any(t.cap and t.low != "i" for t in rest):
        return False  # "I'll tell the President ...": a plan about someone else
    if any(any(c.isdigit() for c in t.low) for t in rest):
        return False  # "I would say 7": an answer, with its number
    if verb == "say" and tokens[i - 1].low in {"would", "i'd", "'d"}:
        return False  # "I'd say ...": a hedge on what follows, not an announcement
    if verb in _OWN_TALK:
        if any(t.low == "as" for t in rest[1:]) and not refused:
            return False  # "I would characterise the deal as a failure": the judgement itself
        return not any(t.low == "that" for t in rest[:1]) and not sentences.has_finite_verb(rest)
    return verb in _MOVE_BASES and any(t.low in _TALK_NOUNS for t in rest)


def _declines(verb: str, rest: list[sentences.Token]) -> bool:
    """Whether a refused verb (after "I won't", "I'm not going to") declines to talk: a
    verb of that list ("predict", "get into" with its particle), or a verb of saying with
    nothing, a number or an indirect question after it ("I won't speak to the next 30
    days", "I can't say whether he'll come"), never a "that" clause it would assert."""
    if (verb,) in _DECLINED:
        return not _words_at(rest, "that")
    if rest and (verb, rest[0].low) in _DECLINED:
        # "I won't go beyond the Senate's timetable": a plan, with its named party
        return not any(t.cap and t.low != "i" for t in rest[1:])
    if verb not in _OWN_TALK:
        return False
    if not rest or rest[0].low in _INDIRECT_OPENERS:
        return True
    if rest[0].low not in _TOPIC_MARKERS:
        return False
    # "I won't speak to what the senator is saying": the topic declined is itself an
    # indirect question, whose verb asserts nothing; so is a topic with no finite verb
    return (len(rest) > 1 and rest[1].low in _INDIRECT_OPENERS) or not sentences.has_finite_verb(
        rest
    )


# The words that put a topic after a verb of saying ("speak to", "comment on", "talk about").
_TOPIC_MARKERS = _lexicon_words("topic_markers")


# Prepositions that name a topic at the head of a line ("On asylum rules.").
_TOPIC_PREPOSITIONS = _lexicon_words("topic_prepositions")


def is_topic_heading(span: str) -> bool:
    """Whether the span only names a topic ("On asylum rules", "Regarding the tax
    cuts"): a topic preposition and a short noun phrase whose last word ends in -s, which
    the verb test reads as a verb. With no subject pronoun or auxiliary before it, the
    -s word is the plural noun the preposition governs, and nothing is asserted (codebook,
    "Not claims": fragments)."""
    if len(span) > 60 or "," in span:
        return False
    tokens = [t for t in sentences.tokenize(span, 0, len(span)) if t.word]
    if not 2 <= len(tokens) <= 5 or tokens[0].low not in _TOPIC_PREPOSITIONS:
        return False
    body = tokens[1:]
    if any(t.low in sentences.SUBJECTS or t.low in sentences.AUX for t in body):
        return False
    return not sentences.has_finite_verb(body[:-1]) and body[-1].low.endswith("s")


# Subordinators that leave a clause dependent whatever follows it ("If there is concern
# about that"); "when" and "because" also open answers that stand ("Because it's cheaper").
_CONDITIONAL_OPENERS = _lexicon_words("conditional_openers")


def is_dependent_only(span: str) -> bool:
    """Whether the span is a conditional or concessive clause with no main clause after it
    ("If there is concern about that"): half a sentence, asserting nothing on its own."""
    opening = _WORD_RE.match(span)
    if opening is None or opening.group().lower() not in _CONDITIONAL_OPENERS:
        return False
    tokens = sentences.tokenize(span, 0, min(len(span), 400))
    if any(t.low in {",", ";", ":", "then"} or t.low in sentences.DASHES for t in tokens):
        return False  # the main clause may follow the break ("If X, the Y will ...")
    n = len(tokens)
    # the subordinate clause's own subject opens at 1; a clause further on is the main one
    return not any(sentences.clause_start(tokens, j, min(n, j + 12)) >= 0 for j in range(3, n))


_ELLIPSIS_WORDS = (
    sentences.PERSONAL_PRONOUNS
    | sentences.AUX
    | sentences.CONTRACTIONS
    | _lexicon_words("ellipsis_words")
)


# A transcriber's note that words were not heard ("(inaudible)", "[crosstalk]").
_UNHEARD_END_RE = re.compile(
    r"[(\[](?:inaudible|unintelligible|indiscernible|crosstalk|unclear)[)\]]\W*$", re.IGNORECASE
)


def trails_off(span: str) -> bool:
    """Whether the span ends in words the transcriber did not hear: what it asserts is
    lost with them ("They don't like the (inaudible)")."""
    return span[-1:] in {")", "]"} and _UNHEARD_END_RE.search(span, len(span) - 20) is not None


# Words of a spoken reply that may open an elliptical answer ("yes", "no", "well").
_REPLY_WORDS = frozenset(str(w) for w in sentences.lexicon()["spoken_interjections"])


def is_elliptical(span: str) -> bool:
    """Whether the span is only a subject and an auxiliary ("I really don't", "We will",
    "I'm"): an elliptical reply or a broken-off start, with nothing of its own to assert."""
    if len(span) > 40:
        return False  # five short words at most: most spans are settled here
    words = [m.group().lower().replace("’", "'") for m in _WORD_RE.finditer(span)]
    while words and words[0] in _REPLY_WORDS:
        words = words[1:]  # "Yes, it is", "No they won't": the bare reply before it
    if len(words) > 5:
        return False
    return any(w in sentences.AUX or w in sentences.CONTRACTIONS for w in words) and all(
        w in _ELLIPSIS_WORDS or w in sentences.ADVERBS for w in words
    )


def is_imperative(span: str) -> bool:
    """Whether the span opens with an imperative addressed to the listener ("Imagine a
    town ...", "Let's move on", "Read the fine print"): a verb base with no subject before
    it. A verb that may also be a noun is an imperative only before an object pronoun or a
    determiner ("Trade deals are ..." has a subject)."""
    opening = _WORD_RE.match(span)
    if opening is None:
        return False
    word = opening.group().lower().replace("’", "'")
    if word not in sentences.LOOKED_UP:
        sentences.learn(word)
    if word not in sentences.VERB_BASES and word not in {"let's", "don't"}:
        return False  # most spans: settled without tokenising
    tokens = sentences.tokenize(span, 0, min(len(span), 200))
    first = tokens[0].low
    nxt = tokens[1].low if len(tokens) > 1 else ""
    if first == "let's" or (first == "let" and nxt in {"me", "us"}):
        return True
    if first == "don't" and nxt in sentences.VERB_BASES:
        return True
    if (
        first not in sentences.VERB_BASES
        or first in sentences.NOT_IMPERATIVES
        or first in sentences.AUX
    ):
        return False
    if nxt in _IMPERATIVE_OBJECTS:
        return True
    after = tokens[2].low if len(tokens) > 2 else ","
    if nxt in sentences.ADVERBS and (after == "," or after in _IMPERATIVE_OBJECTS):
        return True  # "Sign now, or ...", "Sign today the form" (not "Trade now accounts")
    if first in sentences.PURE_VERBS or sentences.only_a_verb(first):
        return sentences.clause_start(tokens, 0, min(len(tokens), 14)) < 0
    return False


# Subordinators of a condition or time that advice hangs on ("If you're going, book early").
_ADVICE_CONDITIONS = _lexicon_words("advice_conditions")


def advises_listener(span: str) -> bool:
    """Whether the span is advice to the listener under a condition ("If you want to save
    money, use the code at checkout"): a conditional clause, then an imperative after one
    of its commas. The same advice as a proposition ("Buyers should ...") stays a claim."""
    opening = _WORD_RE.match(span)
    if opening is None or opening.group().lower() not in _ADVICE_CONDITIONS:
        return False
    pieces = span.split(", ")[1:]
    return any(is_imperative(piece) for piece in pieces)


# "Like, ..." or "I was like, ..." before a quotation: speech voiced for someone, not the
# speaker's claim (codebook, "Not claims": quotations).
_QUOTATIVE_RE = re.compile(r"(?i:(?:and |so )?like),?\s+[\"“‘«]")
# Words after which a final "to" stands for a verb left out ("I'm happy to", "We'd love to").
_INFINITIVE_HEADS = _lexicon_words("infinitive_heads")


def is_quotative(span: str) -> bool:
    """Whether the span is a quotation introduced by quotative "like" (voiced speech)."""
    return _QUOTATIVE_RE.match(span) is not None


def ends_in_bare_to(span: str) -> bool:
    """Whether the span stops on an infinitive "to" with its verb left out ("I am happy
    to", "We'd love to"): an elliptical reply or a broken-off start, asserting nothing."""
    words = [m.group().lower() for m in _WORD_RE.finditer(span[-40:])]
    return len(words) >= 2 and words[-1] == "to" and words[-2] in _INFINITIVE_HEADS


_A = TypeVar("_A", Quantity, TimeExpression, Mention)


def _moved(item: _A, s: int, e: int) -> _A:
    """``item`` with new offsets: the constructor directly, several times faster than
    :func:`dataclasses.replace` (which inspects the fields on every call)."""
    if isinstance(item, Mention):
        return Mention(s, e, item.text, item.name, item.type, item.wikidata_id)
    if isinstance(item, Quantity):
        return Quantity(s, e, item.text, item.value, item.value_low, item.value_high, item.unit)
    if isinstance(item, TimeExpression):
        return TimeExpression(s, e, item.text, item.start, item.end)
    return replace(item, char_start=s, char_end=e)


def _shifted(items: Iterable[_A], text: str, start: int, end: int) -> tuple[_A, ...]:
    """Attribute spans moved to document offsets; ones that do not fit their claim are
    dropped (with a warning) rather than published with wrong offsets."""
    out = []
    for item in items:
        s, e = item.char_start + start, item.char_end + start
        if start <= s <= e <= end and text[s:e] == item.text:
            out.append(_moved(item, s, e))
        else:
            log.warning("dropped an attribute span that does not match its claim: %r", item)
    return tuple(out)


def _is_self_intro(span: str, role: SpeakerRole, names: Sequence[str]) -> bool:
    match = _SELF_INTRO_RE.match(span)
    if not match:
        return span.lower().startswith("my name is")
    if role != "interviewer" and span[:1].lower() != "i":
        return False  # "This is Central Asia" said by a guest is no introduction
    name = match.group("name").strip().rstrip(".,")
    if len(name.split()) >= 2:
        return True
    return any(name in full.split() for full in names)


def _describes(span: str, name: str) -> bool:
    """Whether the span says something about a named person: "economist Jane Smith" or
    "Jane Smith, an economist at ..."."""
    for match in re.finditer(re.escape(name), span):
        before = span[: match.start()].split()
        if before and before[-1][:1].islower() and before[-1] not in _NOT_DESCRIPTIVE:
            return True
        if _APPOSITIVE_RE.match(span, match.end()):
            return True
    return False


def _is_conversation_credit(span: str, interviewees: Sequence[str], low: str | None = None) -> bool:
    """A sentence about the interview itself that describes nobody ("Tom Becker asked her
    about the vote"), unlike "We spoke to Jane Smith, an economist at ..."."""
    if not _match(_CONVERSATION_RE, _CONVERSATION_ASCII, span, low):
        return False
    return not any(_describes(span, name) for name in interviewees)


# A leading form of address to anyone ("Alison, ...", "Minister, ..."): one to three
# capitalised words and a comma before a lower-case word. A briefing call's transcript puts
# a bracketed stand-in for the name ("[Moderator], ...", "\[Senior official\], ..."),
# an address all the same.
_ADDRESS_RE = re.compile(
    r"(?:\\?\[[^\[\]\n]{1,60}\\?\]|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}),\s+(?=[a-z]|I\b)"
)


def _after_address(span: str) -> str:
    """The span after a leading form of address and its comma, or ""."""
    match = _ADDRESS_RE.match(span)
    return span[match.end() :] if match else ""


def _before_address(span: str, names: Sequence[str]) -> str:
    """The span before a trailing form of address ("That's correct Jane", "Not yet,
    Dr. Okafor"): one of the interview's names (full, first or surname) at its end, with or
    without a comma before it; "" when it ends on none. A reply addressed to the
    interviewer is still a bare reply (codebook, "Not claims")."""
    for form in _longest_forms_first(tuple(names)):
        if len(span) > len(form) and span.endswith(form):
            head = span[: -len(form)]
            bare = _TRAILING_TITLE_RE.sub("", head)
            if bare != head or bare.endswith(","):
                return bare.rstrip(" ,")
    return ""


@cache
def _longest_forms_first(names: tuple[str, ...]) -> tuple[str, ...]:
    """The forms of address, longest first, so that a span ending on a full name ("That's
    correct Jane Smith") loses all of it, whatever order the set of forms iterates in."""
    return tuple(sorted(address_forms(names), key=lambda form: (-len(form), form)))


# Titles before a name ("Dr.", "Minister"), longest first so that the longer one is taken.
_TITLE_ALTERNATION = "|".join(longest_first(speakers.TITLES))
# A title and the space before a trailing name, or only that space.
_TRAILING_TITLE_RE = re.compile(r"(?:\s+(?i:" + _TITLE_ALTERNATION + r")\.?)?\s*$")


# A spoken interjection that opens a turn with no comma after it ("Well let me ...",
# "Okay I'll ..."): transcripts often leave the comma out, so the linking-word rule,
# which needs it for "well" ("Well over half ..."), does not drop it.
_INTERJECTION_RE = re.compile(rf"(?i:{sentences.INTERJECTION_ALTERNATION})\s+(?=[a-z]|I\b)")


def _after_interjection(span: str) -> str:
    """The span after a leading interjection written without its comma, or ""."""
    match = _INTERJECTION_RE.match(span)
    return span[match.end() :] if match else ""


# A fronted adverbial clause closed by its comma ("Whether it's X or Y, ...", "If you were
# in charge today, ..."): what follows is the main clause, which decides whether the
# sentence asserts anything. Only the clause types that open a condition or an alternative;
# relative and complement openers ("which", "that", "what") never front a main clause.
_FRONTED_CLAUSE_RE = re.compile(
    r"(?i:if|whether|unless|when|whenever|once)\b[^,;:.?!]{1,120},\s+(?=[a-z])"
)


def _after_fronted_clause(span: str) -> str:
    """The main clause after a leading condition or alternative and its comma, or ""."""
    match = _FRONTED_CLAUSE_RE.match(span)
    if match is None or "," in span[match.end() :]:
        # "If you look at it, take the 1990s, growth was strong": the imperative is an
        # aside before a clause of its own, which asserts
        return ""
    return span[match.end() :]


_STANCE_LEAD_RE = re.compile(r"([^\W\d_]+ly),\s+")


def _after_stance_adverb(span: str) -> str:
    """The span after a leading adverb and its comma ("Undoubtedly, ..."), or ""."""
    match = _STANCE_LEAD_RE.match(span)
    if match is None or match.group(1).lower() not in sentences.ADVERBS:
        return ""
    return span[match.end() :]


# A first-person stance frame ("I think", "I believe that"): a hedge, which keeps a claim
# a claim ("I think he panicked") but does not make talk about the talk one ("I think I
# just addressed this question"; codebook, "Not claims").
_STANCE_FRAME_RE = re.compile(
    rf"(?i:i|we)\s+(?:[^\W\d_]+ly\s+)?(?i:{'|'.join(sorted(sentences.CLAUSE_STANCE_VERBS))})"
    r"(?:\s+that)?\s+"
)


def _after_stance_frame(span: str) -> str:
    """The span after a leading "I think (that)" or "we believe", or ""."""
    match = _STANCE_FRAME_RE.match(span)
    return span[match.end() :] if match else ""


# A lead that only points at the question being answered, after an optional address and
# linking words ("Tom, on your first question, ...", "Then secondly, ..."): it asserts
# nothing, so the rest decides whether the sentence is talk about the talk (codebook, "Not
# claims").
_POINTER_LEAD_RE = re.compile(
    r"(?:[A-Z][\w'’.\-]*,\s+)?(?:(?i:and|but|so|then|now|okay|ok|well),?\s+)*"
    r"(?:(?i:on|to|as (?:for|to)|regarding|with regard to|with respect to)\s+"
    r"(?i:your|the|that|this)\s+(?:[a-z]+\s+){0,2}?(?i:questions?|points?)"
    r"|(?i:first|firstly|second|secondly|third|thirdly|finally|lastly))"
    r"\s*,?\s+(?=[a-z]|I\b)"
)


def _after_pointer(span: str) -> str:
    """The span after a lead that points at the question answered, or ""."""
    match = _POINTER_LEAD_RE.match(span)
    return span[match.end() :] if match else ""


def is_claim(
    span: str, role: SpeakerRole, names: Sequence[str], interviewees: Sequence[str] = ()
) -> bool:
    """Whether a candidate span asserts something (see the "Not claims" guidelines)."""
    low = span.lower() if span.isascii() else None
    if _match(sentences.NOT_CLAIM_RE, _NOT_CLAIM_ASCII, span, low):
        return False
    rest = _after_stance_adverb(span)
    if rest and sentences.NOT_CLAIM_RE.match(rest):
        return False  # "Undoubtedly, we are grateful ...": thanks all the same
    rest = _after_interjection(span)
    if rest and (sentences.NOT_CLAIM_RE.match(rest) or is_imperative(rest) or announces_talk(rest)):
        return False  # "Well let me make two points", "Okay I'll hand it over to Jane"
    rest = _after_address(span)
    if rest and (sentences.NOT_CLAIM_RE.match(rest) or says_nothing(rest) or announces_talk(rest)):
        return False  # "Jane, the answer to your question is yes": addressed all the same
    rest = _after_pointer(span)
    if rest and (sentences.NOT_CLAIM_RE.match(rest) or announces_talk(rest)):
        return False  # "On your first question, I'm not going to get into that"
    rest = _before_address(span, names)
    if rest and (sentences.NOT_CLAIM_RE.match(rest) or says_nothing(rest)):
        return False  # "That's correct, Jane": a bare reply with the name after it
    rest = _after_stance_frame(span)
    if rest and (says_nothing(rest) or announces_talk(rest)):
        return False  # "I think I just answered that": hedged, but about the talk
    if is_imperative(_after_fronted_clause(span)):
        return False  # "If you were in charge, name the number": advice, not an assertion
    if _is_self_intro(span, role, names):
        return False
    if says_nothing(span) or is_imperative(span) or is_elliptical(span) or trails_off(span):
        return False
    if is_topic_heading(span):
        return False
    if announces_talk(span) or is_dependent_only(span) or advises_listener(span):
        return False
    if is_quotative(span) or ends_in_bare_to(span):
        return False
    if role == "editorial" and _is_conversation_credit(span, interviewees, low):
        return False
    if role == "editorial" and not any(c.islower() for c in span):
        return False  # a heading in capitals ("TRANSCRIPT OF PRESS CONFERENCE, PARIS")
    if role == "interviewer" and is_reaction(span):
        return False
    return not (
        role == "interviewer"
        and (
            _match(_INTERVIEWER_ONLY_RE, _INTERVIEWER_ONLY_ASCII, span, low)
            or _match(sentences.CHAIR_RE, _CHAIR_ASCII, span, low)
            # the chair calling on someone by name ("Ada, you should be able to unmute")
            or bool(sentences.CHAIR_RE.match(_after_address(span)))
        )
    )


_REACTION_RE = re.compile(r"(?i:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?P<rest>[a-z ]+)")
_DEGREE = _lexicon_words("reaction_degree_words")
# A stance frame before a reaction ("I think that was ..."), its "that" left as the subject.
_REACTION_FRAME_RE = re.compile(
    r"(?i:i|we)\s+(?:[a-z]+ly\s+)?(?i:think|thought|guess|feel|felt)\s+"
)
# What an interviewer's reaction may call the answer just given ("a good overview").
_REACTION_NOUNS = (_TALK_NOUNS | _lexicon_words("reaction_nouns")) - _lexicon_words(
    "not_reaction_nouns"
)


def is_reaction(span: str) -> bool:
    """Whether an interviewer's span only reacts to the answer ("That's really cool", "This
    was fun"): "that", "this" or "it", a copula, degree adverbs and one word. Such a
    backchannel judges what was just said, not the world; a question's premise names its
    subject ("That deal was a failure")."""
    frame = _REACTION_FRAME_RE.match(span)
    match = _REACTION_RE.fullmatch(span[frame.end() :] if frame else span)
    if match is None:
        return False
    words = match.group("rest").split()
    if len(words) <= 3 and all(w in _DEGREE or w in sentences.ADVERBS for w in words[:-1]):
        return True
    # "That was a good overview", "I think that's a great point": a judgement of the
    # answer itself, named by a word for talk
    return (
        2 <= len(words) <= 5
        and words[0] in {"a", "an", "such", "the"}
        and words[-1] in _REACTION_NOUNS
    )


# Case-sensitive copies for lower-cased ASCII spans (same matches, faster).
_NOT_CLAIM_ASCII = ascii_variant(sentences.NOT_CLAIM_RE)
_CONVERSATION_ASCII = ascii_variant(_CONVERSATION_RE)
_INTERVIEWER_ONLY_ASCII = ascii_variant(_INTERVIEWER_ONLY_RE)
_CHAIR_ASCII = ascii_variant(sentences.CHAIR_RE)  # talk that runs a briefing


def _match(
    pattern: re.Pattern[str], fast: re.Pattern[str] | None, span: str, low: str | None
) -> bool:
    """Whether ``pattern`` matches at the start of ``span`` (``low``: its lower-cased form
    when ASCII, matched by ``fast`` when there is one)."""
    if low is not None and fast is not None:
        return fast.match(low) is not None
    return pattern.match(span) is not None


# A leading form of address: an optional title, one to four capitalised words, a comma.
_VOCATIVE_RE = re.compile(
    r"(?:(?i:" + _TITLE_ALTERNATION + r")\.?\s+)?"
    r"(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s*,\s+"
)


@cache
def address_forms(names: tuple[str, ...]) -> frozenset[str]:
    """How the people in the interview may be addressed: full name, first name, surname."""
    forms: set[str] = set()
    for name in names:
        parts = name.split()
        forms |= {name, parts[0], parts[-1]}
    return frozenset(forms)


def _strip_vocative(text: str, start: int, end: int, forms: frozenset[str]) -> int:
    """Drop a leading form of address ("Dr. Okafor, ...") when the rest still stands as a
    clause of its own."""
    # every match ends in a comma: a span without one has no form of address to drop
    match = (
        _VOCATIVE_RE.match(text, start, end) if forms and text.find(",", start, end) >= 0 else None
    )
    if match and match.group("name") in forms:
        rest = sentences.tokenize(text, match.end(), end)
        if sentences.clause_start(rest, 0, len(rest)) >= 0:  # not "Jane Smith, a ..., has"
            return match.end()
    return start


class RuleExtractor:
    """The default extractor: rules that follow the claim guidelines."""

    name = "interview-claims-rules"
    version = "1.17.1"  # 1.17.1: retrained on 89 dev; 1.17.0: colon cuts, unit adjectives

    def extract(self, document: Document, passages: list[Passage]) -> list[Claim]:
        """Every claim of every editorial, question and answer passage, in order."""
        claims: list[Claim] = []
        meta = document.meta
        for passage in passages:
            if passage.kind not in CLAIM_KINDS or passage.speaker_role is None:
                continue
            for start, end in self._spans(document.text, passage, meta):
                claims.append(self._claim(document, passage, start, end))
        known = (*meta.interviewee, *meta.interviewer)
        home = entities.home_country(meta.publisher)
        return self._link_people(claims, known, document.text, home)

    @staticmethod
    def _link_people(
        claims: list[Claim], known: tuple[str, ...], document: str, home: str | None = None
    ) -> list[Claim]:
        """A surname alone ("Prof. Jones") names the one person of the document it can mean;
        a shared name ("Parliament") is the institution of the speaker's country (``home``)."""
        spans = [(c.char_start, c.text) for c in claims]
        linked = entities.link_people([c.mentions for c in claims], known, spans, document, home)
        return [
            claim
            if len(mentions) == len(claim.mentions)
            and all(a is b for a, b in zip(mentions, claim.mentions, strict=True))
            else replace(claim, mentions=tuple(mentions))
            for claim, mentions in zip(claims, linked, strict=True)
        ]

    @staticmethod
    def _spans(text: str, passage: Passage, meta: SourceMeta) -> Iterable[tuple[int, int]]:
        assert passage.speaker_role is not None
        names = (*meta.interviewee, *meta.interviewer)
        forms = address_forms(names) if passage.kind != "editorial" else frozenset()
        model = classifier.active()
        decide = None
        if model is not None and "boundary" not in model.decided_by_rules:
            decide = model.splits  # the learned split decision, not the rules' verdicts
        for s, e in sentences.sentence_spans(text, passage.char_start, passage.char_end):
            for cs, ce in sentences.claim_spans(text, s, e, decide):
                cs = _strip_vocative(text, cs, ce, forms)
                span = text[cs:ce]
                if is_claim(span, passage.speaker_role, names, meta.interviewee) and (
                    attributes.asserts(span, passage.speaker_role)
                ):
                    yield cs, ce

    @staticmethod
    def _claim(document: Document, passage: Passage, start: int, end: int) -> Claim:
        assert passage.speaker_role is not None
        text = document.text
        span = text[start:end]
        decided = attributes.decide(span, passage.speaker_role)
        return Claim(
            passage_seq=passage.seq,
            char_start=start,
            char_end=end,
            text=span,
            speaker=passage.speaker,
            speaker_role=passage.speaker_role,
            claim_type=decided.claim_type,
            hedged=decided.hedged,
            type_confidence=decided.type_confidence,
            hedged_confidence=decided.hedged_confidence,
            quantities=_shifted(
                # a bare "$" is the dollar of the country the document is about
                quantities.find_quantities(
                    span, quantities.document_dollar(text, document.meta.publisher)
                ),
                text,
                start,
                end,
            ),
            times=_shifted(
                # the text before the claim resolves "since then", "that year"
                times.find_times(
                    span, document.meta.interview_date, text[max(0, start - 500) : start]
                ),
                text,
                start,
                end,
            ),
            mentions=_shifted(entities.find_mentions(span), text, start, end),
        )
