"""Source folders a careless user or a hostile file makes: each gives one clear error naming
the file (never a hang, a traceback or the wrong reason), and text at the calendar's edges
or in decomposed Unicode is extracted like any other."""

from __future__ import annotations

import os
import threading
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.extract.documents import (
    MAX_FIELD_CHARS,
    MAX_META_BYTES,
    SourceError,
    read_source,
    source_ids,
)
from pipeline.extract.times import find_times
from pipeline.extraction import extract_source

from .conftest import SOURCES

META = "title: An interview\ninterview_date: 2022-12-02\n"
TEXT = (
    "An interview\n\nQ: What happened next year in Kazakhstan?\n\n"
    "A: Next year the government will reform the economy. Last week prices rose by 5%.\n"
)


def source(folder: Path, source_id: str = "x", text: str = TEXT, meta: str = META) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{source_id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{source_id}.yaml").write_text(meta, encoding="utf-8")
    return folder


def refused(folder: Path, source_id: str = "x") -> str:
    """The message of reading the folder's sources as a build does (list, then read)."""
    with pytest.raises(SourceError) as caught:
        for found in source_ids(folder):
            read_source(folder, found)
        read_source(folder, source_id)
    return str(caught.value)


def test_a_fifo_named_like_a_text_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = source(tmp_path / "s")
    (folder / "x.txt").unlink()
    os.mkfifo(folder / "x.txt")
    outcome: list[str] = []
    reader = threading.Thread(target=lambda: outcome.append(refused(folder)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert outcome == [f"{folder / 'x.txt'}: is a named pipe (FIFO), not a file"]


def test_a_fifo_named_like_a_yaml_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = source(tmp_path / "s")
    (folder / "x.yaml").unlink()
    os.mkfifo(folder / "x.yaml")
    outcome: list[str] = []
    reader = threading.Thread(target=lambda: outcome.append(refused(folder)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert outcome == [f"{folder / 'x.yaml'}: is a named pipe (FIFO), not a file"]


@pytest.mark.parametrize("name", ["x.txt", "x.yaml"])
def test_a_folder_named_like_a_source_file_is_named(tmp_path: Path, name: str) -> None:
    folder = source(tmp_path / "s")
    (folder / name).unlink()
    (folder / name).mkdir()
    assert refused(folder) == f"{folder / name}: is a folder, not a file"


def test_an_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = source(tmp_path / "s")
    real_open = os.open

    def denied(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith("x.txt"):  # root reads anything: refuse as a plain user sees
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    assert refused(folder) == f"{folder / 'x.txt'}: cannot be read (Permission denied)"


def test_a_dangling_symlink_is_called_dangling(tmp_path: Path) -> None:
    folder = source(tmp_path / "s")
    (folder / "x.txt").unlink()
    (folder / "x.txt").symlink_to(folder / "gone.txt")
    message = refused(folder)
    assert "is a dangling symbolic link" in message and "outside" not in message


def test_a_yaml_linked_from_outside_is_refused_like_a_text(tmp_path: Path) -> None:
    folder = source(tmp_path / "s")
    outside = tmp_path / "secret.yaml"
    outside.write_text(META)
    (folder / "x.yaml").unlink()
    (folder / "x.yaml").symlink_to(outside)
    assert "x.yaml: lies outside the sources folder" in refused(folder)


def test_a_yml_beside_a_text_is_a_wrong_extension(tmp_path: Path) -> None:
    folder = source(tmp_path / "s")
    (folder / "x.yaml").rename(folder / "x.yml")
    assert refused(folder) == f"{folder / 'x.yml'}: wrong extension: rename it to x.yaml"


def test_a_too_long_id_states_the_limit(tmp_path: Path) -> None:
    folder = source(tmp_path / "s", source_id="a" * 200)
    message = refused(folder, "a" * 200)
    assert "source id is 200 characters; the limit is 120" in message
    assert "lowercase" not in message  # the real reason, not a wrong one


def test_a_huge_yaml_is_refused(tmp_path: Path) -> None:
    folder = source(tmp_path / "s", meta=META + "# " + "x" * MAX_META_BYTES + "\n")
    assert "x.yaml: metadata is" in refused(folder)
    assert f"the limit is {MAX_META_BYTES:,} bytes" in refused(folder)


@pytest.mark.parametrize("field", ["title", "publisher", "interviewee"])
def test_an_overlong_field_is_refused_with_its_name(tmp_path: Path, field: str) -> None:
    long = "T" * (MAX_FIELD_CHARS + 1)
    meta = META.replace("title: An interview", f"title: {long}") if field == "title" else ""
    meta = meta or f"{META}{field}: {long}\n"
    folder = source(tmp_path / "s", meta=meta)
    assert f"field {field!r} is {MAX_FIELD_CHARS + 1:,} characters long" in refused(folder)


def test_an_interview_date_in_the_future_is_refused(tmp_path: Path) -> None:
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    folder = source(tmp_path / "s", meta=f"title: T\ninterview_date: {tomorrow}\n")
    message = refused(folder)
    assert f"field 'interview_date' is {tomorrow}, in the future (today is" in message
    assert message.endswith("UTC)")


@pytest.mark.parametrize("value", ["'20221202'", "20221202", "'2022-12-2'", "2022-02-30"])
def test_only_real_yyyy_mm_dd_dates_are_accepted(tmp_path: Path, value: str) -> None:
    folder = source(tmp_path / "s", meta=f"title: T\ninterview_date: {value}\n")
    assert "not a real date in the form YYYY-MM-DD" in refused(folder)


def test_decomposed_accents_give_the_same_mentions_as_composed(tmp_path: Path) -> None:
    composed = (
        "Q: What about Zürich and Kazakhstan?\n\n"
        "A: In São Paulo and in Türkiye, Tokayev said the reform would fail.\n"
    )
    nfd = unicodedata.normalize("NFD", composed)
    assert nfd != composed
    one = extract_source(source(tmp_path / "a", text="An interview\n\n" + composed), "x")
    two = extract_source(source(tmp_path / "b", text="An interview\n\n" + nfd), "x")
    assert len(one["mentions"]) > 0
    assert one["mentions"]["text"].tolist() == two["mentions"]["text"].tolist()
    assert one["documents"]["text"].tolist() == two["documents"]["text"].tolist()


def test_the_committed_sources_are_already_nfc() -> None:
    """So normalising to NFC leaves every committed release byte-identical."""
    for path in SOURCES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), path


@pytest.mark.parametrize("anchor", [date(1, 1, 1), date(9999, 12, 31)])
def test_relative_times_at_the_calendars_edges_resolve_to_null(anchor: date) -> None:
    text = (
        "Next year and last year, next week and last week, next month, last month, "
        "the next decade, this decade, two years ago, tomorrow, yesterday, next Monday."
    )
    found = find_times(text, anchor)
    assert len(found) >= 10  # still found as times
    unresolved = [t for t in found if t.start is None and t.end is None]
    assert unresolved  # those past the edge have no date
    for t in found:
        for value in (t.start, t.end):
            assert value is None or (len(value.split("-")[0]) == 4 and value[:4] != "0000")


def test_an_interview_on_the_first_day_of_the_calendar_is_extracted(tmp_path: Path) -> None:
    folder = source(tmp_path / "s", meta="title: T\ninterview_date: 0001-01-01\n")
    tables = extract_source(folder, "x")
    assert len(tables["times"]) > 0


def test_an_extraction_failure_names_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import extraction as run

    def broken(document: object, passages: object) -> object:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(run.DEFAULT_EXTRACTOR, "extract", broken)
    folder = source(tmp_path / "s")
    with pytest.raises(SourceError, match=r"x\.txt: extraction failed \(OverflowError"):
        run.extract_source(folder, "x")


def test_a_build_on_the_first_day_of_the_calendar_publishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: int
) -> None:
    from pipeline.cli import main

    from .conftest import make_dagster_home

    monkeypatch.setenv("DAGSTER_HOME", str(make_dagster_home(tmp_path / "home")))
    monkeypatch.setenv("INTERVIEW_CLAIMS_LOG_DIR", str(tmp_path / "logs"))
    folder = source(tmp_path / "s", meta="title: T\ninterview_date: 0001-01-01\n")
    outputs = tmp_path / "out"
    assert main(["build", "--sources", str(folder), "--outputs", str(outputs)]) == 0
    assert (outputs / "releases" / "1.0.0" / "data" / "csv" / "times.csv").is_file()


def test_a_build_with_a_fifo_source_is_one_line_and_never_hangs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.cli import main

    folder = source(tmp_path / "s")
    os.mkfifo(folder / "y.txt")
    (folder / "y.yaml").write_text(META)
    assert main(["build", "--sources", str(folder), "--outputs", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.strip() == (
        "interview-claims: build failed, nothing was published: "
        f"{folder / 'y.txt'}: is a named pipe (FIFO), not a file"
    )


def test_the_sensor_passes_over_a_fifo_without_blocking(tmp_path: Path) -> None:
    from pipeline.defs.partitions import complete_sources

    folder = source(tmp_path / "s")
    os.mkfifo(folder / "y.txt")
    (folder / "y.yaml").write_text(META)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(complete_sources(folder)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "hashing a FIFO blocked"
    hashes, passed_over = outcome[0]  # type: ignore[misc]
    assert list(hashes) == ["x"] and passed_over == ["y.txt: not a regular file"]
