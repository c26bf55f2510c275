"""Names that several countries' institutions share ("Labor", "the Senate", "Parliament"),
resolved per document by the country it names most (data/shared_names.yaml), on invented
sentences."""

from __future__ import annotations

from pipeline.extract.entities import find_mentions, link_people


def resolved(*claims: str) -> list[list[str]]:
    return [
        [m.name for m in mentions] for mentions in link_people([find_mentions(c) for c in claims])
    ]


def test_labor_is_the_australian_party_in_a_document_about_australia() -> None:
    out = resolved("Australia needs more nurses", "Labor will vote against the bill in the Senate")
    assert out[1] == ["Australian Labor Party", "Australian Senate"]


def test_the_same_names_follow_another_country() -> None:
    out = resolved(
        "Canadian farmers sold more wheat to Canada's neighbours",
        "The Liberal Party lost seats in the Senate",
    )
    assert out[1] == ["Liberal Party of Canada", "Senate of Canada"]


def test_a_shared_name_of_no_known_country_is_no_entity() -> None:
    # "Labor" has no default: without a country to resolve it, it names nothing
    assert resolved("Labor will vote against the bill") == [[]]


def test_a_default_applies_where_no_listed_country_is_named() -> None:
    assert resolved("Congress passed the budget") == [["United States Congress"]]


def test_a_country_named_far_less_than_the_main_one_does_not_decide() -> None:
    out = resolved(
        "Brazil and Brazilian exporters gained from Brazil's weaker currency",
        "Australia bought more",
        "The High Court struck the treaty down",
    )
    # Australia is the only listed country named, but not half as often as Brazil
    assert out[2] == []


def test_another_countrys_parliament_is_not_the_documents() -> None:
    out = resolved(
        "Australia and Australian ministers agreed",
        "Their Parliament rejected it",
        "The Indonesian Parliament rejected it",
        "Parliament sits next week",
    )
    assert out[1] == []
    assert out[2] == ["Indonesia"]
    assert out[3] == ["Parliament of Australia"]


def test_a_lower_case_common_noun_is_no_shared_name() -> None:
    assert resolved("Australia has a labor shortage") == [["Australia"]]


def test_the_treasury_is_the_documents_countrys() -> None:
    out = resolved("British banks and the United Kingdom", "the Treasury opposed it")
    assert out[1] == ["HM Treasury"]


def test_an_unlisted_process_is_an_organisation_named_as_written() -> None:
    # a forum named "<place> Process" (docs/codebook.md: an organisation's name as written)
    assert [m.name for m in find_mentions("talks under the Tarawa Process")] == ["Tarawa Process"]


def test_where_no_listed_country_is_named_the_default_holds() -> None:
    # "the Security Council" is the UN's wherever the document does not say otherwise
    out = resolved("Russia and Russian officials vetoed it", "the Security Council met")
    assert out[1] == ["United Nations Security Council"]
