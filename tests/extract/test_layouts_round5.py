"""Layouts, fifth round on fresh text (press conferences exported to Markdown, transcripts
that label only the questions, broadcast transcripts that set names in capitals, briefings
with a repository's header and footer): invented examples in the style of those
transcripts."""

from __future__ import annotations

import pytest

from pipeline.extract import claims as claims_module
from pipeline.extract.model import SpeakerRole
from tests.extract.conftest import answer_claims, make_document, run, spans_of

# ---------------------------------------------------------------------------------------
# A bold label glued to the sentence before it opens a turn
# ---------------------------------------------------------------------------------------

_GLUED = (
    "**Q:** Minister, will the levy raise fees for small boats? Thank you.** Min. Orwin:**"
    " No, small boats are exempt from the levy.\n\n"
    "The exemption runs until 2027.\n\n"
    "**Q:**[Inaudible.]** Min. Orwin:** The wall opens in May. Okay.**Q:** And the ferry?"
    "** Min. Orwin:** The ferry service resumed in April.\n"
)


def _claims(text: str, title: str = "Press conference by Minister Dana Orwin") -> list[tuple]:
    document = make_document(text, interviewee=("Dana Orwin",), interviewer=(), title=title)
    return [(c.text, c.speaker_role, c.speaker) for c in run(document)[1]]


def test_a_bold_label_after_a_question_starts_the_answer() -> None:
    claims = {text: role for text, role, _ in _claims(_GLUED)}
    assert claims["small boats are exempt from the levy"] == "interviewee"
    assert claims["The exemption runs until 2027"] == "interviewee"


def test_a_bold_label_after_a_stage_note_or_without_a_space_starts_a_turn() -> None:
    claims = {text: role for text, role, _ in _claims(_GLUED)}
    assert claims["The wall opens in May"] == "interviewee"
    assert claims["The ferry service resumed in April"] == "interviewee"


def test_bold_words_inside_a_sentence_are_no_label() -> None:
    text = (
        "Q: Will the levy pass?\n\n"
        "It will pass. **Most members** agree: the levy is fair.\n\n"
        "Q: And the wall?\n\n"
        "The wall opens in May.\n"
    )
    passages = run(make_document(text, interviewee=("Dana Orwin",), interviewer=()))[0]
    answers = [text[p.char_start : p.char_end] for p in passages if p.kind == "answer"]
    assert "It will pass. **Most members** agree: the levy is fair." in answers


# ---------------------------------------------------------------------------------------
# Only the questions are labelled: the opening statement is the named answerer's
# ---------------------------------------------------------------------------------------

_Q_ONLY = (
    "Good morning, and thank you for coming.\n\n"
    "We agreed today to fund the new harbour wall, and I expect work to start in March.\n\n"
    "The ministers also backed a common levy on port fees.\n\n"
    "### Questions and answers:\n\n"
    "Q: Will the levy raise fees for small boats?\n\n"
    "No, small boats are exempt from the levy.\n\n"
    "They pay the old rate until 2027.\n\n"
    "Q: When does the wall open?\n\n"
    "The wall should open in 2027.\n"
)


def test_the_opening_statement_of_a_q_only_layout_is_the_answerers() -> None:
    claims = _claims(_Q_ONLY, "Remarks by Minister Dana Orwin at a press conference")
    assert claims and all(role == "interviewee" for _, role, _ in claims)
    assert {speaker for _, _, speaker in claims} == {"Dana Orwin"}


def test_the_opening_stays_editorial_when_the_title_names_no_answerer() -> None:
    claims = {text: role for text, role, _ in _claims(_Q_ONLY, "Ports meeting: press room")}
    assert claims["The ministers also backed a common levy on port fees"] == "editorial"
    # the unlabelled paragraphs after a reporter's label are still the answerer's
    assert claims["They pay the old rate until 2027"] == "interviewee"


def test_a_markdown_heading_ending_in_a_colon_is_furniture() -> None:
    document = make_document(_Q_ONLY, interviewee=("Dana Orwin",), interviewer=())
    kinds = {document.text[p.char_start : p.char_end]: p.kind for p in run(document)[0]}
    assert kinds["### Questions and answers:"] == "furniture"


# ---------------------------------------------------------------------------------------
# A broadcast transcript's names in capitals, with no colon, are speaker labels
# ---------------------------------------------------------------------------------------

_CAPS = (
    "The interview has been transcribed below.\n\n"
    "JANE SMITH interviewed by TOM REED\n\n"
    "TOM Thank you Jane for joining us, the harbour levy is in trouble, isn't it.\n\n"
    "JANE SMITH – Harbour Party Co-Leader\n"
    "Look the levy has wide support, and the ferry service resumed in April.\n\n"
    "TOM Let's look at the wall then.\n\n"
    "JANE Well the wall opens in May, and I expect it to pay for itself.\n\n"
    "TOM How much did it cost?\n\n"
    "JANE It cost about four million dollars.\n"
)


def _caps_claims() -> list[tuple[str, str | None, str | None]]:
    document = make_document(_CAPS, interviewee=("Jane Smith",), interviewer=("Tom Reed",))
    return [(c.text, c.speaker_role, c.speaker) for c in run(document)[1]]


def test_a_name_in_capitals_before_the_turn_is_a_label() -> None:
    claims = {text: (role, speaker) for text, role, speaker in _caps_claims()}
    assert claims["the wall opens in May"] == ("interviewee", "Jane Smith")
    assert claims["It cost about four million dollars"] == ("interviewee", "Jane Smith")
    assert claims["the harbour levy is in trouble, isn't it"] == ("interviewer", "Tom Reed")
    assert not any(text.startswith(("JANE", "TOM")) for text, _, _ in _caps_claims())


def test_a_name_in_capitals_with_an_office_on_its_own_line_labels_the_next_lines() -> None:
    claims = {text: (role, speaker) for text, role, speaker in _caps_claims()}
    assert claims["the ferry service resumed in April"] == ("interviewee", "Jane Smith")


def test_a_credit_line_in_capitals_is_no_turn() -> None:
    document = make_document(_CAPS, interviewee=("Jane Smith",), interviewer=("Tom Reed",))
    passages = run(document)[0]
    credit = next(p for p in passages if "interviewed by" in _CAPS[p.char_start : p.char_end])
    assert credit.kind != "answer" and credit.char_start == _CAPS.index("JANE SMITH interviewed")


def test_capitals_the_yaml_does_not_list_are_no_label() -> None:
    text = (
        "Q: What did the agency find?\n\n"
        "NASA Scientists found water on the moon in 2009.\n\n"
        "Q: And since?\n\n"
        "More probes went up.\n"
    )
    document = make_document(text, interviewee=("Jane Smith",), interviewer=("Tom Reed",))
    claims = [c.text for c in run(document)[1]]
    assert "NASA Scientists found water on the moon in 2009" in claims


# ---------------------------------------------------------------------------------------
# A spoken opening interjection with no comma is dropped like one with a comma
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Well of course the ferry resumed in April.", ["of course the ferry resumed in April"]),
        ("Look we can't read much into one poll.", ["we can't read much into one poll"]),
        (
            "Oh we're going to fight the levy all the way.",
            ["we're going to fight the levy all the way"],
        ),
        ("Okay the wall opens in May.", ["the wall opens in May"]),
    ],
)
def test_an_interjection_without_its_comma_is_dropped(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


def test_an_adverb_is_no_interjection() -> None:
    assert answer_claims("Well over half the members agree.") == [
        "Well over half the members agree"
    ]


def test_an_imperative_look_keeps_its_verb() -> None:
    assert not any(c.startswith("at ") for c in answer_claims("Look at the tide tables today."))


# ---------------------------------------------------------------------------------------
# A briefing's list of participants says who moderates
# ---------------------------------------------------------------------------------------

_ROSTER = (
    "Summary: the agency sees ports growing 2 percent this year.\n\n"
    "PARTICIPANTS:\n\n"
    "Moderator:\n\n"
    "ANA VIDAL\n\n"
    "Press Office\n\n"
    "Panelists:\n\n"
    "JANE SMITH\n\n"
    "Chief Economist\n\n"
    "MS. VIDAL: Good morning. The harbour report was published on Monday.\n\n"
    "Jane will start with some remarks.\n\n"
    "MS. SMITH: Thank you. Port traffic grew 3 percent in 2025.\n\n"
    "MS. VIDAL: We have a question from the Harbour Gazette. What about ferries?\n\n"
    "MS. SMITH: Ferry traffic fell by a tenth.\n"
)


def test_the_moderator_a_participants_list_names_is_an_interviewer() -> None:
    document = make_document(_ROSTER, interviewee=("Jane Smith",), interviewer=())
    claims = {c.text: (c.speaker_role, c.speaker) for c in run(document)[1]}
    assert claims["The harbour report was published on Monday"] == ("interviewer", "Ana Vidal")
    assert claims["Port traffic grew 3 percent in 2025"] == ("interviewee", "Jane Smith")


def test_labels_over_turns_on_their_own_lines_are_no_participants_list() -> None:
    text = (
        "JOURNALIST:\n\nWhat did the agency find?\n\n"
        "PRIME MINISTER:\n\nThe harbour report was published on Monday.\n\n"
        "JOURNALIST:\n\nAnd the ferries?\n\n"
        "PRIME MINISTER:\n\nFerry traffic fell by a tenth.\n"
    )
    document = make_document(text, interviewee=(), interviewer=())
    claims = {c.text: c.speaker_role for c in run(document)[1]}
    assert claims["Ferry traffic fell by a tenth"] == "interviewee"


# ---------------------------------------------------------------------------------------
# Talk that runs a briefing is no claim of the one who chairs or asks
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "span",
    [
        "I think we can start",
        "then we're going to go back to the room",
        "now we're going back to the floor",
        "I'll get back to you",
        "This one comes from the Harbour Gazette",
        "we have a question coming from Radio Tide",
        "then we have a similar question on ferries that comes from the Port News",
        "I have a question on the levy",
        "then we're going to turn to Northern Europe",
        "We're going to be taking questions in the room",
        "we're running out of time",
        "I'm going to start with the gentleman in the front row",
    ],
)
def test_running_a_briefing_is_no_claim_of_the_chair(span: str) -> None:
    assert not claims_module.is_claim(span, "interviewer", ())


@pytest.mark.parametrize(
    ("span", "role"),
    [
        ("This comes from a shortage of pilots", "interviewer"),
        ("We will turn to renewables next year", "interviewer"),
        ("Then we went back to the harbour board with a new plan", "interviewer"),
        ("I think we can start the dredging in May", "interviewer"),
        ("We're going back to the room", "interviewee"),
    ],
)
def test_the_same_words_about_the_world_stay_claims(span: str, role: SpeakerRole) -> None:
    assert claims_module.is_claim(span, role, ())


def test_a_scraping_repositorys_note_is_furniture() -> None:
    text = _Q_ONLY + "\n---\n\n*Content scraped from public sources. Readers assume all risk.*\n"
    document = make_document(text, interviewee=("Dana Orwin",), interviewer=())
    assert not any("scraped" in c.text for c in run(document)[1])


# ---------------------------------------------------------------------------------------
# A complement clause after a participle or a parenthetical adverb does not split off
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The reply of every port has been much the same, agreeing that we should cut fees.",
        "The answer of the board was clear, saying that they would reopen the old dock.",
        "I think, frankly, that we're all still learning about tides.",
        "I believe, honestly, that it's the right levy for the harbour.",
    ],
)
def test_a_complement_clause_stays_with_its_frame(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cutting that in half would save the port money.",
            ["Cutting that in half would save the port money"],
        ),
        (
            "The levy passed, and that's good news for ferries.",
            ["The levy passed", "that's good news for ferries"],
        ),
    ],
)
def test_a_gerund_subject_and_a_demonstrative_still_work(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


# ---------------------------------------------------------------------------------------
# A fronted "by" + gerund phrase is no clause of its own
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By deepening our trade ties, we can make our fleets stronger.",
        "By deepening our trade ties with ports like Hull, Leith, and many of the harbours"
        " represented at the forum, we can make our fleets stronger.",
    ],
)
def test_a_fronted_gerund_phrase_stays_with_its_clause(text: str) -> None:
    assert spans_of(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Few ports will list it, but by publishing it, they're putting pressure on owners.",
            ["Few ports will list it", "by publishing it, they're putting pressure on owners"],
        ),
        (
            "The levy fell, and in cutting fees the board has helped ferries.",
            ["The levy fell", "in cutting fees the board has helped ferries"],
        ),
    ],
)
def test_a_gerund_phrase_after_a_joiner_still_opens_a_clause(
    text: str, expected: list[str]
) -> None:
    assert spans_of(text) == expected
