"""Split passages into claims. PLACEHOLDER: replaced by the claim-splitting work."""

from __future__ import annotations

import re

from pipeline.extract import attributes, entities, quantities, times
from pipeline.extract.model import Claim, Document, Passage, Quantity, TimeExpression, Mention
from dataclasses import replace


class RuleExtractor:
    """The default extractor: rules that follow the claim guidelines."""

    name = "interview-claims-rules"
    version = "0.1.0"

    def extract(self, document: Document, passages: list[Passage]) -> list[Claim]:
        claims: list[Claim] = []
        for passage in passages:
            if passage.kind not in ("editorial", "question", "answer"):
                continue
            assert passage.speaker_role is not None
            for m in re.finditer(r"[^.!?]+[.!?]?", document.text[passage.char_start:passage.char_end]):
                s, e = m.start() + passage.char_start, m.end() + passage.char_start
                while s < e and document.text[s].isspace():
                    s += 1
                while e > s and document.text[e - 1] in " \n.!":
                    e -= 1
                text = document.text[s:e]
                if not text or text.endswith("?"):
                    continue
                claims.append(
                    Claim(
                        passage_seq=passage.seq,
                        char_start=s,
                        char_end=e,
                        text=text,
                        speaker=passage.speaker,
                        speaker_role=passage.speaker_role,
                        claim_type=attributes.claim_type(text),
                        hedged=attributes.is_hedged(text),
                        quantities=tuple(replace(q, char_start=q.char_start + s, char_end=q.char_end + s) for q in quantities.find_quantities(text)),
                        times=tuple(replace(t, char_start=t.char_start + s, char_end=t.char_end + s) for t in times.find_times(text, document.meta.interview_date)),
                        mentions=tuple(replace(x, char_start=x.char_start + s, char_end=x.char_end + s) for x in entities.find_mentions(text)),
                    )
                )
        return claims
