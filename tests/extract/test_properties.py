"""Properties of segmentation and extraction over arbitrary and interview-shaped text:
no crash, valid offsets that point back at their own text, nesting, determinism."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.claims import RuleExtractor
from pipeline.extract.model import Claim, Document, Passage
from pipeline.extract.passages import segment
from tests.extract.conftest import make_document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["Jane Smith", "Tom Reed", "Ana María López", "Li Wei", "O'Neil", "Dr. Ruth Vogel"]
WORDS = [
    "inflation",
    "rose",
    "the",
    "bank",
    "and",
    "but",
    "so",
    "yet",
    "because",
    "if",
    "which",
    "I",
    "think",
    "we",
    "it",
    "is",
    "was",
    "has",
    "had",
    "will",
    "would",
    "not",
    "2.5%",
    "in",
    "March",
    "2023",
    "Kenya",
    "U.S.",
    "Dr.",
    "e.g.",
    "No.",
    "5",
    "—",
    "–",
    "-",
    ";",
    ",",
    ":",
    "“",
    "”",
    '"',
    "'",
    "(",
    ")",
    "however",
    "So",
    "But",
    "That's",
    "right",
    "Absolutely",
    "thank",
    "you",
    "prices",
    "fell",
    "wages",
    "that",
    "there",
    "are",
    "…",
    "€40",
    "£3bn",
    "about",
    "half",
    "of",
    "voters",
    "said",
    "they",
    "would",
    "leave",
]
FURNITURE = [
    "Share this:",
    "Advertisement",
    "Leave a Reply",
    "© 2024 The Paper. All rights reserved.",
    "Sign up for our newsletter",
    "Photo: Jane Doe/Reuters",
    "Related: More news",
    "Read more: Elsewhere",
    "By Tom Reed",
    "12 May 2024",
    "Name *",
    "Post Comment",
]


def check(document: Document) -> tuple[list[Passage], list[Claim]]:
    """Run both steps and check every offset invariant; return the output."""
    text = document.text
    passages = segment(document)
    claims = RuleExtractor().extract(document, passages)
    seqs = [p.seq for p in passages]
    assert seqs == list(range(len(passages)))
    by_seq = {p.seq: p for p in passages}
    for p in passages:
        assert 0 <= p.char_start < p.char_end <= len(text)
        assert text[p.char_start : p.char_end] == text[p.char_start : p.char_end].strip()
        if p.question_seq is not None:
            assert by_seq[p.question_seq].kind == "question"
    for c in claims:
        passage = by_seq[c.passage_seq]
        assert passage.char_start <= c.char_start < c.char_end <= passage.char_end
        assert text[c.char_start : c.char_end] == c.text
        assert c.speaker_role == passage.speaker_role
        for item in (*c.quantities, *c.times, *c.mentions):
            assert c.char_start <= item.char_start <= item.char_end <= c.char_end
            assert text[item.char_start : item.char_end] == item.text
    return passages, claims


@SETTINGS
@given(st.text(max_size=600))
def test_any_text(text: str) -> None:
    document = make_document(text)
    first = check(document)
    assert check(document) == first


@SETTINGS
@given(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300),
    st.lists(st.sampled_from(["\n", "\n\n", " ", "\r", "\t", "\u2028", "\x0b", ":", "?", "."])),
)
def test_any_text_with_line_structure(text: str, breaks: list[str]) -> None:
    pieces = [text[i::3] for i in range(3)]
    document = make_document(
        "".join(p + b for p, b in zip(pieces, breaks + [""] * 3, strict=False))
    )
    assert check(document) == check(document)


def _sentence(draw: st.DrawFn, question: bool) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=18))
    return " ".join(words) + ("?" if question else draw(st.sampled_from([".", "!", "", "..."])))


@st.composite
def interviews(draw: st.DrawFn) -> Document:
    """Interview-shaped text: a title, intro, labelled or unlabelled turns, furniture."""
    style = draw(st.sampled_from(["inline", "own-line", "qa", "numbered", "plain"]))
    asker, answerer = draw(st.sampled_from(NAMES)), draw(st.sampled_from(NAMES))
    lines = [" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8)))]
    if draw(st.booleans()):
        lines.append(_sentence(draw, False) + " " + _sentence(draw, False))
    for turn in range(draw(st.integers(0, 6))):
        q = " ".join(_sentence(draw, i == 1) for i in range(draw(st.integers(1, 2)) + 1))
        a = " ".join(_sentence(draw, False) for _ in range(draw(st.integers(1, 3))))
        if style == "inline":
            lines += [f"{asker}: {q}", f"{answerer.split()[-1]}: {a}"]
        elif style == "own-line":
            lines += [asker.upper(), q, answerer, a]
        elif style == "qa":
            lines += [f"Q: {q}", f"A: {a}"]
        elif style == "numbered":
            lines += [f"{turn + 1}. {q}", a]
        else:
            lines += [q, a]
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(FURNITURE)))
    lines += draw(st.lists(st.sampled_from(FURNITURE), max_size=3))
    separator = draw(st.sampled_from(["\n", "\n\n", "\n \n", "\n\n\n"]))
    return make_document(
        separator.join(lines),
        interviewee=tuple(draw(st.sampled_from([[], [answerer], [answerer, "Li Wei"]]))),
        interviewer=tuple(draw(st.sampled_from([[], [asker]]))),
    )


@SETTINGS
@given(interviews())
def test_interview_shaped_documents(document: Document) -> None:
    first = check(document)
    assert check(document) == first


@SETTINGS
@given(interviews())
def test_labels_stay_out_of_claims(document: Document) -> None:
    _, claims = check(document)
    for claim in claims:
        assert not claim.text.startswith(("Q:", "A:"))
        for name in (*document.meta.interviewee, *document.meta.interviewer):
            assert not claim.text.startswith(f"{name}:")
