"""Quantities: values, ranges, units and offsets, on sentences from other topics."""

from __future__ import annotations

import pytest

from pipeline.extract.quantities import find_quantities, singular

Key = tuple[float | None, float | None, float | None, str | None]


def keys(text: str) -> list[Key]:
    return [(q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Support for the party fell to 28%", [(28, None, None, "percent")]),
        ("Turnout was 41 percent", [(41, None, None, "percent")]),
        ("That is a 12-point lead", [(12, None, None, "percentage_point")]),
        ("It rose by 2 percentage points", [(2, None, None, "percentage_point")]),
        ("She wrote three novels", [(3, None, None, "novel")]),
        ("the two largest ports", [(2, None, None, "port")]),  # counted noun, singular
        ("Some 4,500 people were evacuated", [(4500, None, None, "person")]),
        ("More than 40 countries signed", [(40, None, None, "country")]),  # a bound is the value
        ("for about three or four weeks", [(None, 3, 4, "week")]),  # a spelled-out range
        ("between 5 and 6 million voters", [(None, 5e6, 6e6, "person")]),  # people: person
        ("5-6% of households", [(None, 5, 6, "percent")]),
        ("The plan costs $5 billion", [(5e9, None, None, "USD")]),
        ("Nurses earn €1,900 a month", [(1900, None, None, "EUR_per_month")]),
        ("a budget of £165 billion", [(165e9, None, None, "GBP")]),
        ("He served for ten years", [(10, None, None, "year")]),  # a duration is a quantity
        ("Temperatures reached 44.5 degrees", [(44.5, None, None, "degree_celsius")]),
        (
            "trees lower street temperatures by several degrees",
            [(None, None, None, "degree_celsius")],
        ),
        ("tens of thousands of Syrians crossed", [(None, None, None, "person")]),  # vague
        ("a 20-year-old student", [(20, None, None, "year")]),
        ("twenty-five thousand people", [(25000, None, None, "person")]),
        ("five Kenyan elections", [(5, None, None, "election")]),  # past an adjective
        ("the ferry carries 300 passengers", [(300, None, None, "person")]),  # people: person
        ("about 40 active members", [(40, None, None, "person")]),
        ("six Peruvian and two Chilean", [(6, None, None, "person"), (2, None, None, "person")]),
        ("It opened 12 new bus depots", [(12, None, None, "bus_depot")]),  # noun modifier kept
        ("three small fishing villages", [(3, None, None, "fishing_village")]),
        ("two Labour councils", [(2, None, None, "council")]),  # a capitalised modifier
        ("a range of 80 plus miles", [(80, None, None, "mile")]),  # an approximation after
        ("growth of 2.5-ish percent", [(2.5, None, None, "percent")]),
        ("a 3, 4% rise", [(None, 3, 4, "percent")]),  # a range before the percent sign
        ("The river is 120 kilometres long", [(120, None, None, "kilometre")]),  # as written
        ("speeds of 50 megabits per second", [(50, None, None, "megabit_per_second")]),
        ("It was delayed twice", [(2, None, None, "time")]),
        ("Rents are three times as high", [(3, None, None, "times")]),
        ("the lowest in a 60 year span", [(60, None, None, "year")]),
        ("some 1500 troops left", [(1500, None, None, "person")]),  # a number, not a year
        ("two hundred and fifty boats", [(250, None, None, "boat")]),  # not a range 200-50
        ("one hundred and six thousand tickets", [(106000, None, None, "ticket")]),
        ("Half the farms were sold", [(0.5, None, None, "fraction")]),  # the codebook's half
        ("two thirds of the seats", [(2 / 3, None, None, "fraction")]),
        ("half a million cars", [(500000, None, None, "car")]),
        ("It took half an hour", [(0.5, None, None, "hour")]),
        ("They scored in the second half", []),
        ("The final ended 3-1", [(3, None, None, None), (1, None, None, None)]),  # a tally
        ("billions of euros were wasted", [(None, None, None, "EUR")]),  # vague money
        ("The repair took one day", [(1, None, None, "day")]),
        ("We need 300 more teachers", [(300, None, None, "person")]),
        ("Two and a half million tourists came", [(2.5e6, None, None, "person")]),
        ("Exports doubled", [(2, None, None, "times")]),  # a multiple
        ("the three<br />\nharbours", [(3, None, None, "harbour")]),  # markup is no word
        ("The gap narrowed by six points", [(6, None, None, "percentage_point")]),
        ("three of our ports", [(3, None, None, "port")]),  # a possessive is no unit
        ("It sold 900 last year", [(900, None, None, None)]),  # "last year" is a time
        ("a 2 percentage-point fall", [(2, None, None, "percentage_point")]),
        ("Labour 41%, Greens 9%", [(41, None, None, "percent"), (9, None, None, "percent")]),
        ("Kenya's 50 million citizens", [(50e6, None, None, "person")]),
        ("a 12-mile walk", [(12, None, None, "mile")]),  # a hyphenated measure
        ("a 15-percent cut", [(15, None, None, "percent")]),
        ("It cost EUR 40 million", [(40e6, None, None, "EUR")]),  # a code before the number
        ("a grant of HK$3 bn", [(3e9, None, None, "HKD")]),
        ("the two towns' mayors met", [(2, None, None, "town")]),  # the possessor is counted
        ("the number of young bus drivers rose to 900", [(900, None, None, "person")]),
        ("The talks lasted many hours", [(None, None, None, "hour")]),  # vague: no value
        ("It may take a few more weeks", [(None, None, None, "week")]),
        ("Rents rose over the past three years", [(3, None, None, "year")]),  # also a time
        (
            "Four of the seven judges dissented",
            [(4, None, None, "person"), (7, None, None, "person")],
        ),
    ],
)
def test_values_and_units(text: str, expected: list[Key]) -> None:
    assert keys(text) == expected


def test_a_bare_number_takes_the_unit_counted_before_it() -> None:
    text = "There are over 100,000 vacancies, including roughly 40,000 in nursing"
    assert keys(text) == [(100000, None, None, "vacancy"), (40000, None, None, "vacancy")]


@pytest.mark.parametrize(
    "text",
    [
        "The wall fell in 1989",  # years are times
        "On 3 March 2021 the law passed",  # dates are times
        "It happened two years ago",  # placing in time is a time
        "Article 5 of the treaty applies",  # a label, not a count
        "COVID-19 hit the G20 economies",
        "It is the number one issue",
        "One of the reasons is cost",
        "There are a few reasons",
        "They sent a ton of aid",
        "Class of '25",
        "The ferry left at 4:15 p.m.",  # a time of day
        "The mill closed 30 years later",  # placing in time: a time only
        "It began five-ish years ago",
        "several key cities",  # a vague count of no unit of time
        "a two-party system",  # a hyphenated modifier that names a kind
        "a three-judge panel",
        "One day the river will flood",  # "one" meaning "some"
        "She spoke on Channel 4 about it",  # numbers inside names
        "a Boeing 737 landed",
        "Call the office on 0417 141 676",  # a phone number
        "the Group of Seven met",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "Roughly 35% said yes, up from\u00a030% in May"
    for q in find_quantities(text):
        assert text[q.char_start : q.char_end] == q.text
    assert [q.text for q in find_quantities(text)] == ["Roughly 35%", "30%"]


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("cities", "city"),
        ("books", "book"),
        ("businesses", "business"),
        ("people", "person"),
        ("crises", "crisis"),
        ("days", "day"),
        ("taxes", "tax"),
    ],
)
def test_singular(plural: str, single: str) -> None:
    assert singular(plural) == single


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5% to US$3.2bn, between 40 and 50 people, about five or six days",
        "Over 100,000 vacancies, including roughly 40,000 in nursing; a 20-point gap",
        "AROUND TWENTY-FIVE Kenyan elections cost 3 million euros a year",
    ],
)
def test_ascii_and_other_texts_give_the_same_quantities(text: str) -> None:
    """An ASCII text is scanned lower-cased with a case-sensitive pattern; a text with any
    other character with the case-insensitive one: the same quantities either way."""
    assert find_quantities(text) == find_quantities(text + ". Café")


def test_a_long_chain_of_numbers_stays_linear() -> None:
    """The label test ("Article 5") looks back over one word, not the whole text before."""
    import time

    text = ", ".join(f"about {n} people in Article {n}" for n in range(1, 1500))
    started = time.process_time()
    found = find_quantities(text)
    assert time.process_time() - started < 5
    assert sum(q.unit == "person" for q in found) == 1499


def test_a_bare_dollar_is_the_dollar_of_the_country_the_document_names_most() -> None:
    from pipeline.extract.quantities import document_dollar

    canadian = "Ottawa said on Monday that Canada will spend more. Canadians agree."
    assert document_dollar(canadian) == "CAD"
    assert document_dollar("Washington and Canada signed; the United States pays.") == "USD"
    assert document_dollar("No country is named here.") == "USD"
    # "the US dollar" is a currency, not the country the document is about
    assert document_dollar("Canada rose against the US dollar and the U.S. dollar") == "CAD"
    assert keys_with("It costs $5 million", "CAD") == [(5e6, None, None, "CAD")]
    assert keys_with("It costs 5 million US dollars", "CAD") == [(5e6, None, None, "USD")]
    assert keys_with("It costs €5 million", "CAD") == [(5e6, None, None, "EUR")]


def test_a_bare_dollar_is_the_publishers_dollar_when_the_publisher_names_one_country() -> None:
    from pipeline.extract.quantities import document_dollar

    about_washington = "Washington and the United States agreed; America pays $5 million."
    assert document_dollar(about_washington) == "USD"
    prime_minister = "Department of the Prime Minister and Cabinet (Australia), PM Transcripts"
    assert document_dollar(about_washington, prime_minister) == "AUD"
    assert document_dollar(about_washington, "Prime Minister of Canada's office") == "CAD"
    # a publisher naming no dollar country, or two, leaves the text to decide
    assert document_dollar("Canada will spend more.", "The White House") == "CAD"
    assert document_dollar("Canada will spend more.", "Australia and Canada wire") == "CAD"


def keys_with(text: str, dollar: str) -> list[Key]:
    return [(q.value, q.value_low, q.value_high, q.unit) for q in find_quantities(text, dollar)]
