"""Reading sources: normalisation, and a clear error for every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.documents import SourceError, read_source, source_ids

YAML = "title: A test\ninterview_date: 2023-05-01\ninterviewee: Jane Roe\n"


def write(folder: Path, source_id: str, text: bytes | str, meta: str | None = YAML) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = text.encode() if isinstance(text, str) else text
    (folder / f"{source_id}.txt").write_bytes(data)
    if meta is not None:
        (folder / f"{source_id}.yaml").write_text(meta, encoding="utf-8")


def test_reads_the_reference_source() -> None:
    root = Path(__file__).resolve().parents[1] / "sources"
    doc = read_source(root, "pauline-jones-kazakhstan-2022")
    assert doc.meta.interviewee == ("Pauline Jones",)
    assert doc.meta.interview_date.isoformat() == "2022-12-02"
    assert doc.text.startswith("Pauline Jones on Kazakhstan")
    assert len(doc.sha256) == 64


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    write(tmp_path, "a", b"\xef\xbb\xbfTitle\r\n\r\nWhat now?\r\nWe wait.\r")
    doc = read_source(tmp_path, "a")
    assert doc.text == "Title\n\nWhat now?\nWe wait.\n"


def test_list_of_interviewers(tmp_path: Path) -> None:
    write(tmp_path, "a", "T\n\nQ?\n\nA.", YAML + "interviewer: [Ann One, Bob Two]\n")
    assert read_source(tmp_path, "a").meta.interviewer == ("Ann One", "Bob Two")


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        (b"", YAML, "is empty"),
        (b"  \n\n ", YAML, "is empty"),
        (b"abc\n\x00\x01\x02", YAML, "a.txt:2: looks like a binary file"),
        ("line one\nlínea dos".encode("latin-1"), YAML, "a.txt:2: is not valid UTF-8"),
        (b"text", None, "a.yaml: is missing"),
        (b"text", "title: [unclosed\n", "a.yaml:2: is not valid YAML"),
        (b"text", "interview_date: 2023-01-01\n", "required field 'title' is missing"),
        (b"text", "title: T\n", "required field 'interview_date' is missing"),
        (b"text", "title: T\ninterview_date: 2023-02-30\n", "a.yaml:2: field 'interview_date'"),
        (b"text", "title: T\ninterview_date: 2023-01-01\nfoo: 1\n", "a.yaml:3: unknown field"),
        (b"text", "- a list\n", "must be a mapping"),
        (
            b"text",
            "title: !!python/object/apply:os.system ['true']\ninterview_date: 2023-01-01\n",
            "is not valid YAML",
        ),
    ],
)
def test_bad_sources_name_the_file_and_the_problem(
    tmp_path: Path, text: bytes, meta: str | None, expected: str
) -> None:
    write(tmp_path, "a", text, meta)
    with pytest.raises(SourceError) as err:
        read_source(tmp_path, "a")
    assert expected in str(err.value)
    assert str(tmp_path) in str(err.value)


def test_non_utf8_error_says_what_was_expected(tmp_path: Path) -> None:
    write(tmp_path, "a", "caf\xe9".encode("latin-1"))
    with pytest.raises(SourceError, match="expected UTF-8; byte 0xe9 at offset 3"):
        read_source(tmp_path, "a")


def test_text_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.extract.documents.MAX_TEXT_BYTES", 10)
    write(tmp_path, "a", "x" * 11)
    with pytest.raises(SourceError, match="11 bytes; the limit is 10 bytes"):
        read_source(tmp_path, "a")


@pytest.mark.parametrize("bad", ["Upper", "under_score", "-lead", "dots.in.name", "sp ace"])
def test_source_ids_outside_the_alphabet_are_refused(tmp_path: Path, bad: str) -> None:
    write(tmp_path, bad, "text")
    with pytest.raises(SourceError, match="must be lowercase letters, digits and '-'"):
        source_ids(tmp_path)


def test_an_id_cannot_escape_the_sources_folder(tmp_path: Path) -> None:
    write(tmp_path / "inner", "a", "text")
    write(tmp_path, "b", "text")
    with pytest.raises(SourceError):
        read_source(tmp_path / "inner", "../b")


def test_missing_sources_folder(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="is not a folder of sources"):
        source_ids(tmp_path / "nope")


@pytest.mark.parametrize(
    ("first", "second"),
    [("a.txt", "a.TXT"), ("a.txt", "A.txt"), ("a.yaml", "a.yml")],
)
def test_two_files_mapping_to_one_id_are_refused(tmp_path: Path, first: str, second: str) -> None:
    write(tmp_path, "a", "text")
    (tmp_path / second).write_text("other", encoding="utf-8")
    with pytest.raises(SourceError, match="maps to the same source id 'a'"):
        source_ids(tmp_path)
