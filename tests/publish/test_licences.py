"""Issue 17, part 1: a release republishes a source's full text only where its licence or a
recorded permission allows it; ``hydrate`` and ``load(texts=)`` restore the others from the
user's own copies, and refuse a copy whose hash differs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import load
from pipeline.access.hydrate import hydrate_release
from pipeline.access.load import LoadError
from pipeline.cli import main
from pipeline.extract.documents import SourceError, read_meta
from pipeline.publish.files import read_tables
from pipeline.publish.layout import table_path
from pipeline.publish.licences import HydrateError, redistributable
from pipeline.publish.verify import verify_release

from ..two_licences import OPEN, WITHHELD, Built, build, two_licence_sources


@pytest.mark.parametrize(
    ("licence", "permission", "allowed"),
    [
        ("public-domain", None, True),
        ("CC0-1.0", None, True),
        ("CC-BY-4.0", None, True),
        ("CC-BY-3.0-AU", None, True),
        ("cc-by-sa-4.0", None, True),
        ("CC-BY-NC-4.0", None, False),
        ("CC-BY-ND-4.0", None, False),
        ("unknown", None, False),
        (None, None, False),
        ("unknown", "permitted: the publisher's email of 2024-05-01", True),
    ],
)
def test_which_licences_allow_the_full_text(
    licence: str | None, permission: str | None, allowed: bool
) -> None:
    assert redistributable(licence, permission) is allowed


def test_the_open_source_has_its_text_and_the_other_only_its_spans(two_licences: Built) -> None:
    tables = read_tables(two_licences.release)
    documents = tables["documents"].set_index("source_id")
    assert documents.loc[OPEN, "license"] == "public-domain"
    assert documents.loc[WITHHELD, "license"] == "unknown"
    assert isinstance(documents.loc[OPEN, "text"], str)
    assert documents.loc[WITHHELD, "text"] is None or documents["text"].isna()[WITHHELD]
    assert len(documents.loc[WITHHELD, "text_sha256"]) == 64
    passages = tables["passages"]
    assert passages.loc[passages["source_id"] == WITHHELD, "text"].isna().all()
    assert passages.loc[passages["source_id"] == OPEN, "text"].notna().all()
    # the claims keep their verbatim spans, as attributed quotations
    claims = tables["claims"]
    withheld_claims = claims[claims["source_id"] == WITHHELD]
    assert len(withheld_claims) > 10 and withheld_claims["text"].str.len().min() > 0
    # and the CSV files hold the same: empty cells
    csv_text = table_path(two_licences.release, "documents", "csv").read_text(encoding="utf-8")
    withheld_line = next(line for line in csv_text.splitlines() if line.startswith(WITHHELD))
    assert withheld_line.endswith(",")
    assert verify_release(two_licences.release) == []


def test_the_card_and_the_package_state_the_policy_and_each_licence(two_licences: Built) -> None:
    card = (two_licences.release / "README.md").read_text(encoding="utf-8")
    assert "## Source texts and licences" in card
    assert f"| `{WITHHELD}` | unknown | unknown | no: withheld" in card
    assert f"| `{OPEN}` | unknown | public-domain | yes |" in card
    assert "covers the annotations" in card
    changelog = (two_licences.release / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"Source texts withheld by their licence (1): `{WITHHELD}`" in changelog
    package = json.loads((two_licences.release / "datapackage.json").read_text("utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert "annotations" in package["licenses"][0]["title"]
    assert "hydrate" in package["text_policy"]
    by_source = {s["title"].split(":")[0]: s for s in package["sources"]}
    assert by_source[WITHHELD]["license"] == "unknown"
    assert by_source[WITHHELD]["text_included"] is False
    assert by_source[OPEN]["license"] == "public-domain"
    assert by_source[OPEN]["text_included"] is True
    assert by_source[OPEN]["path"] == "https://example.org/ferrer-drought"


def _copies(folder: Path, built: Built) -> Path:
    folder.mkdir()
    shutil.copy(built.sources / f"{WITHHELD}.txt", folder / f"{WITHHELD}.txt")
    return folder


def test_hydrate_restores_the_withheld_text_from_a_copy(
    tmp_path: Path, two_licences: Built
) -> None:
    copies = _copies(tmp_path / "copies", two_licences)
    before = sorted(p.stat().st_mtime_ns for p in two_licences.release.rglob("*"))
    result = hydrate_release(two_licences.release, copies, tmp_path / "full")
    assert result.restored == [WITHHELD] and result.missing == []
    full = read_tables(tmp_path / "full")
    text = full["documents"].set_index("source_id").loc[WITHHELD, "text"]
    assert text == (two_licences.sources / f"{WITHHELD}.txt").read_text(encoding="utf-8")
    passages = full["passages"]
    assert passages["text"].notna().all()
    # every span is checked against the restored text, checksums describe the copy
    assert verify_release(tmp_path / "full") == []
    claims = full["claims"][full["claims"]["source_id"] == WITHHELD]
    assert all(
        text[s:e] == t
        for s, e, t in zip(claims["char_start"], claims["char_end"], claims["text"], strict=True)
    )
    package = json.loads((tmp_path / "full" / "datapackage.json").read_text("utf-8"))
    assert package["hydrated"]["restored"] == [WITHHELD]
    # the release itself is untouched
    assert sorted(p.stat().st_mtime_ns for p in two_licences.release.rglob("*")) == before
    assert verify_release(two_licences.release) == []


def test_hydrate_refuses_an_altered_copy_and_writes_nothing(
    tmp_path: Path, two_licences: Built
) -> None:
    copies = _copies(tmp_path / "copies", two_licences)
    altered = copies / f"{WITHHELD}.txt"
    altered.write_text(altered.read_text("utf-8").replace("Kazakhstan", "Kazakstan", 1), "utf-8")
    with pytest.raises(HydrateError, match="not the text this release was built from"):
        hydrate_release(two_licences.release, copies, tmp_path / "full")
    assert not (tmp_path / "full").exists()
    assert not list(tmp_path.glob(".full*"))


def test_hydrate_on_the_command_line(
    tmp_path: Path, two_licences: Built, capsys: pytest.CaptureFixture[str]
) -> None:
    copies = _copies(tmp_path / "copies", two_licences)
    release = str(two_licences.release)
    assert main(["hydrate", release, "--texts", str(copies), "--to", str(tmp_path / "a")]) == 0
    assert f"texts of {WITHHELD} restored" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "a")]) == 0
    # into the release itself: refused before anything is touched
    target = two_licences.release / "full"
    assert main(["hydrate", release, "--texts", str(copies), "--to", str(target)]) != 0
    assert "hydrate refused" in capsys.readouterr().err
    assert not target.exists()
    altered = tmp_path / "altered"
    altered.mkdir()
    (altered / f"{WITHHELD}.txt").write_text("not the interview\n", encoding="utf-8")
    assert main(["hydrate", release, "--texts", str(altered), "--to", str(tmp_path / "b")]) != 0
    assert "not the text this release was built from" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


def test_load_fills_in_the_texts_from_copies(tmp_path: Path, two_licences: Built) -> None:
    copies = _copies(tmp_path / "copies", two_licences)
    plain = load("documents", source=two_licences.release)
    assert plain.set_index("source_id")["text"].isna()[WITHHELD]
    documents = load("documents", source=two_licences.release, texts=copies)
    assert documents["text"].notna().all()
    passages = load("passages", source=two_licences.release, texts=copies)
    assert passages["text"].notna().all()
    (copies / f"{WITHHELD}.txt").write_text("something else\n", encoding="utf-8")
    with pytest.raises(LoadError, match="not the text"):
        load("documents", source=two_licences.release, texts=copies)


def test_a_recorded_permission_republishes_the_text(tmp_path: Path, epoch: int) -> None:
    sources = two_licence_sources(tmp_path / "sources")
    meta = sources / f"{WITHHELD}.yaml"
    meta.write_text(
        meta.read_text("utf-8")
        + 'redistribution: "permitted: the author agreed by email on 2024-05-01"\n',
        encoding="utf-8",
    )
    release = build(sources, tmp_path / "outputs")
    documents = read_tables(release, ("documents",))["documents"].set_index("source_id")
    assert isinstance(documents.loc[WITHHELD, "text"], str)
    assert documents.loc[WITHHELD, "redistribution"].startswith("permitted")
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "yes (permitted: the author agreed by email on 2024-05-01)" in card


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("license: All rights reserved\n", "is not an SPDX id"),
        ("redistribution: granted\n", "redistribution must be null or 'permitted: <note>'"),
    ],
)
def test_a_licence_or_permission_that_says_nothing_clear_is_refused(
    tmp_path: Path, line: str, problem: str
) -> None:
    meta = tmp_path / "x.yaml"
    meta.write_text(f"title: X\ninterview_date: 2024-01-01\n{line}", encoding="utf-8")
    with pytest.raises(SourceError, match=problem):
        read_meta(meta, tmp_path)


def test_parquet_files_carry_their_column_descriptions(two_licences: Built) -> None:
    schema = pq.read_schema(table_path(two_licences.release, "times", "parquet"))
    description = schema.field("period_start").metadata[b"description"].decode()
    assert description.startswith("First day the expression covers")
    assert schema.metadata[b"table"] == b"times"


def test_the_site_states_each_sources_licence(tmp_path: Path, two_licences: Built) -> None:
    from pipeline.access.site import build_site
    from pipeline.access.site_data import CHUNK, ReleaseData

    build_site(two_licences.outputs, tmp_path / "site")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Source texts and licences" in index
    assert f"<td><code>{WITHHELD}</code></td><td>unknown</td><td>unknown</td>" in index
    data = ReleaseData.read(two_licences.release)
    chunks = [data.chunk(k) for k in range(-(-len(data.claims) // CHUNK))]
    # the browser holds no withheld text: the claims of that source are shown on their own
    assert all(isinstance(p["text"], str) for c in chunks for p in c["passages"].values())
    assert any(c["source_id"] == WITHHELD for c in data.claims_data()["claims"])
