"""Layouts, fourteenth round on fresh text (a parliamentary library's media transcripts: a
speaker's first label gives the office after a comma, a joint press conference's colleague
speaks after the leader hands over, a flattened doorstop labels each question
"JOURNALIST:"): invented examples in the style of those transcripts."""

from __future__ import annotations

import pytest

from pipeline.extract.speakers import cast_of, find_label
from tests.extract.conftest import claim_roles, make_document, run


def _turns(text: str, interviewer: tuple[str, ...] = ()) -> list[tuple[str | None, str | None]]:
    """Each passage that is not furniture: its speaker and role."""
    passages = run(make_document(text, interviewer=interviewer))[0]
    return [(p.speaker, p.speaker_role) for p in passages if p.kind != "furniture"]


def _claims(text: str, interviewer: tuple[str, ...] = ()) -> dict[str, str]:
    return claim_roles(text, interviewer)


def _label(line: str, *names: str) -> str | None:
    label = find_label(line, 0, len(line), cast_of(names, ()))
    return None if label is None else label.text


# ---------------------------------------------------------------------------------------
# "NAME, OFFICE:" opens a speaker's first turn: the name is the speaker, the office a note
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("JANE SMITH, SHADOW MINISTER FOR HEALTH: Good morning.", "JANE SMITH"),
        ("JANE SMITH, LEADER OF THE OPPOSITION: Good morning.", "JANE SMITH"),
        ("Jane Smith, Leader of the Opposition: Good morning.", "Jane Smith"),
        ("PETER NOLAN, MINISTER FOR ROADS & PORTS: Thanks, Jane.", "PETER NOLAN"),
        ("Peter Nolan, Minister for Roads: Thanks, Jane.", "Peter Nolan"),
    ],
)
def test_a_name_then_an_office_after_a_comma_is_the_name(line: str, name: str) -> None:
    assert _label(line, "Jane Smith") == name


@pytest.mark.parametrize(
    "line",
    [
        "Then, Jane Smith said: we wait.",
        "Yesterday, Treasury: nothing.",
        "In Sydney, Mayor Nolan: no comment.",
        "Nolan, the minister for roads: no comment.",
    ],
)
def test_a_sentence_with_a_comma_before_a_colon_is_no_label(line: str) -> None:
    assert _label(line, "Jane Smith") is None


_JOINT = (
    "E&OE TRANSCRIPT\n\nPRESS CONFERENCE\n\n"
    "JANE SMITH, LEADER OF THE OPPOSITION: Good afternoon. The harbour levy will cost "
    "families four hundred dollars a year. I'll ask my colleague Peter to say more.\n\n"
    "PETER NOLAN, SHADOW MINISTER FOR PORTS: Thanks, Jane. The levy was never announced "
    "before the election. Shipping firms have told us the cost will be passed on to "
    "every household in the state, and the Government has refused to publish its own "
    "modelling of what that cost will be. Families in the regions pay more again, because "
    "their goods travel further by road once they leave the port, and every one of those "
    "trucks pays the levy's share on top of the freight.\n\n"
    "JOURNALIST: Ms Smith, will you repeal the levy?\n\n"
    "SMITH: We will repeal it in our first budget. Peter has the details.\n\n"
    "NOLAN: The repeal bill is already drafted. It removes the levy on containers and "
    "the levy on bulk cargo, and it refunds what the ports have collected since March "
    "to the firms that paid it, through the same office that collected it. The ports "
    "have told us they can make the refunds within a month, and the firms have told us "
    "they will pass the refunds on to their customers in lower freight charges, which is "
    "what happened when the last levy was repealed a decade ago.\n\n"
    "JOURNALIST: When will the bill be tabled?\n\n"
    "SMITH: In the first sitting week. Peter can tell you why.\n\n"
    "NOLAN: The drafting office finished it last month. The Opposition has costed every "
    "part of the repeal with the budget office, and those costings were released to the "
    "press gallery this morning along with the full text of the bill. The budget office "
    "found that the repeal costs less than the Government claims, because the levy raises "
    "less than it was meant to, and the shortfall grows every year as shipping moves to "
    "the ports in the next state where no levy is charged.\n\n"
    "JOURNALIST: Thank you.\n"
)


def test_opening_statements_under_name_and_office_labels_are_the_interviewees() -> None:
    claims = _claims(_JOINT)
    assert claims["The harbour levy will cost families four hundred dollars a year"] == (
        "interviewee"
    )
    assert claims["The levy was never announced before the election"] == "interviewee"
    assert "editorial" not in set(claims.values())


def test_the_first_label_names_the_speaker_later_surname_labels_refer_to() -> None:
    speakers = {s for s, _ in _turns(_JOINT)}
    assert "Peter Nolan" in speakers
    assert not any(s and "Minister" in s for s in speakers)


def test_a_colleague_who_speaks_at_length_after_each_hand_over_answers() -> None:
    # A presider speaks only after answers, but briefly (codebook, "Who said it"): a second
    # minister making long statements after the leader hands over is an interviewee.
    turns = _turns(_JOINT, interviewer=("Tom Reed",))
    assert ("Peter Nolan", "interviewee") in turns
    assert ("Peter Nolan", "interviewer") not in turns


def test_a_brief_chair_who_speaks_only_after_answers_still_presides() -> None:
    text = (
        "HOST: Welcome to the briefing.\n\n"
        "CHAIR: Thank you all for coming.\n\n"
        "Q: Will the levy stay?\n\n"
        "JANE SMITH: The levy stays until June.\n\n"
        "CHAIR: Next question.\n\n"
        "Q: And the refunds?\n\n"
        "JANE SMITH: The refunds start in July.\n\n"
        "CHAIR: One more.\n\n"
        "Q: Any changes to the bill?\n\n"
        "JANE SMITH: The bill is unchanged.\n\n"
        "CHAIR: Thanks everyone.\n"
    )
    assert all(role == "interviewer" for s, role in _turns(text) if s == "Chair")


# ---------------------------------------------------------------------------------------
# A flattened doorstop: "JOURNALIST:" inside the paragraph opens a question
# ---------------------------------------------------------------------------------------


def test_a_role_label_in_capitals_inside_a_flattened_paragraph_opens_a_question() -> None:
    text = (
        "E&OE TRANSCRIPT DOORSTOP\n\n"
        "SMITH: The levy goes up in June.  JOURNALIST: Minister, the ports say the levy "
        "has cost them millions. Will you cut it?  SMITH: The levy stays where it is.\n"
    )
    claims = _claims(text)
    assert any("ports say" in c and r == "interviewer" for c, r in claims.items())
    assert claims["The levy stays where it is"] == "interviewee"


def test_a_role_word_in_a_sentence_is_no_label() -> None:
    text = "SMITH: We spoke to a journalist about it. The journalist: she agreed.\n"
    claims = _claims(text)
    assert "editorial" not in set(claims.values())
    assert "interviewer" not in set(claims.values())


# ---------------------------------------------------------------------------------------
# "SUBJECT/S:" heads a press office's list of topics: metadata (codebook, Not claims)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "SUBJECT/S: Labor's plan to protect harbour jobs; Council rates",
        "SUBJECT/ S: Harbour dredging; Council rates",
        "Subject/s: Harbour dredging; Council rates",
    ],
)
def test_a_subject_slash_s_line_is_metadata(line: str) -> None:
    text = "E&OE TRANSCRIPT\n\n" + line + "\n\nJANE SMITH: The dredging starts in August.\n"
    claims = _claims(text)
    assert not any("rates" in c for c in claims)
    assert claims["The dredging starts in August"] == "interviewee"


# ---------------------------------------------------------------------------------------
# A note on the document itself is metadata, with "the" as with "this" (codebook, Finer
# points: "This transcript may contain errors")
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "The interview has been transcribed below.",
        "The conversation was edited for length and clarity.",
    ],
)
def test_a_note_on_the_interview_with_the_is_metadata(note: str) -> None:
    text = note + "\n\nTOM REED: Minister, welcome.\n\nJANE SMITH: The dredging starts in August.\n"
    claims = _claims(text, interviewer=("Tom Reed",))
    assert not any("transcribed" in c or "edited" in c for c in claims)
    assert claims["The dredging starts in August"] == "interviewee"
