"""The cross-table check finds each kind of broken table, and names it."""

from __future__ import annotations

import pandas as pd

from pipeline.publish.changes import changes_table
from pipeline.publish.tables import Tables
from pipeline.publish.validation import check_changes, check_cross_tables


def _copy(tables: Tables) -> dict[str, pd.DataFrame]:
    """The tables as a release holds them (with its changes), to break one by one."""
    copied = {name: frame.copy() for name, frame in tables.items()}
    return copied | {"changes": changes_table(None, tables)}


def test_the_reference_tables_pass(reference_tables: Tables) -> None:
    outcome = check_cross_tables(_copy(reference_tables))
    assert outcome.passed, outcome.reasons


def test_a_span_that_is_not_the_document_slice(reference_tables: Tables) -> None:
    tables = _copy(reference_tables)
    tables["claims"].loc[3, "text"] = tables["claims"].loc[3, "text"] + " (edited)"
    tables["mentions"].loc[0, "char_end"] = 10**9
    outcome = check_cross_tables(tables)
    assert outcome.failures == 2
    assert any(r.startswith("claims: 1 span(s) whose text is not") for r in outcome.reasons)
    assert any(r.startswith("mentions: 1 span(s)") for r in outcome.reasons)
    assert outcome.sample[0]["claim_id"] == tables["claims"].loc[3, "claim_id"]


def test_a_reference_that_resolves_nowhere(reference_tables: Tables) -> None:
    tables = _copy(reference_tables)
    tables["quantities"].loc[0, "claim_id"] = "c_0000000000000000"
    outcome = check_cross_tables(tables)
    assert "quantities.claim_id: 1 value(s) not found in claims.claim_id" in outcome.reasons


def test_a_repeated_key_and_a_claim_outside_its_passage(reference_tables: Tables) -> None:
    tables = _copy(reference_tables)
    claims = tables["claims"]
    tables["claims"] = pd.concat([claims, claims.iloc[[0]]], ignore_index=True)
    tables["passages"].loc[
        tables["passages"]["passage_id"] == claims.loc[5, "passage_id"], "char_end"
    ] = claims.loc[5, "char_start"]
    outcome = check_cross_tables(tables)
    assert any("row(s) share a primary key ['claim_id']" in r for r in outcome.reasons)
    assert any("claim(s) outside their passage" in r for r in outcome.reasons)


def test_the_delta_alone_is_checked_for_its_model_and_key(reference_tables: Tables) -> None:
    changes = changes_table(None, reference_tables)
    assert all(o.passed for o in check_changes(changes))
    repeated = pd.concat([changes, changes.iloc[[0]]], ignore_index=True)
    repeated.loc[1, "change"] = "renamed"
    reasons = [r for o in check_changes(repeated) for r in o.reasons]
    assert any("changes: 2 row(s) share a primary key ['claim_id']" in r for r in reasons)
    assert any(r.startswith("changes.change:") for r in reasons)
