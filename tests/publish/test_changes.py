"""The delta between two releases names each claim added, removed or modified, and which
of its fields or child tables changed."""

from __future__ import annotations

import pandas as pd

from pipeline.publish.changes import changes_table
from pipeline.publish.tables import Tables


def _copy(tables: Tables) -> dict[str, pd.DataFrame]:
    return {name: frame.copy() for name, frame in tables.items()}


def test_identical_releases_have_no_changes(reference_tables: Tables) -> None:
    assert changes_table(reference_tables, _copy(reference_tables)).empty


def test_every_kind_of_change_is_named(reference_tables: Tables) -> None:
    current = _copy(reference_tables)
    claims = current["claims"]
    hedged_id = claims.loc[10, "claim_id"]
    claims.loc[10, "hedged"] = not claims.loc[10, "hedged"]
    removed_id = claims.loc[0, "claim_id"]
    current["claims"] = claims.drop(index=0).reset_index(drop=True)
    added = claims.iloc[[1]].assign(claim_id="c_ffffffffffffffff")
    current["claims"] = pd.concat([current["claims"], added], ignore_index=True)
    quantity_claim = current["quantities"].loc[0, "claim_id"]
    current["quantities"].loc[0, "value"] = 123456.0
    mention_claim = current["mentions"].loc[3, "claim_id"]
    current["mentions"] = current["mentions"].drop(index=3).reset_index(drop=True)

    changes = changes_table(reference_tables, current).set_index("claim_id")
    assert changes.loc[removed_id, "change"] == "removed"
    assert changes.loc["c_ffffffffffffffff", "change"] == "added"
    assert changes.loc[hedged_id, "fields"] == "hedged"
    assert "quantities" in changes.loc[quantity_claim, "fields"].split(";")
    assert "mentions" in changes.loc[mention_claim, "fields"].split(";")
    modified = {hedged_id, quantity_claim, mention_claim} - {removed_id}
    assert set(changes.index[changes["change"] == "modified"]) == modified
