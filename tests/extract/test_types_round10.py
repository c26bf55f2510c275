"""Claim-type cues of a tenth round, on the codebook's "Claim type" section and its "Finer
points": evaluative claims without an evaluative word (remedies, obligations, rankings,
analogies, states judged good or bad, self-assessments of one's own conduct) and ability as a
forecast of success. Invented sentences in the style of press briefings and interviews, with
the near misses that must not change.

The rules decide the type when no model is active and are features of the trained model
(:func:`pipeline.extract.attributes.rule_signals`); only the type is tested here."""

from __future__ import annotations

import pytest

from .conftest import rule_types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A remedy named as the key or the fix is a recommendation stated as a proposition
        # (codebook "Not claims": advice stated as a proposition is evaluative).
        ("The key is to keep the channels open", "evaluative"),
        ("The fix is adopting common standards across the agencies", "evaluative"),
        ("The best and most durable way to settle this is through talks", "evaluative"),
        ("The only approach that works here is a regional one", "evaluative"),
        # ... not a key or a way that is only described.
        ("The key was handed to the delegation on Tuesday", "factual"),
        ("The key is in the drawer of the front desk", "factual"),
        ("The way to the airport is closed", "factual"),
        # Obligation stated as a proposition, like "need to".
        ("We have to listen to the growers", "evaluative"),
        ("There has to be a full inquiry into the contract", "evaluative"),
        ("We've got to get the rollout right", "evaluative"),
        # ... not a past obligation, nor talk about the conversation.
        ("They didn't have to file the returns until 2004", "factual"),
        ("I have to say the staff were there by six", "factual"),
        ("It has nothing to do with the tariff", "factual"),
        ("The exports of the company's two plants rose", "factual"),
        # A state judged good or bad (codebook "Finer points": a characterisation).
        ("The jobs market is in pretty good shape", "evaluative"),
        ("Ministers have said the economy is in good shape", "factual"),
        # A ranking that observation cannot settle.
        ("The levy is one of our most powerful tools against smuggling", "evaluative"),
        ("She is one of the finest negotiators in the service", "evaluative"),
        # ... not a countable ranking nor the most recent of something.
        ("It is one of the largest ports in the region", "factual"),
        ("It was one of the most recent cases on the docket", "factual"),
        # A quality adverb on the speaker's own conduct is a self-assessment ...
        ("We've been handling the claims effectively", "evaluative"),
        ("We did the audit thoroughly", "evaluative"),
        # ... a manner of what is being done is not.
        ("We are watching the markets carefully", "factual"),
        ("We handled the files in March", "factual"),
        # An analogy after a comma or dash is a characterisation (a metaphor).
        ("The review goes round in circles, like a hamster wheel", "evaluative"),
        ("Each agency hands the file on — like a relay", "evaluative"),
        ("It's like a relay", "evaluative"),
        ("Members like the new rules", "factual"),
        # Verdicts on a claim or an outcome.
        ("The allegations about the tender are nonsense", "evaluative"),
        ("It's no surprise that the port is busy", "evaluative"),
        # Beneficiaries of a scheme are a judgement of who gains.
        ("All of us are beneficiaries of the scheme", "evaluative"),
        # Ability as a forecast of success is predictive (codebook "Settled in practice":
        # "can" about a possible future outcome).
        ("Together we can fix it", "predictive"),
        ("We can win this fight", "predictive"),
        # ... present ability is not.
        ("We can see the data on the screen", "factual"),
        ("The agency can fix the meters remotely", "factual"),
    ],
)
def test_type_round10(text: str, expected: str) -> None:
    assert rule_types(text) == (expected, expected)
