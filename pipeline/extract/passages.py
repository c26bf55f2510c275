"""Segment a document into passages. PLACEHOLDER: replaced by the segmentation work."""

from __future__ import annotations

import re

from pipeline.extract.model import Document, Passage


def segment(document: Document) -> list[Passage]:
    """Split into paragraphs; a paragraph ending in '?' is a question, the rest answers."""
    passages: list[Passage] = []
    last_question: int | None = None
    for match in re.finditer(r"[^\n]+", document.text):
        start, end = match.span()
        while end > start and document.text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        seq = len(passages)
        if seq == 0:
            passages.append(Passage(seq, "title", start, end))
        elif document.text[start:end].endswith("?"):
            interviewer = document.meta.interviewer[0] if document.meta.interviewer else None
            passages.append(Passage(seq, "question", start, end, interviewer, "interviewer"))
            last_question = seq
        else:
            interviewee = document.meta.interviewee[0] if document.meta.interviewee else None
            passages.append(
                Passage(seq, "answer", start, end, interviewee, "interviewee", last_question)
            )
    return passages
