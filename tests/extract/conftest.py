"""Helpers for the extraction tests: documents built from inline text or from the annotated
interviews under ``tests/data/interviews``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.extract import claims, classifier, sentences
from pipeline.extract.attributes import claim_type, rule_signals
from pipeline.extract.claims import RuleExtractor
from pipeline.extract.documents import read_source
from pipeline.extract.model import Claim, Document, Passage, SourceMeta
from pipeline.extract.passages import segment

DATA = Path(__file__).resolve().parents[1] / "data"
INTERVIEWS = DATA / "interviews"
# Written after the extractor's rules, as a held-out check; kept apart so that suites that
# glob the main folder do not pick them up.
HELDOUT = INTERVIEWS / "heldout"


def _ids(folder: Path) -> list[str]:
    return sorted(p.name.removesuffix(".gold.jsonl") for p in folder.glob("*.gold.jsonl"))


INTERVIEW_IDS = _ids(INTERVIEWS) + _ids(HELDOUT)


def interview_dir(source_id: str) -> Path:
    """The folder that holds an annotated interview."""
    return HELDOUT if (HELDOUT / f"{source_id}.txt").is_file() else INTERVIEWS


def make_document(
    text: str,
    interviewee: tuple[str, ...] = ("Jane Smith",),
    interviewer: tuple[str, ...] = ("Tom Reed",),
    title: str = "An interview",
) -> Document:
    """A document straight from text, without files."""
    meta = SourceMeta(
        title=title,
        interview_date=date(2024, 5, 1),
        interviewee=interviewee,
        interviewer=interviewer,
    )
    return Document(source_id="test-doc", meta=meta, sha256="0" * 64, text=text)


def rule_types(text: str) -> tuple[str, str]:
    """The type from the rules' own tests and the type read off their cues: they must agree."""
    return claim_type(text), rule_signals(text)[0]


def run(document: Document) -> tuple[list[Passage], list[Claim]]:
    """Segment and extract a document."""
    passages = segment(document)
    return passages, RuleExtractor().extract(document, passages)


def passage_turns(text: str) -> list[tuple[str | None, str | None, str]]:
    """Each passage of a text that is not furniture: its speaker, role and words."""
    passages = run(make_document(text))[0]
    return [
        (p.speaker, p.speaker_role, text[p.char_start : p.char_end])
        for p in passages
        if p.kind != "furniture"
    ]


def claim_roles(text: str, interviewer: tuple[str, ...] = ("Tom Reed",)) -> dict[str, str]:
    """Each claim of a text and its speaker's role."""
    return {c.text: c.speaker_role for c in run(make_document(text, interviewer=interviewer))[1]}


def answer_claims(answer: str) -> list[str]:
    """The claim texts the extractor finds in one answer to one question."""
    document = make_document(f"What happened?\n\n{answer}\n")
    return [c.text for c in run(document)[1]]


def rule_answer_claims(answer: str) -> list[str]:
    """The claim texts of one answer where the rules alone cut sentences into claims: for the
    tests of a rule's verdict, which the learned split decision weighs and may overrule (the
    model card measures where it does better)."""
    with classifier.using(None):
        return answer_claims(answer)


def spans_of(text: str) -> list[str]:
    """The claim spans of a text taken as one sentence."""
    return [text[s:e] for s, e in sentences.claim_spans(text, 0, len(text))]


def sentences_of(text: str) -> list[str]:
    """The sentences of a text."""
    return [text[s:e] for s, e in sentences.sentence_spans(text, 0, len(text))]


def claims_of(text: str) -> list[str]:
    """The claim spans of an interviewee's text, sentence by sentence, that are claims."""
    out = []
    for s, e in sentences.sentence_spans(text, 0, len(text)):
        for cs, ce in sentences.claim_spans(text, s, e):
            if claims.is_claim(text[cs:ce], "interviewee", ()):
                out.append(text[cs:ce])
    return out


@pytest.fixture(scope="session")
def interview() -> dict[str, Document]:
    """Every annotated test interview, by id."""
    return {sid: read_source(interview_dir(sid), sid) for sid in INTERVIEW_IDS}
