"""The field registry is the one place a column is declared: a new column reaches every
output with no other edit, and a row that does not fit its table fails loudly."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.access.site import build_site, claims_data
from pipeline.extract.claims import RuleExtractor
from pipeline.extract.documents import SourceError
from pipeline.extract.model import Claim, Document, Passage
from pipeline.extraction import extract_source
from pipeline.publish.files import read_tables
from pipeline.publish.release import publish
from pipeline.publish.tables import RowError, combine, typed
from pipeline.publish.upgrade import upgrade
from pipeline.publish.versioning import required_bump
from schemas import registry, schema
from schemas.registry import REGISTRY, Column

from ..conftest import PROJECT, REFERENCE_ID, SOURCES


@dataclasses.dataclass(frozen=True, slots=True)
class ScoredClaim(Claim):
    """A claim with one more attribute, as an extractor that computes it would return."""

    confidence: float | None = None


class ScoringExtractor(RuleExtractor):
    """The rule extractor, plus the new column's value: the one computed value."""

    def extract(self, document: Document, passages: list[Passage]) -> list[Claim]:
        claims = super().extract(document, passages)
        return [
            ScoredClaim(
                **{f.name: getattr(c, f.name) for f in dataclasses.fields(Claim)},
                confidence=None if c.hedged else round(1 / (1 + len(c.text)), 6),
            )
            for c in claims
        ]


def _with_claims_column(monkeypatch: pytest.MonkeyPatch, column: Column) -> None:
    """The one declaration: ``column`` appended to the claims table of the registry."""
    tables = tuple(
        dataclasses.replace(t, columns=(*t.columns, column)) if t.name == "claims" else t
        for t in REGISTRY
    )
    monkeypatch.setattr(registry, "REGISTRY", tables)


CONFIDENCE = Column(
    "confidence", float, "How sure the extractor is, from 0 to 1; empty when hedged.",
    nullable=True,
)  # fmt: skip


def test_a_new_nullable_column_reaches_every_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: int
) -> None:
    _with_claims_column(monkeypatch, CONFIDENCE)
    tables = combine([extract_source(SOURCES, REFERENCE_ID, ScoringExtractor())])
    claims = tables["claims"]
    assert list(claims.columns)[-1] == "confidence"
    assert claims["confidence"].dtype == "float64"
    assert claims["confidence"].isna().any() and claims["confidence"].notna().any()

    outputs = tmp_path / "outputs"
    result = publish(tables, outputs)
    assert result.path is not None
    release = result.path
    # Parquet and CSV
    parquet = pq.read_table(release / "data" / "parquet" / "claims.parquet")
    assert parquet.schema.field("confidence").type == "double"
    assert parquet.column("confidence").to_pylist() == [
        None if pd.isna(v) else v for v in claims["confidence"]
    ]
    with (release / "data" / "csv" / "claims.csv").open(encoding="utf-8") as handle:
        assert next(csv.reader(handle))[-1] == "confidence"
    # Data Package
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    for resource in ("claims", "claims-parquet"):
        fields = next(r for r in package["resources"] if r["name"] == resource)["schema"]
        assert fields["fields"][-1] == {
            "name": "confidence",
            "type": "number",
            "description": CONFIDENCE.description,
        }
    # the card
    card = (release / "README.md").read_text(encoding="utf-8")
    assert f"| `confidence` | float64, may be empty | {CONFIDENCE.description} |" in card
    # the site: in the claim browser's data, listed with its description
    data = claims_data(release)
    assert {"name": "confidence", "description": CONFIDENCE.description} in data["more"]
    scored = [c for c in data["claims"] if c["confidence"] is not None]
    assert scored and all(isinstance(c["confidence"], float) for c in scored)
    build_site(outputs, tmp_path / "site")
    assert '"confidence":' in (tmp_path / "site" / "claims.html").read_text(encoding="utf-8")
    # and the release reads back, validated, with the column
    assert schema("claims").validate(read_tables(release, ("claims",))["claims"]) is not None


def test_a_new_column_is_a_major_change_from_a_release_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    releases = PROJECT / "outputs" / "releases"
    newest = max((p for p in releases.iterdir() if p.is_dir()), key=lambda p: p.name)
    previous = upgrade(read_tables(newest))  # in today's layout, without the new column
    _with_claims_column(monkeypatch, CONFIDENCE)
    assert "confidence" not in previous["claims"].columns
    current = dict(previous)
    claims = previous["claims"].assign(confidence=None)
    current["claims"] = typed("claims", claims)
    assert required_bump(previous, current) == "major"


def test_a_misspelt_column_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_claims_column(monkeypatch, CONFIDENCE.but(name="confidance"))
    # extraction names the source of any failure; the RowError is the reason it gives
    with pytest.raises(
        SourceError, match=r"RowError: .*claims.*missing confidance.*not columns of claims: "
    ):
        extract_source(SOURCES, REFERENCE_ID, ScoringExtractor())


def test_a_value_computed_for_no_column_fails_loudly() -> None:
    with pytest.raises(SourceError, match=r"RowError: .*not columns of claims: confidence"):
        extract_source(SOURCES, REFERENCE_ID, ScoringExtractor())


@pytest.mark.parametrize("name", [t.name for t in REGISTRY])
def test_typed_refuses_rows_that_are_not_the_tables(name: str) -> None:
    entry = registry.table(name)
    columns = entry.column_names
    # "", 0, 0.0, False, a date
    row = {c.name: date(2024, 1, 2) if c.is_date else c.type() for c in entry.columns}
    assert list(typed(name, [row]).columns) == list(columns)
    with pytest.raises(RowError, match=f"missing {columns[-1]}"):
        typed(name, [{k: v for k, v in row.items() if k != columns[-1]}])
    with pytest.raises(RowError, match=r"not columns of .*: colour"):
        typed(name, [{**row, "colour": "red"}])
    with pytest.raises(RowError, match="a frame"):
        typed(name, pd.DataFrame([row]).drop(columns=[columns[0]]))


def test_every_declaration_is_sound() -> None:
    """Keys, sort keys and foreign keys name declared columns; a column is declared once
    per table; descriptions are sentences."""
    names = {t.name for t in REGISTRY}
    for entry in REGISTRY:
        columns = entry.column_names
        assert len(set(columns)) == len(columns), entry.name
        assert set(entry.primary_key) <= set(columns)
        assert set(entry.sort_keys) <= set(columns)
        for fields, other, keys in entry.foreign_keys:
            assert set(fields) <= set(columns) and other in names
            assert set(keys) <= set(registry.table(other).column_names)
        for column in entry.columns:
            assert column.description.endswith("."), (entry.name, column.name)
            assert not (column.values and column.pattern), (entry.name, column.name)
            assert not column.is_date or not column.pattern
