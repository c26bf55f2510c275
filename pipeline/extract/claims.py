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
from typing import TypeVar

from pipeline.extract import attributes, entities, quantities, sentences, times
from pipeline.extract.model import (
    Claim,
    Document,
    Mention,
    Passage,
    Quantity,
    SpeakerRole,
    TimeExpression,
)

log = logging.getLogger(__name__)

CLAIM_KINDS = frozenset({"editorial", "question", "answer"})

# "I'm Jane Smith", "I am Jane Smith, senior fellow at ...", "This is Jane Smith":
# a host's self-introduction is page furniture, not a claim.
_SELF_INTRO_RE = re.compile(
    r"(?:i['’]m|i am|this is|my name is|it['’]s)\s+(?P<name>(?:[A-Z][\w'’.\-]*\s*){1,4})"
    r"(?:$|,|\s+(?:and|here|from|with|for|at|of)\b)"
)
_INTERVIEWER_ONLY_RE = re.compile(
    r"(?:we|i)(?:['’]re| are|['’]ll| will)\s+(?:going to\s+)?(?:be\s+)?"
    r"(?:talking|speaking|discussing|talk|discuss)\s+(?:about|with|to)\b"
    r"|(?:so,?\s+|please\s+|now,?\s+)?(?:tell|walk|take|give|remind)\s+(?:us|me)\b"
    r"|(?:so,?\s+|please\s+|now,?\s+)?(?:describe|explain|talk about|elaborate|expand on)\b",
    re.IGNORECASE,
)

_A = TypeVar("_A", Quantity, TimeExpression, Mention)


def _shifted(items: Iterable[_A], text: str, start: int, end: int) -> tuple[_A, ...]:
    """Attribute spans moved to document offsets; ones that do not fit their claim are
    dropped (with a warning) rather than published with wrong offsets."""
    out = []
    for item in items:
        s, e = item.char_start + start, item.char_end + start
        if start <= s <= e <= end and text[s:e] == item.text:
            out.append(replace(item, char_start=s, char_end=e))
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


def is_claim(span: str, role: SpeakerRole, names: Sequence[str]) -> bool:
    """Whether a candidate span asserts something (see the "Not claims" guidelines)."""
    if sentences.NOT_CLAIM_RE.match(span):
        return False
    if _is_self_intro(span, role, names):
        return False
    return not (role == "interviewer" and _INTERVIEWER_ONLY_RE.match(span))


class RuleExtractor:
    """The default extractor: rules that follow the claim guidelines."""

    name = "interview-claims-rules"
    version = "1.0.0"

    def extract(self, document: Document, passages: list[Passage]) -> list[Claim]:
        """Every claim of every editorial, question and answer passage, in order."""
        claims: list[Claim] = []
        names = (*document.meta.interviewee, *document.meta.interviewer)
        for passage in passages:
            if passage.kind not in CLAIM_KINDS or passage.speaker_role is None:
                continue
            for start, end in self._spans(document.text, passage, names):
                claims.append(self._claim(document, passage, start, end))
        return claims

    @staticmethod
    def _spans(text: str, passage: Passage, names: Sequence[str]) -> Iterable[tuple[int, int]]:
        assert passage.speaker_role is not None
        for s, e in sentences.sentence_spans(text, passage.char_start, passage.char_end):
            for cs, ce in sentences.claim_spans(text, s, e):
                if is_claim(text[cs:ce], passage.speaker_role, names):
                    yield cs, ce

    @staticmethod
    def _claim(document: Document, passage: Passage, start: int, end: int) -> Claim:
        assert passage.speaker_role is not None
        text = document.text
        span = text[start:end]
        return Claim(
            passage_seq=passage.seq,
            char_start=start,
            char_end=end,
            text=span,
            speaker=passage.speaker,
            speaker_role=passage.speaker_role,
            claim_type=attributes.claim_type(span),
            hedged=attributes.is_hedged(span),
            quantities=_shifted(quantities.find_quantities(span), text, start, end),
            times=_shifted(
                times.find_times(span, document.meta.interview_date), text, start, end
            ),
            mentions=_shifted(entities.find_mentions(span), text, start, end),
        )
