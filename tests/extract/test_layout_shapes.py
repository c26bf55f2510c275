"""Layouts met in real transcripts (issue 14, "Layout"), each on invented text: labels wrapped
in markup, bare "Q" labels, office labels, flattened one-line transcripts, dash turns, page
breaks, double-spaced wrapping, swapped labels, standfirsts, page furniture after the end."""

from __future__ import annotations

from pipeline.extract import speakers
from pipeline.extract.model import Passage
from pipeline.extract.passages import paragraphs, segment
from tests.extract.conftest import make_document, run

NBSP = "\u00a0"


def turns(text: str, passages: list[Passage]) -> list[tuple[str, str | None, str]]:
    """(kind, role, first words) of every question and answer."""
    return [
        (p.kind, p.speaker_role, text[p.char_start : p.char_end][:24])
        for p in passages
        if p.kind in ("question", "answer")
    ]


def roles_of(passages: list[Passage], kind: str) -> set[str | None]:
    return {p.speaker_role for p in passages if p.kind == kind}


def test_labels_wrapped_in_html_inside_an_xml_envelope() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<archive>\n  <item>\n'
        "    <item-id>4411</item-id>\n    <heading>Radio interview, Lakeside FM</heading>\n"
        "    <body><![CDATA[<p><strong>TOM REED:</strong></p>\n"
        "<p>Good morning, Minister.</p>\n<p><strong>MINISTER:</strong></p>\n"
        "<p>Good morning.</p>\n<p><strong>TOM REED:</strong></p>\n"
        "<p>Will the new bridge open in June?</p>\n<p><strong>MINISTER:</strong></p>\n"
        "<p>The bridge will open in July. The builders lost a month to floods.</p>\n"
        "]]></body>\n  </item>\n</archive>\n"
    )
    document = make_document(text, interviewee=("Jane Smith",))
    passages, claims = run(document)
    assert all(not document.text[p.char_start : p.char_end].startswith("<p>") for p in passages)
    assert [(c.speaker_role, c.text) for c in claims] == [
        ("interviewee", "The bridge will open in July"),
        ("interviewee", "The builders lost a month to floods"),
    ]
    assert roles_of(passages, "question") == {"interviewer"}
    assert "editorial" not in {p.kind for p in passages}


def test_markdown_heading_labels() -> None:
    text = (
        "# Talk with a glaciologist\n\n### Interviewer:\nHow fast is the ice going?\n\n"
        "### Jane Smith:\nThe glacier lost forty metres last year.\n\n"
        "### Interviewer:\nWhy?\n\n### Jane Smith:\nThe summers were warmer.\n"
    )
    document = make_document(text, interviewer=())
    passages, claims = run(document)
    assert [(k, r) for k, r, _ in turns(text, passages)] == [
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
    ]
    assert all("###" not in c.text for c in claims)


def test_press_gaggle_with_bare_q_office_label_clock_lines_and_notes() -> None:
    text = (
        "Remarks on arrival\n\n10:42 A.M. EDT\n\n"
        f"{NBSP}{NBSP}THE GOVERNOR:{NBSP} The new ferry starts on Monday.\n\n"
        f"Q{NBSP}{NBSP}{NBSP} Governor, the union says the crews are short. Is that true?\n\n"
        f"THE GOVERNOR:{NBSP} We hired forty sailors in May.\n\n(Cross-talk.)\n\n"
        f"Q{NBSP}{NBSP}{NBSP} Twelve of them quit already.\n\n"
        f"THE GOVERNOR:{NBSP} That is not what I was told.\n\n"
        "END                 10:49 A.M. EDT\n\nSign up for our morning briefing\n"
    )
    document = make_document(text, interviewee=("Mark Oduya",), interviewer=())
    passages, claims = run(document)
    assert turns(text, passages) == [
        ("answer", "interviewee", "The new ferry starts on "),
        ("question", "interviewer", "Governor, the union says"),
        ("answer", "interviewee", "We hired forty sailors i"),
        ("question", "interviewer", "Twelve of them quit alre"),
        ("answer", "interviewee", "That is not what I was t"),
    ]
    kinds = {text[p.char_start : p.char_end]: p.kind for p in passages}
    assert kinds["(Cross-talk.)"] == "furniture"
    assert kinds["10:42 A.M. EDT"] == "furniture"
    assert kinds["Sign up for our morning briefing"] == "furniture"
    assert ("interviewer", "Twelve of them quit already") in {
        (c.speaker_role, c.text) for c in claims
    }


def test_a_clock_line_is_no_answer_label() -> None:
    assert speakers.find_label("9:05 A.M. CET", 0, 13) is None
    assert speakers.find_label("Q  What now?", 0, 12) is not None
    assert speakers.find_label("Q What now?", 0, 11) is not None
    assert speakers.find_label("A good deal.", 0, 12) is None  # "A" is also the article


def test_a_flattened_transcript_is_cut_at_the_speakers_names() -> None:
    text = (
        "Editor of the Harbour Gazette Tom Reed (translated): Thank you for your time. "
        "The port doubled its traffic in five years. What comes next? Jane Smith: "
        "We will build a second quay. Work starts in spring. Tom Reed: And the cost? "
        "Jane Smith: It will cost about two million euros."
    )
    document = make_document(text)
    passages, claims = run(document)
    assert turns(text, passages) == [
        ("question", "interviewer", "Thank you for your time."),
        ("answer", "interviewee", "We will build a second q"),
        ("question", "interviewer", "And the cost?"),
        ("answer", "interviewee", "It will cost about two m"),
    ]
    assert ("interviewer", "The port doubled its traffic in five years") in {
        (c.speaker_role, c.text) for c in claims
    }


def test_a_question_before_a_name_is_no_label() -> None:
    text = (
        "Tom Reed: Is the port busy? What will change? Jane Smith: Nothing will change soon. "
        "Tom Reed: Why not? Jane Smith: The money ran out."
    )
    passages = segment(make_document(text))
    assert [t[2] for t in turns(text, passages)] == [
        "Is the port busy? What w",
        "Nothing will change soon",
        "Why not?",
        "The money ran out.",
    ]


def test_dash_turns_in_one_paragraph_alternate() -> None:
    text = (
        "Interview of the mayor to a regional paper. - Mayor, will the tram be late? - "
        "Why would it be late? The tracks are laid and the cars are here. - And the budget? - "
        "The budget holds. We spent less than planned."
    )
    document = make_document(text, interviewer=())
    passages, claims = run(document)
    assert turns(text, passages) == [
        ("question", "interviewer", "Mayor, will the tram be "),
        ("answer", "interviewee", "Why would it be late? Th"),
        ("question", "interviewer", "And the budget?"),
        ("answer", "interviewee", "The budget holds. We spe"),
    ]
    assert all(not c.text.startswith("-") for c in claims)


def test_swapped_q_and_a_labels_are_put_right() -> None:
    text = (
        "Q. Is the mine still open?\n\nA. It closed in March. Forty people lost their jobs.\n\n"
        "A. Will it open again?\n\nQ. The owners want to sell it. A buyer from Chile is "
        "interested and the council supports the sale.\n"
    )
    document = make_document(text)
    passages, claims = run(document)
    assert [(k, r) for k, r, _ in turns(text, passages)] == [
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
    ]
    assert {c.speaker_role for c in claims} == {"interviewee"}


def test_double_spaced_hard_wrapped_lines_join_into_paragraphs() -> None:
    lines = [
        "TOM REED: The council voted last night to close the old library on the",
        "corner of the square, and the staff will move to the new building. Why?",
        "JANE SMITH: The old building needs a new roof and the repairs would cost",
        "more than the council can afford this year, so we chose to move the books",
        "to the school across the river where there is room for all of them.",
        "TOM REED: Will the readers follow?",
        "JANE SMITH: Most of them live closer to the school than to the square.",
    ]
    text = "\n\n".join(f" {line} " for line in lines) + "\n"
    document = make_document(text)
    passages, claims = run(document)
    assert [(k, r) for k, r, _ in turns(text, passages)] == [
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
    ]
    assert any(c.text.startswith("The old building needs a new roof") for c in claims)
    assert any("where there is room for all of them" in c.text for c in claims)


def test_a_running_head_is_furniture_and_a_page_break_joins_the_sentence() -> None:
    text = (
        "RIVER NEWS TRANSCRIPT\n\nTom Reed: What did the survey find about the\n\n"
        "RIVER NEWS TRANSCRIPT\n\nfish in the lower river?\n\n"
        "Jane Smith: The salmon came back after twenty years.\n\n"
        "RIVER NEWS TRANSCRIPT\n\n- 2 -\n\nTom Reed: Thanks.\n"
    )
    document = make_document(text)
    passages = segment(document)
    assert {text[p.char_start : p.char_end] for p in passages if p.kind == "furniture"} >= {
        "RIVER NEWS TRANSCRIPT",
        "- 2 -",
    }
    assert all(p.speaker != "River News Transcript" for p in passages)
    question = next(p for p in passages if p.kind == "question")
    assert text[question.char_end - 24 : question.char_end] == "fish in the lower river?"


def test_a_standfirst_that_asks_stays_in_the_intro() -> None:
    text = (
        "Cheaper trains\n\nCan rail fares really fall? We asked a transport economist.\n\n"
        "Jane Smith is a professor of transport at the University of Leeds.\n\n"
        "Why are fares so high?\n\nThe network is old and costly to run.\n"
    )
    document = make_document(text)
    passages, claims = run(document)
    assert [p.kind for p in passages] == ["title", "editorial", "editorial", "question", "answer"]
    assert ("interviewee", "The network is old and costly to run") in {
        (c.speaker_role, c.text) for c in claims
    }


def test_a_reporter_labelled_once_is_a_speaker() -> None:
    text = (
        "Briefing\n\nMODERATOR: The minister will take questions.\n\n"
        "MINISTER: Thank you. The budget rose by five percent.\n\n"
        "MR. OKONJO: Minister, who pays for the rise?\n\n"
        "MINISTER: The new tax on fuel pays for it.\n\n"
        "MODERATOR: Next question.\n\nMINISTER: Thanks.\n"
    )
    document = make_document(text, interviewee=("Ruth Ames",), interviewer=())
    passages = segment(document)
    asked = [p for p in passages if p.kind == "question"]
    assert any(p.speaker == "Mr. Okonjo" for p in asked)
    # the office label is the yaml's one interviewee
    assert {p.speaker_role for p in passages if p.speaker == "Ruth Ames"} == {"interviewee"}
    assert "Minister" not in {p.speaker for p in passages}


def test_a_newsreader_is_an_interviewer() -> None:
    text = (
        "NEWSREADER: The prime minister spoke to our editor today.\n\n"
        "PM: Our exports are at a record high.\n\n"
        "HOST: Will that last?\n\nPM: I think it will.\n"
    )
    document = make_document(text, interviewee=("Jane Smith",), interviewer=("Tom Reed",))
    _passages, claims = run(document)
    assert [(c.speaker_role, c.text) for c in claims][:2] == [
        ("interviewer", "The prime minister spoke to our editor today"),
        ("interviewee", "Our exports are at a record high"),
    ]


def test_by_doing_something_is_no_byline() -> None:
    text = (
        "Ground rules\n\nMODERATOR: By joining this call, you agree to these rules.\n\n"
        "By the way, the call is on the record.\n\nQ: Is it?\n\nJANE SMITH: It is.\n"
    )
    passages = segment(make_document(text))
    kinds = {text[p.char_start : p.char_end]: p.kind for p in passages}
    assert kinds["By the way, the call is on the record."] == "question"


def test_a_caption_below_its_credit_line() -> None:
    text = (
        "Dunes\n\nWhat is happening to the dunes?\n\nThey move inland every year.\n\n"
        "Photo: J. Doe/Reuters\nVolunteers plant grass on the dunes near the harbour.\n\n"
        "Can grass stop them?\n\nIt slows them down.\n"
    )
    document = make_document(text)
    passages, _claims = run(document)
    caption = next(p for p in passages if text[p.char_start :].startswith("Volunteers"))
    assert caption.kind == "editorial"
    assert passages[-1].question_seq == passages[-2].seq


def test_markup_lines_and_edge_tags() -> None:
    text = "<doc>\n<date>2024-01-01</date>\n<p>Words here.<br />\n</doc>\n"
    paras = paragraphs(text)
    assert [(text[p.start : p.end], p.kind) for p in paras] == [
        ("<doc>", "furniture"),
        ("<date>2024-01-01</date>", "furniture"),
        ("Words here.", None),
        ("</doc>", "furniture"),
    ]


def test_numbered_officials_on_a_background_call() -> None:
    text = (
        "Background call\n\nMODERATOR: Thanks for joining. Our speakers are two officials.\n\n"
        "SENIOR OFFICIAL 1: The talks ended this morning.\n\n"
        "Q Did they agree on the border?\n\n"
        "SENIOR OFFICIAL 2: They agreed on a line. The maps follow next month.\n\n"
        "Q And the troops?\n\nSENIOR OFFICIAL 1: The troops leave in May.\n"
    )
    passages, claims = run(make_document(text, interviewee=(), interviewer=()))
    assert {(c.speaker_role, c.text) for c in claims} >= {
        ("interviewee", "The talks ended this morning"),
        ("interviewee", "They agreed on a line"),
        ("interviewee", "The troops leave in May"),
    }
    assert {p.speaker for p in passages if p.kind == "answer"} == {
        "Senior Official 1",
        "Senior Official 2",
    }


def test_teasers_after_the_last_answer_are_no_turns() -> None:
    text = (
        "Rents\n\nTom Reed: Will rents fall?\n\nJane Smith: Rents will rise again this year.\n\n"
        "MOST READ: Ten ways to save on rent\n\nTrending now\n\nWhy landlords are selling\n"
    )
    passages, claims = run(make_document(text))
    assert [(c.speaker_role, c.text) for c in claims] == [
        ("interviewee", "Rents will rise again this year"),
    ]
    assert passages[-1].kind == "furniture"


def test_notes_at_the_edges_of_a_turn_are_cut_and_inside_a_sentence_kept() -> None:
    text = (
        "Q: (Inaudible) Will the plant close?\n\n"
        "A: [laughs] No. The plant will stay open until 2030. (Applause.)\n\n"
        "Q: And the jobs at the … (inaudible) … site?\n\nA: They stay too.\n"
    )
    document = make_document(text)
    passages, _claims = run(document)
    spans = [text[p.char_start : p.char_end] for p in passages]
    assert spans[:2] == ["Will the plant close?", "No. The plant will stay open until 2030."]
    assert spans[2] == "And the jobs at the … (inaudible) … site?"


def test_a_sentence_ending_at_a_line_break_tag_ends_the_paragraph() -> None:
    lines = [
        "Q. Will the new canal be finished before the winter storms arrive in<br />",
        "the valley, or will the work have to wait for another whole year?<br />",
        "A. That will depend on the weather and on the supply of steel, surely.<br />",
        "The contractors have ordered more steel than they need for the locks and<br />",
        "the gates, so the work should not stop for lack of it in the autumn,<br />",
        "and the crews have been told to work on the weekends as well as during<br />",
        "the week until the last of the gates is hanging in its frame at the end.<br />",
        "Q. And the cost of the whole project, is it still within the budget now?<br />",
        "A. It is within the budget that the council approved in the spring.<br />",
    ]
    text = "<p>\n" + "\n".join(lines) + "\n</p>\n"
    passages, claims = run(make_document(text))
    assert "That will depend on the weather and on the supply of steel, surely" in {
        c.text for c in claims
    }
    assert any(c.text.startswith("The contractors have ordered more steel") for c in claims)
    assert all("<br />" not in text[p.char_end - 6 : p.char_end] for p in passages)


def test_numbered_questions_with_answer_labels_and_a_lost_question_mark() -> None:
    text = (
        "QUESTIONS AND ANSWERS\n\n1. Will the dam be built?\n\n"
        "ANSWER: It will. The plans are ready.\n\n2. How much water will it hold?\n\n"
        "ANSWER: Enough for two cities. We need it for three reasons:\n\n"
        "1. The rivers are low.\n\n4. Would the farmers support it.\n\n"
        "ANSWER: They asked for it.\n"
    )
    passages, claims = run(make_document(text))
    assert [(k, r) for k, r, _ in turns(text, passages)] == [
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("answer", "interviewee"),  # a list inside the answer starts again at 1
        ("question", "interviewer"),  # the number goes on: a question, "?" lost
        ("answer", "interviewee"),
    ]
    assert all(not c.text.startswith("ANSWER") for c in claims)
