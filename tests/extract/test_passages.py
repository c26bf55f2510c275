"""Segmentation into passages: kinds, speakers, roles and labels, on every layout."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from pipeline.extract.documents import read_source
from pipeline.extract.model import Document, Passage
from pipeline.extract.passages import segment
from tests.extract.conftest import INTERVIEW_IDS, make_document, run

CODES = {"title": "T", "editorial": "E", "furniture": "F", "question": "Q", "answer": "A"}
QA_AT_START = r"^(?:\*\*)?(?:Q|A|Question|Answer)\s*\d*\s*(?:\*\*)?\s*[:.)]|^\d{1,2}[.:)]\s"
REFERENCE = read_source(
    Path(__file__).resolve().parents[2] / "sources", "pauline-jones-kazakhstan-2022"
)


def label_at_start(document: Document) -> re.Pattern[str]:
    """A speaker label at the start of a text: Q/A, a number, or any form of a cast name."""
    forms = set()
    for name in (*document.meta.interviewee, *document.meta.interviewer):
        parts = name.split()
        forms |= {name, parts[0], parts[-1], name.upper(), parts[-1].upper()}
    names = "|".join(re.escape(f) for f in forms)
    return re.compile(
        QA_AT_START + (rf"|^(?:(?:Dr|Prof|Mr|Ms)\.? )?(?:{names})\s*:" if names else "")
    )


def kinds(passages: list[Passage]) -> str:
    return "".join(CODES[p.kind] for p in passages)


def texts(document: Document, passages: list[Passage], kind: str) -> list[str]:
    return [document.text[p.char_start : p.char_end] for p in passages if p.kind == kind]


def people(passages: list[Passage]) -> set[tuple[str, str | None, str | None]]:
    return {
        (p.kind, p.speaker, p.speaker_role) for p in passages if p.kind in ("question", "answer")
    }


# The kind of every passage, in order (T title, E editorial, F furniture, Q, A).
EXPECTED_KINDS = {
    "ferrer-spain-drought-2023": "TEEFFQAAQAFQAQAFF",
    "hart-vaping-2024": "TQAQAQAQAQAF",
    "kowalski-digital-euro-2024": "TEQAQAQAQAQA",
    "marsh-nhs-waiting-lists-2024": "TEFFQAQAQAQAQAQA",
    "measles-radio-2024": "TFQFAQAFQAQAFQAQAF",
    "ng-ai-classrooms-2024": "TEQAQAFQAQAQAQA",
    "mendes-lisbon-housing-2024": "TEQAQAFQAQAQAEF",
    "kaur-rail-tunnel-radio-2024": "FFFFFFFQQAQAQFFFF",
    "nowak-baltic-trade-2024": "QAQAQA",
    "oduya-ferry-briefing-2024": "FFFFFTFAAQAFQAQAF",
    "okafor-euro-inflation-2023": "TEFFQAQAFQAFQAQAQAFFFFF",
    "patel-heatwaves-podcast-2023": "TFQAQAQAQAQAQAQF",
    "wanjiru-kenya-election-2022": "TEEFQAQAFQAQAQA",
    "silva-brazil-voting-2024": "TEQAQAFQAEFQAQA",
    "watanabe-leeds-buses-2024": "TFEQAQAQAQAQAE",
    "wind-north-sea-2023": "FTFEQAQAQAQAQAFE",
}

EXPECTED_PEOPLE = {
    "ferrer-spain-drought-2023": {
        ("question", "Daniel Stone", "interviewer"),
        ("answer", "Lucía Ferrer", "interviewee"),
    },
    "hart-vaping-2024": {
        ("question", "Sam Ortiz", "interviewer"),
        ("answer", "Eleanor Hart", "interviewee"),
    },
    "kowalski-digital-euro-2024": {
        ("question", "Peter Lang", "interviewer"),
        ("answer", "Anna Kowalski", "interviewee"),
    },
    "silva-brazil-voting-2024": {
        ("question", "Marcos", "interviewer"),  # not in the yaml: a questioner by behaviour
        ("answer", "Fernanda Silva", "interviewee"),
    },
    "marsh-nhs-waiting-lists-2024": {
        ("question", "James Ortiz", "interviewer"),
        ("answer", "Helen Marsh", "interviewee"),
    },
    "measles-radio-2024": {
        ("question", None, "interviewer"),  # "HOST:", and the yaml names no interviewer
        ("answer", "Samuel Adeyemi", "interviewee"),  # "GUEST:" is the yaml's interviewee
    },
    "ng-ai-classrooms-2024": {
        ("question", "Elena Ruiz", "interviewer"),
        ("answer", "Grace Ng", "interviewee"),
    },
    "mendes-lisbon-housing-2024": {
        ("question", None, "interviewer"),  # the yaml names no interviewer
        ("answer", "Carlos Mendes", "interviewee"),
    },
    "kaur-rail-tunnel-radio-2024": {  # an XML export, labels in <strong>, "NEWSREADER", "PM"
        ("question", "Rosa Lind", "interviewer"),  # a role word is the yaml's one interviewer
        ("answer", "Priya Kaur", "interviewee"),
    },
    "nowak-baltic-trade-2024": {  # one flattened line; labels with an office before the name
        ("question", "Anna Berg", "interviewer"),
        ("answer", "Piotr Nowak", "interviewee"),
    },
    "oduya-ferry-briefing-2024": {
        ("question", None, "interviewer"),  # "Q" with no-break spaces, no name
        ("answer", "Mark Oduya", "interviewee"),  # "THE GOVERNOR:", the yaml's one interviewee
    },
    "okafor-euro-inflation-2023": {
        ("question", "Laura Chen", "interviewer"),
        ("answer", "Maria Okafor", "interviewee"),
    },
    "patel-heatwaves-podcast-2023": {
        ("question", "Sarah Lindqvist", "interviewer"),
        ("answer", "Ravi Patel", "interviewee"),
    },
    "wanjiru-kenya-election-2022": {
        ("question", "Tom Becker", "interviewer"),
        ("question", "Priya Nair", "interviewer"),
        ("answer", "Amina Wanjiru", "interviewee"),
    },
    "watanabe-leeds-buses-2024": {
        ("question", "Hannah Brooks", "interviewer"),
        ("answer", "Kenji Watanabe", "interviewee"),
    },
    "wind-north-sea-2023": {
        ("question", "Marco Bellini", "interviewer"),
        ("answer", "Ingrid Solberg", "interviewee"),
    },
}


@pytest.mark.parametrize("source_id", INTERVIEW_IDS)
def test_layouts_give_the_expected_passages(source_id: str, interview: dict[str, Document]) -> None:
    passages = segment(interview[source_id])
    assert kinds(passages) == EXPECTED_KINDS[source_id]
    assert people(passages) == EXPECTED_PEOPLE[source_id]


@pytest.mark.parametrize("source_id", [*INTERVIEW_IDS, "reference"])
def test_passages_are_trimmed_linked_and_start_after_labels(
    source_id: str, interview: dict[str, Document]
) -> None:
    document = REFERENCE if source_id == "reference" else interview[source_id]
    passages, claims = run(document)
    label = label_at_start(document)
    previous_end = 0
    for p in passages:
        text = document.text[p.char_start : p.char_end]
        assert text and text == text.strip()
        assert p.char_start >= previous_end
        previous_end = p.char_end
        if p.kind in ("question", "answer"):
            assert not label.match(text), text
        if p.kind == "answer" and p.question_seq is not None:
            assert passages[p.question_seq].kind == "question"
            assert p.question_seq < p.seq
        assert (p.speaker_role is None) == (p.kind in ("title", "furniture"))
    for claim in claims:
        assert not label.match(claim.text), claim.text


def test_reference_layout() -> None:
    passages = segment(REFERENCE)
    assert kinds(passages) == "TEFFQAAQAQAQAAAAQAAQAAAFFFF"
    assert texts(REFERENCE, passages, "furniture")[0].startswith("Labiba Hassan '25 interviewed")
    assert people(passages) == {
        ("question", "Labiba Hassan", "interviewer"),
        ("answer", "Pauline Jones", "interviewee"),
    }
    # a question that opens with a declarative premise is still a question
    assert texts(REFERENCE, passages, "question")[0].startswith("In January 2022")


def test_okafor_furniture_and_labels_on_their_own_line(interview: dict[str, Document]) -> None:
    document = interview["okafor-euro-inflation-2023"]
    passages = segment(document)
    furniture = texts(document, passages, "furniture")
    assert "Advertisement" in furniture
    assert "Sign up for our weekly economics newsletter" in furniture
    assert "© 2023 The Ledger Review. All rights reserved." in furniture
    assert {"Leave a comment", "Name *", "Email *", "Post Comment"} <= set(furniture)
    assert "By Laura Chen" in furniture
    assert not any(
        t.startswith(("LAURA CHEN", "MARIA OKAFOR"))
        for t in texts(document, passages, "question") + texts(document, passages, "answer")
    )


def test_wanjiru_caption_credit_and_pull_quote(interview: dict[str, Document]) -> None:
    document = interview["wanjiru-kenya-election-2022"]
    passages = segment(document)
    editorial = texts(document, passages, "editorial")
    furniture = texts(document, passages, "furniture")
    assert editorial[1] == (
        "Supporters of William Ruto celebrate in Eldoret after the results were announced "
        "on August 15."
    )
    assert "(Photo: Daniel Irungu/EPA)" in furniture
    assert any(t.startswith('"Technology did not remove') for t in furniture)
    # "Wanjiru:" after "Amina Wanjiru:" is the same person
    assert all(p.speaker == "Amina Wanjiru" for p in passages if p.kind == "answer")


def test_surname_labels_without_yaml_names_are_resolved_by_behaviour() -> None:
    text = (
        "A talk about rivers\n\n"
        "Ann Lopez: Rivers are drying. Why is that?\n\n"
        "Mark Obi: Rainfall has dropped by a third since 1990.\n\n"
        "Lopez: What can towns do?\n\n"
        "Obi: They can store winter water in reservoirs.\n\n"
        "Lopez: Is that expensive?\n\n"
        "Obi: It costs less than building new dams.\n"
    )
    passages = segment(make_document(text, interviewee=(), interviewer=()))
    assert people(passages) == {
        ("question", "Ann Lopez", "interviewer"),
        ("answer", "Mark Obi", "interviewee"),
    }
    assert kinds(passages) == "TQAQAQA"


@pytest.mark.parametrize(
    ("q", "a"),
    [("Q:", "A:"), ("Q.", "A."), ("**Q:**", "**A:**"), ("Question:", "Answer:"), ("Q1:", "A1:")],
)
def test_question_and_answer_label_variants(q: str, a: str) -> None:
    text = (
        f"Title of the piece\n\n{q} Why did prices rise?\n\n{a} Energy costs doubled.\n\n"
        f"{q} Will they fall?\n\n{a} They will fall slowly.\n"
    )
    document = make_document(text)
    passages, claims = run(document)
    assert kinds(passages) == "TQAQA"
    assert texts(document, passages, "answer") == [
        "Energy costs doubled.",
        "They will fall slowly.",
    ]
    assert [c.text for c in claims] == ["Energy costs doubled", "They will fall slowly"]


def test_numbered_questions() -> None:
    text = (
        "Three questions\n\n1. Why did you leave?\n\nI wanted to teach.\n\n"
        "2: What comes next?\n\nI will write a book.\n\n10) Any regrets?\n\nNone at all.\n"
    )
    document = make_document(text)
    passages = segment(document)
    assert kinds(passages) == "TQAQAQA"
    assert texts(document, passages, "question") == [
        "Why did you leave?",
        "What comes next?",
        "Any regrets?",
    ]


def test_names_on_their_own_line_with_a_host_introduction() -> None:
    text = (
        "The climate hour\n\n"
        "TOM REED\nWelcome to the climate hour. I'm Tom Reed. Today I'm joined by Jane Smith,"
        " a hydrologist at the University of Leeds. Jane, how dry was the spring?\n\n"
        "JANE SMITH\nIt was the driest spring since 1976.\n\nRivers fell to record lows.\n\n"
        "TOM REED\nThank you.\n"
    )
    document = make_document(text)
    passages, claims = run(document)
    assert kinds(passages) == "TQAAQ"
    assert [(c.speaker_role, c.text) for c in claims] == [
        ("interviewer", "Today I'm joined by Jane Smith, a hydrologist at the University of Leeds"),
        ("interviewee", "It was the driest spring since 1976"),
        ("interviewee", "Rivers fell to record lows"),
    ]


def test_several_interviewers_and_inline_labels_with_titles() -> None:
    text = (
        "Panel\n\nDr. Jane Smith: I study soils.\n\nTom Reed: What did you find?\n\n"
        "Ann Cole: And does it matter for farmers?\n\nDr. Smith: Soils hold less water.\n"
    )
    passages = segment(make_document(text, interviewer=("Tom Reed", "Ann Cole")))
    assert people(passages) == {
        ("answer", "Jane Smith", "interviewee"),
        ("question", "Tom Reed", "interviewer"),
        ("question", "Ann Cole", "interviewer"),
    }


def test_text_without_questions_is_a_monologue(caplog: pytest.LogCaptureFixture) -> None:
    text = (
        "My years at sea\n\nI sailed for ten years. The sea changed me.\n\nI came home in 2001.\n"
    )
    with caplog.at_level(logging.WARNING):
        passages, claims = run(make_document(text))
    assert kinds(passages) == "TAA"
    assert {p.speaker_role for p in passages[1:]} == {"interviewee"}
    assert "monologue" in caplog.text
    assert [c.text for c in claims] == [
        "I sailed for ten years",
        "The sea changed me",
        "I came home in 2001",
    ]


def test_captions_with_and_without_a_verb() -> None:
    text = (
        "Floods\n\nWhat happened in the valley?\n\nThe river rose two metres overnight.\n\n"
        "Pictured: Volunteers fill sandbags in Tewkesbury on Monday.\n\n"
        "Photo: A flooded street (Getty Images)\n\nWill it happen again?\n\nIt will.\n"
    )
    document = make_document(text)
    passages, claims = run(document)
    assert "Volunteers fill sandbags in Tewkesbury on Monday." in texts(
        document, passages, "editorial"
    )
    assert any("A flooded street" in t for t in texts(document, passages, "furniture"))
    assert ("editorial", "Volunteers fill sandbags in Tewkesbury on Monday") in {
        (c.speaker_role, c.text) for c in claims
    }
    # the caption does not break the link between the answer and its question
    assert passages[-1].question_seq == passages[-2].seq


def test_web_furniture_in_the_middle_and_at_the_end() -> None:
    text = (
        "Rates\n\nWhy did the bank act?\n\nInflation was too high.\n\nADVERTISEMENT\n\n"
        "Related: Five charts on inflation\n\nStory continues below advertisement\n\n"
        "Prices rose 9% last year.\n\nWhat next?\n\nRates will stay high.\n\n"
        "Copyright 2024 The Paper. All rights reserved.\n\nShare this:\n\n"
        "Jo Bloggs says: Great piece, the bank is wrong.\n\nLeave a Reply\n"
    )
    document = make_document(text)
    passages, claims = run(document)
    assert kinds(passages) == "TQAFFFAQAFFFF"
    assert [c.text for c in claims] == [
        "Inflation was too high",
        "Prices rose 9% last year",
        "Rates will stay high",
    ]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    line = "The harbour has been dredged twice since the storm and the boats"
    text = (
        "Harbour notes\n\nQuestion: What changed after the storm of\nthe winter before?\n\n"
        f"Answer: {line}\nare back, the fishermen say, although fewer of them than\n"
        "before the storm and the nets are smaller than they used to be.\n"
        "Most of the catch now goes straight to the market in town and\n"
        "the prices have gone up by about a tenth since last spring.\n"
        "Nobody expects the old fleet to return in full anytime soon.\n"
        "It was a hard year.\n"
    )
    document = make_document(text)
    passages = segment(document)
    assert kinds(passages) == "TQA"
    assert texts(document, passages, "answer")[0].startswith(line)
    assert texts(document, passages, "answer")[0].endswith("It was a hard year.")
