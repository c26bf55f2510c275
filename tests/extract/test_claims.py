"""Claim spans: the splitting rules of the guidelines, and scores against annotated golds."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation import REFERENCE_ID, targets
from pipeline.evaluation.scoring import read_gold, score_tables
from pipeline.extract.claims import RuleExtractor
from pipeline.extract.model import Passage
from pipeline.extraction import extract_source
from tests.extract.conftest import (
    INTERVIEW_IDS,
    answer_claims,
    interview_dir,
    make_document,
    rule_answer_claims,
)

PROJECT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------------------


def test_reference_scores() -> None:
    tables = extract_source(PROJECT / "sources", REFERENCE_ID)
    result = score_tables(
        tables, read_gold(PROJECT / "corpus" / "gold" / f"{REFERENCE_ID}.jsonl"), REFERENCE_ID
    )
    goals = targets.end_to_end("reference")
    figures = targets.figures_of(result, goals)
    assert targets.shortfalls(figures, goals) == [], (result["missed"], result["spurious"])


@pytest.mark.parametrize("source_id", INTERVIEW_IDS)
def test_interview_scores(source_id: str) -> None:
    folder = interview_dir(source_id)
    tables = extract_source(folder, source_id)
    gold = read_gold(folder / f"{source_id}.gold.jsonl")
    result = score_tables(tables, gold, source_id)
    goals = targets.end_to_end("fixtures_heldout")
    figures = targets.figures_of(result, goals)
    assert targets.shortfalls(figures, goals) == [], (result["missed"], result["spurious"])


@pytest.mark.parametrize("source_id", INTERVIEW_IDS)
def test_spans_are_verbatim_and_stay_in_their_passage(source_id: str) -> None:
    tables = extract_source(interview_dir(source_id), source_id)
    text = str(tables["documents"]["text"].iloc[0])
    passages = tables["passages"].set_index("passage_id")
    for claim in tables["claims"].itertuples():
        assert text[claim.char_start : claim.char_end] == claim.text
        passage = passages.loc[claim.passage_id]
        assert passage.char_start <= claim.char_start < claim.char_end <= passage.char_end
        assert "\n\n" not in claim.text
        assert claim.text[-1] not in ".!?;:,"
        assert claim.extractor == f"{RuleExtractor.name}/{RuleExtractor.version}"


# ---------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Dr. Smith met Prof. Jones in the U.S. capital.",
            ["Dr. Smith met Prof. Jones in the U.S. capital"],
        ),
        ("Growth was 2.5% last year. It will slow.", ["Growth was 2.5% last year", "It will slow"]),
        ("Pick e.g. wheat or rye. Both grow here.", ["Pick e.g. wheat or rye", "Both grow here"]),
        (
            "The report is No. 5 in the series. It was late.",
            ["The report is No. 5 in the series", "It was late"],
        ),
        ("J. K. Rowling wrote it in Edinburgh.", ["J. K. Rowling wrote it in Edinburgh"]),
        (
            "Sanctions came from the U.S. The E.U. followed.",
            ["Sanctions came from the U.S", "The E.U. followed"],
        ),
        ("Prices rose! Nobody expected it.", ["Prices rose", "Nobody expected it"]),
    ],
)
def test_sentence_boundaries(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


def test_spans_never_cross_a_paragraph() -> None:
    assert answer_claims("Exports fell\n\nso did imports.") == ["Exports fell", "so did imports"]


# ---------------------------------------------------------------------------------------
# Splitting and keeping together
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "Inflation has slowed, wages are catching up.",
            ["Inflation has slowed", "wages are catching up"],
        ),
        ("Rents rose and wages fell.", ["Rents rose", "wages fell"]),
        ("The plan was cheap, but it failed.", ["The plan was cheap", "it failed"]),
        ("Exports fell, so the currency weakened.", ["Exports fell", "the currency weakened"]),
        (
            "The law passed; the courts struck it down.",
            ["The law passed", "the courts struck it down"],
        ),
        (
            "The bank raised rates — it had no choice.",
            ["The bank raised rates", "it had no choice"],
        ),
        ("Turnout was low, yet the result stood.", ["Turnout was low", "the result stood"]),
        (
            "There were chances to act and instead the council waited.",
            ["There were chances to act", "instead the council waited"],
        ),
        (
            "Food and rent keep climbing, but fuel got cheaper.",
            ["Food and rent keep climbing", "fuel got cheaper"],
        ),
    ],
)
def test_independent_clauses_are_split(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "He wasn't able to stop the protests and was afraid of what came next.",
        "If the rain stays away, the harvest will fail.",
        "Prices fell because demand collapsed.",
        "The party, which won in 2019, lost half its seats.",
        "It is lower among men, not as low as it is among women, but it's lower.",
        "Over time it came to be that farmers were the majority and traders were a minority.",
        "It has a policy where English and Welsh are both official languages.",
        "Hungary capped the price of sugar, flour and oil in 2022 and ended up with empty shelves.",
        "The plan is cheap and easy to run.",
        "Kazakhstan – the ninth-largest country – borders Russia.",
        "We compare two models, the old one and the new one.",
        "“We will not pay,” the minister said.",
    ],
)
def test_one_proposition_stays_one_claim(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


# ---------------------------------------------------------------------------------------
# Trimming: frames and linking words out, stance in
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("So the bank waited.", "the bank waited"),
        ("However, the bank waited.", "the bank waited"),
        ("For example, the bank waited.", "the bank waited"),
        ("As a result, the bank waited.", "the bank waited"),
        ("Essentially, the bank waited.", "the bank waited"),
        ("That means the bank waited.", "the bank waited"),
        ("But again, the bank waited.", "the bank waited"),
        ("To give you the background: the bank waited.", "the bank waited"),
        ("What I tell people is that the bank waited.", "the bank waited"),
        ("It's worth noting that the bank waited.", "the bank waited"),
        ("Obviously the bank waited.", "Obviously the bank waited"),
        ("Thankfully, the bank waited.", "Thankfully, the bank waited"),
        ("I think the bank waited.", "I think the bank waited"),
        ("I was struck that the bank waited.", "I was struck that the bank waited"),
        ("So much has changed since 2010.", "So much has changed since 2010"),
        ("The minister put it simply: “We will not pay.”", "The minister put it simply"),
    ],
)
def test_leading_frames_and_linking_words(answer: str, expected: str) -> None:
    assert answer_claims(answer) == [expected]


# ---------------------------------------------------------------------------------------
# Not claims
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Why would anyone do that?",
        "So what does this mean for households?",
        "Absolutely.",
        "That's right.",
        "Mostly the northern regions.",
        "Thank you for having me.",
        "Thanks, Tom.",
        "That's a great question.",
        "Good question.",
        "I cannot get inside the head of the president.",
        "I'm not sure.",
        "I could be wrong.",
        "Let's start with the budget.",
        "My pleasure.",
        "Hello and welcome to the show.",
    ],
)
def test_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


def test_host_self_introduction_is_not_a_claim() -> None:
    text = (
        "Show\n\nTom Reed: Welcome to Earth Matters. I'm Tom Reed, and this is Earth Matters. "
        "Jane Smith studies glaciers in Norway. What did you find?\n\n"
        "Jane Smith: The glaciers are shrinking.\n"
    )
    document = make_document(text)
    from pipeline.extract.passages import segment

    passages = segment(document)
    claims = RuleExtractor().extract(document, passages)
    assert [(c.speaker_role, c.text) for c in claims] == [
        ("interviewer", "Jane Smith studies glaciers in Norway"),
        ("interviewee", "The glaciers are shrinking"),
    ]


def test_interviewer_premises_and_editorial_text() -> None:
    text = (
        "Ice\n\nJane Smith is a glaciologist at the University of Bergen.\n\n"
        "Tom Reed spoke to her in May.\n\n"
        "In 2023, Norway lost 2% of its ice. Why so much?\n\nSummers got longer.\n"
    )
    document = make_document(text)
    from pipeline.extract.passages import segment

    claims = RuleExtractor().extract(document, segment(document))
    assert [(c.speaker_role, c.speaker, c.text) for c in claims] == [
        ("editorial", None, "Jane Smith is a glaciologist at the University of Bergen"),
        ("interviewer", "Tom Reed", "In 2023, Norway lost 2% of its ice"),
        ("interviewee", "Jane Smith", "Summers got longer"),
    ]


def test_attribute_offsets_are_document_offsets() -> None:
    document = make_document("What happened?\n\nIn March 2020, about 40% of Kenyans lost income.\n")
    from pipeline.extract.passages import segment

    for claim in RuleExtractor().extract(document, segment(document)):
        for item in (*claim.quantities, *claim.times, *claim.mentions):
            assert claim.char_start <= item.char_start <= item.char_end <= claim.char_end
            assert document.text[item.char_start : item.char_end] == item.text


def test_passages_without_claims_are_skipped() -> None:
    document = make_document("Title\n\nShare this:\n")
    passages = [Passage(0, "title", 0, 5), Passage(1, "furniture", 7, 18)]
    assert RuleExtractor().extract(document, passages) == []


# ---------------------------------------------------------------------------------------
# Finite verbs: the open class (issue 14)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # verbs missing from the hand-written list: found through lemminflect's lexicon
        ("The old mill reopens in spring.", ["The old mill reopens in spring"]),
        (
            "Rebels forsook the town, and the army retook it.",
            ["Rebels forsook the town", "the army retook it"],
        ),
    ],
)
def test_any_english_verb_makes_a_clause(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


def test_a_plural_noun_that_may_be_a_verb_does_not_split_a_list() -> None:
    answer = "We fund youth clubs, school federations and summer venues."
    assert answer_claims(answer) == [answer.rstrip(".")]


# ---------------------------------------------------------------------------------------
# Talk about the conversation, imperatives, thanks (issue 14)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I'm going to stop there for now.",
        "I have told you this twice before.",
        "We will come to that point later.",
        "This is my third question.",
        "I won't repeat it.",
        "You know all about it anyway.",
        "Let's park that for a second.",
        "Picture a valley with no roads.",
        "Remember this.",
        "Read the fine print.",
        "Don't forget the small print either.",
        "It is a real privilege to host the delegation here.",
        "We are delighted to welcome the minister to the studio.",
        "I would also like to thank the organisers for the invitation.",
        "We wish every runner good weather on Sunday.",
        "The next question is for the mayor.",
        "You asked about the harbour.",
        "Sign now, or the price doubles.",
    ],
)
def test_conversation_management_is_not_a_claim(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        "I know that she can.",
        "Nobody knew what to do with the ferries.",
        "Buyers should read the fine print.",
        "Trade deals are slow to sign.",
        "Support for the plan dwindles every winter.",
        "We will publish the second survey in spring.",
        "I told the council the bridge was unsafe.",
        "Trade now accounts for half the jobs.",
    ],
)
def test_claims_that_resemble_conversation_management(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


def test_markup_left_in_a_transcript_is_not_text() -> None:
    answer = (
        "<p>Is the port open?</p> <p>Yes, the port reopened in May.<br />\nFerries sail daily.</p>"
    )
    assert answer_claims(answer) == ["the port reopened in May", "Ferries sail daily"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a broken-off start joins the clause the speaker restarts with
        (
            "The ferry was a — the ferry was late every day.",
            ["The ferry was a — the ferry was late every day"],
        ),
        # broken off with nothing after it: no claim
        ("Prices went up. It's a", ["Prices went up"]),
        ("The harbour reopened and", ["The harbour reopened"]),
        # a clause may end on a preposition or an object pronoun
        ("That is what the levy is for.", ["That is what the levy is for"]),
        ("The tenants talk with you.", ["The tenants talk with you"]),
    ],
)
def test_broken_off_clauses(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "I'd also like to thank the crew for the lift.",
        "Well I would like to thank the mayor for the tour.",
    ],
)
def test_thanks_are_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


def test_an_honour_that_is_not_a_greeting_is_a_claim() -> None:
    assert answer_claims("It has been an honour to serve.") == ["It has been an honour to serve"]


@pytest.mark.parametrize(
    "answer",
    [
        # a fronted phrase or subordinate clause is no clause of its own
        "As the river rises each spring, the council closes the lower road.",
        "In some sense, it is a luxury problem.",
        "Every chance I get, I go sailing.",
        # a coordinated subject is one subject
        "Bakers and millers are short of staff.",
        # a contact relative clause inside the second conjunct's noun phrase
        "The bridge is part and parcel of the deal we signed with the county.",
    ],
)
def test_fronted_phrases_and_coordinated_subjects_stay_one_claim(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # the second clause opens with its own subordinate clause
        (
            "The pier was repaired, but because the grant ran out, the café never reopened.",
            ["The pier was repaired", "because the grant ran out, the café never reopened"],
        ),
        (
            "Rents rose, and when wages fell, people left.",
            ["Rents rose", "when wages fell, people left"],
        ),
        # "I hope" inside a noun phrase is an aside, not a clause
        (
            "Australia makes a small, but I hope useful, gift to the fund.",
            ["Australia makes a small, but I hope useful, gift to the fund"],
        ),
        # "and so on" closes a list; "so far" joins nothing
        (
            "People can remove the filters and start making scams, cyber attacks, and so on.",
            ["People can remove the filters and start making scams, cyber attacks, and so on"],
        ),
        ("Everything we saw so far could change.", ["Everything we saw so far could change"]),
    ],
)
def test_clauses_after_a_subordinate_opening_and_asides(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a left side that stops on an auxiliary or a bare stance verb is unfinished
        (
            "Russia has been and remains a big exporter.",
            ["Russia has been and remains a big exporter"],
        ),
        ("The good news is, the roof held.", ["The good news is, the roof held"]),
        # a restart after a dash is one claim with its false start
        (
            "I think we can’t — we can’t forget that day.",
            ["I think we can’t — we can’t forget that day"],
        ),
        # a dash pair around a relative aside
        (
            "Funding — which is, you know, grants and loans — it is not tight.",
            ["Funding — which is, you know, grants and loans — it is not tight"],
        ),
        (
            "The bank raised rates — it had no choice.",
            ["The bank raised rates", "it had no choice"],
        ),
    ],
)
def test_unfinished_left_sides_restarts_and_asides(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a quotation of several sentences is someone else's words: the report stops before it
        (
            'The bank waited and then said, "Well, now we want more. It is not enough '
            'to cut one rate; we want all of them." The detail is new.',
            ["The bank waited and then said", "The detail is new"],
        ),
        # a one-sentence quotation inside the report stays, unsplit
        (
            'She said, quote, "We like the plan, but we cannot pay for it."',
            ['She said, quote, "We like the plan, but we cannot pay for it'],
        ),
        # a colon after a verb of saying introduces what was said, not an illustration
        (
            'Then the mayor said: "If the river rises, we close the road."',
            ['Then the mayor said: "If the river rises, we close the road'],
        ),
    ],
)
def test_quotations(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I would like to say that the port is busy.", "the port is busy"),
        ("Let’s first of all say that the port is busy.", "the port is busy"),
        ("One is that the port is busy.", "the port is busy"),
    ],
)
def test_frames_of_saying_are_dropped(answer: str, expected: str) -> None:
    assert answer_claims(answer) == [expected]


@pytest.mark.parametrize(
    "answer",
    [
        "We’ll see what happens.",
        "You never know in those things.",
        "I don’t agree.",
        "That’s all right.",
        "Have a good trip.",
        "If you don’t mind, I would like to ask one more question.",
    ],
)
def test_formulaic_replies_are_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer",
    ["I don’t agree with the mayor.", "If you don’t mind the noise, the flat is cheap."],
)
def test_claims_that_open_like_formulaic_replies(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    "answer",
    [
        "Can you walk us through the harbour plan.",
        "Would Norway join such a pact",
        "Why are there so few ferries on that route —",
        "What’s the council planning for the bridge.",
        "How will your ministry pay for the —",
        "Mr Berg do you know how deep the channel is",
    ],
)
def test_questions_without_a_question_mark_are_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("What’s striking is that the port grew.", ["What’s striking is that the port grew"]),
        ("Which is why the port grew.", ["Which is why the port grew"]),
        (
            "Professor Ana Ruiz is the head of the port.",
            ["Professor Ana Ruiz is the head of the port"],
        ),
        ("Is Marta right? Has the ferry left.", []),
        ("Were prices to fall, the ferry would run.", ["Were prices to fall, the ferry would run"]),
    ],
)
def test_clauses_that_only_open_like_questions(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "We expect, and I want to stress this, that the ferry will run daily.",
            ["We expect, and I want to stress this, that the ferry will run daily"],
        ),
        (
            "I have always said, and I say again, that all towns need a ferry.",
            ["I have always said, and I say again, that all towns need a ferry"],
        ),
        (
            "Should the council agree and the funds arrive, the ferry will run daily.",
            ["Should the council agree and the funds arrive, the ferry will run daily"],
        ),
        ("The ferry was late, that is the problem.", ["The ferry was late", "that is the problem"]),
        (
            "The fare is too high, especially now, after the operator has cut the service.",
            ["The fare is too high, especially now, after the operator has cut the service"],
        ),
        (
            "The bridge opened, and after the vote the council met.",
            ["The bridge opened", "after the vote the council met"],
        ),
    ],
)
def test_complement_and_conditional_clauses_stay_with_their_main_clause(
    answer: str, expected: list[str]
) -> None:
    assert rule_answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The ferry will not run this winter, but of course the council has promised a bus.",
            ["The ferry will not run this winter", "of course the council has promised a bus"],
        ),
        (
            "The harbour was quiet in May but to be fair, the weather was bad.",
            ["The harbour was quiet in May", "to be fair, the weather was bad"],
        ),
    ],
)
def test_a_comment_phrase_may_open_the_second_clause(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The town loves that festival, and the mayor knows it.",
            ["The town loves that festival", "the mayor knows it"],
        ),
        (
            "We support that plan, but I doubt that the council will pay for it.",
            ["We support that plan", "I doubt that the council will pay for it"],
        ),
        (
            "I was glad that Marta and Tomas would stay, and nobody objected.",
            ["I was glad that Marta and Tomas would stay", "nobody objected"],
        ),
    ],
)
def test_a_that_without_a_verb_after_it_is_a_determiner(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The council approved a budget that funds two ferries and the mayor signed it.",
            ["The council approved a budget that funds two ferries", "the mayor signed it"],
        ),
        (
            "We opened a clinic, which treats children, and the queues have shrunk.",
            ["We opened a clinic, which treats children", "the queues have shrunk"],
        ),
        (
            "The mayor said that fares would rise and the council agreed.",
            ["The mayor said that fares would rise and the council agreed"],
        ),
        (
            "She told the board that fares would rise and the council agreed.",
            ["She told the board that fares would rise and the council agreed"],
        ),
    ],
)
def test_a_relative_clause_does_not_hold_back_a_second_clause(
    answer: str, expected: list[str]
) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The council did the repairs it said it would do and the road has reopened.",
            ["The council did the repairs it said it would do", "the road has reopened"],
        ),
        (
            "Nobody wants the night shift and so that is why the wages went up.",
            ["Nobody wants the night shift", "that is why the wages went up"],
        ),
        (
            "The crew is well trained, and all its members are strong swimmers.",
            ["The crew is well trained", "all its members are strong swimmers"],
        ),
        (
            "The ferry left on time and the worry about the weather was gone.",
            ["The ferry left on time", "the worry about the weather was gone"],
        ),
        (
            "We left early so that we could catch the ferry.",
            ["We left early so that we could catch the ferry"],
        ),
        ("Prices have risen and will rise again.", ["Prices have risen and will rise again"]),
    ],
)
def test_second_clauses_with_lexical_verbs_and_longer_subjects(
    answer: str, expected: list[str]
) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "We agreed to monitor and counter the smuggling networks in the port.",
            ["We agreed to monitor and counter the smuggling networks in the port"],
        ),
        (
            "The mayor believes that, this winter, the ferry should run daily.",
            ["The mayor believes that, this winter, the ferry should run daily"],
        ),
        (
            "The museum opened in May and visitors came in their thousands.",
            ["The museum opened in May", "visitors came in their thousands"],
        ),
    ],
)
def test_verb_phrases_and_asides_that_are_not_second_clauses(
    answer: str, expected: list[str]
) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("We firmly believe in a second bridge.", ["We firmly believe in a second bridge"]),
        ("I like the new timetable very much.", ["I like the new timetable very much"]),
        (
            "The ferry was late, and the mayor and the council blame the weather.",
            ["The ferry was late", "the mayor and the council blame the weather"],
        ),
        ("A town like ours needs a ferry.", ["A town like ours needs a ferry"]),
    ],
)
def test_adverbs_like_and_coordinated_subjects(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "We don’t know how many ferries will run next year.",
        "Whether the bridge will hold, nobody knows.",
        "I wondered what the mayor makes of the new timetable.",
        "I’m joined now by the harbour master.",
        "With me this morning is the harbour master, Ana Ruiz.",
        "She joins us from the port.",
        "I’m so sorry.",
    ],
)
def test_knowing_wondering_and_introducing_guests_are_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        "We don’t know the names of the crew.",
        "Nobody trusts the old timetable.",
        "The council joined the two ports in 2019.",
        "I’m sorry that the ferry was cancelled.",
    ],
)
def test_claims_that_resemble_knowing_and_introductions(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize("answer", ["I really don’t.", "We will, too.", "I’m —", "They’re not."])
def test_a_subject_and_an_auxiliary_alone_are_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize("answer", ["We will rebuild it.", "I’m tired.", "They are here."])
def test_short_clauses_with_a_verb_of_their_own_are_claims(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


def test_markup_inside_a_sentence_does_not_hide_a_second_clause() -> None:
    answer = "The old pier is a different matter,<br />\nit has very little use now."
    assert answer_claims(answer) == [
        "The old pier is a different matter",
        "it has very little use now",
    ]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "After the council’s ruling cleared the way for the tax, the traders protested.",
            ["After the council’s ruling cleared the way for the tax, the traders protested"],
        ),
        (
            "Instead of fighting with our neighbours, we are building a bridge together.",
            ["Instead of fighting with our neighbours, we are building a bridge together"],
        ),
        (
            "It hurts not just the fishermen, but the sense of a town that relies on them.",
            ["It hurts not just the fishermen, but the sense of a town that relies on them"],
        ),
        (
            "I spoke not only to the mayor, but I also met the harbour master.",
            ["I spoke not only to the mayor", "I also met the harbour master"],
        ),
    ],
)
def test_fronted_phrases_and_correlatives_stay_whole(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The ferry could run if they opened the lock, but they didn’t open the lock.",
            ["The ferry could run if they opened the lock", "they didn’t open the lock"],
        ),
        (
            "So that is the plan and the council has approved it.",
            ["that is the plan", "the council has approved it"],
        ),
        ("The bridge isn’t finished yet.", ["The bridge isn’t finished yet"]),
        (
            "The towers that were old, they all fell.",
            ["The towers that were old, they all fell"],
        ),
    ],
)
def test_contrasts_pronoun_that_and_a_final_yet(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "We oppose the toll because it hurts commuters and we have the figures to show it.",
            ["We oppose the toll because it hurts commuters", "we have the figures to show it"],
        ),
        (
            "We oppose the toll because it hurts commuters and it costs too much.",
            ["We oppose the toll because it hurts commuters and it costs too much"],
        ),
        (
            "They said that the toll hurts commuters and they want it gone.",
            ["They said that the toll hurts commuters and they want it gone"],
        ),
    ],
)
def test_the_main_subject_coming_back_ends_an_adverbial_clause(
    answer: str, expected: list[str]
) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "I will meet the mayor, Ana Ruiz, about the outcome of those talks.",
            ["I will meet the mayor, Ana Ruiz, about the outcome of those talks"],
        ),
        (
            "The town has a harbour, some ferries and a busy market.",
            ["The town has a harbour, some ferries and a busy market"],
        ),
    ],
)
def test_a_word_after_a_determiner_is_a_noun(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    "answer",
    ["We’re not going to give up.", "That should never have started.", "We’re stopping there."],
)
def test_verbs_of_moving_on_are_about_the_world_without_a_first_person_lead(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    "answer",
    ["I’ll stop there.", "Let me turn to that.", "You can see that.", "I want to come back to it."],
)
def test_verbs_of_moving_on_in_a_first_person_lead_are_talk(answer: str) -> None:
    assert answer_claims(answer) == []


def test_a_hyphen_inside_a_word_is_not_a_dash() -> None:
    answer = "The deal rebuilds the U.S.-EU ties and it lowers tariffs."
    assert answer_claims(answer) == ["The deal rebuilds the U.S.-EU ties", "it lowers tariffs"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "The campaign was cruel in scaring tenants and making out that rents would double.",
            ["The campaign was cruel in scaring tenants and making out that rents would double"],
        ),
        (
            "The council builds houses and repairing the roads will take a year.",
            ["The council builds houses", "repairing the roads will take a year"],
        ),
    ],
)
def test_coordinated_gerunds_are_one_verb_phrase(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "It is the first and by far the best deal they have signed.",
            ["It is the first and by far the best deal they have signed"],
        ),
        (
            "The port is open and the ships that have waited have left.",
            ["The port is open", "the ships that have waited have left"],
        ),
        (
            "The port is open and the ships that waited have left.",
            ["The port is open", "the ships that waited have left"],
        ),
    ],
)
def test_a_verb_group_in_a_relative_clause_counts_once(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "Unfortunately, that is all the time we have today.",
        "There are only two minutes left.",
        "The ferries don’t like the (inaudible)",
        "Next, let’s go to the harbour master.",
    ],
)
def test_time_left_unheard_endings_and_next_speakers_are_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


@pytest.mark.parametrize(
    "answer",
    ["The ferry takes forty minutes.", "Next, the council will vote on the toll."],
)
def test_claims_about_minutes_and_next_steps(answer: str) -> None:
    assert answer_claims(answer) == [answer.removeprefix("Next, ").rstrip(".")]


def test_an_adverb_before_a_copula_and_its_subject_opens_a_clause() -> None:
    answer = "Winter is coming, and now is the time to repair the pier."
    assert answer_claims(answer) == ["Winter is coming", "now is the time to repair the pier"]


def test_joining_someone_in_an_action_is_a_claim() -> None:
    answer = "They join us in condemning the attack on the port."
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    "answer",
    [
        "Nobody knows the harbour better than the pilots.",
        "I wondered for years why the ferry stopped.",
        "We are joined at the hip with the port authority.",
        "We have two minutes to reach the shelter in an alarm.",
    ],
)
def test_claims_that_open_like_talk_about_the_talk(answer: str) -> None:
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    "answer", ["Undoubtedly, we are grateful for the help.", "Frankly, thank you for coming."]
)
def test_thanks_after_a_stance_adverb_are_not_claims(answer: str) -> None:
    assert answer_claims(answer) == []


def test_a_stance_adverb_before_a_claim_stays() -> None:
    answer = "Frankly, we are grateful that the bridge held."
    assert answer_claims(answer) == [answer.rstrip(".")]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Loud and clear.", []),
        ("Prices and wages rose.", ["Prices and wages rose"]),
        (
            "The mayor and the council agree with the plan.",
            ["The mayor and the council agree with the plan"],
        ),
    ],
)
def test_a_base_form_that_ends_a_coordination_is_a_noun(answer: str, expected: list[str]) -> None:
    assert answer_claims(answer) == expected
