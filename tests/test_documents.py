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


META_CASES = [
    YAML,
    "title: 'Quoted: with colon'\ninterview_date: '2023-05-01'\nurl: https://example.org/a?b=1\n",
    "title: >\n  Folded\n  title\ninterview_date: 2021-12-31\ninterviewer:\n  - Ann One\n"
    "  - Bob Two\npublished_date: null\nlicense: CC-BY-4.0\n",
    "title: Año nuevo — “quotes”\ninterview_date: 2020-02-29\npublisher: Ça va\n",
    "title: 12\ninterview_date: 2019-01-01T10:00:00Z\nlanguage: en\n",
    "# a comment\n---\ntitle: T\ninterview_date: 2023-01-01\n...\n",
    "{title: Flow, interview_date: 2022-02-02}\n",
    "",
    "title: [unclosed\n",
    "title: T\n  bad: indent\n",
    "a: 1\n---\nb: 2\n",
    "title: !!python/object/apply:os.system ['true']\n",
    "title: &x T\ninterview_date: *x\n",
    "title: T\ntitle: U\ninterview_date: 2023-01-01\n",
    "title: T\tX\ninterview_date:\t2023-01-01\n",
    "title:\tT\n",
    "title: T\ninterviewer:\n\t- Ann\n",
    "title: a\x85b\u2028c\ninterview_date: 2023-01-01\n",
    "title: a\x07b\n",
    "title: \ufeffT\n",
    "title: a: b\n",
    "title:value\n",
    "title: a#b # comment\n",
    "? complex key\n: value\n",
    "title: plain\n  continued\n\n  paragraph\n",
    'title: "esc \\x41 \\u00e9 \\U0001F600 \\n"\n',
    "title: 'it''s'\n",
    "title: [a, b: c, {d: e}]\n",
    "- - a\n  - b\n",
    "title: " + "x" * 1100 + "\n",
    "x" * 1100 + ": y\n",
    "title: |\n  literal\n   kept\n",
    "title: T\n interview_date: 2023-01-01\n",
    "%YAML 1.1\n---\ntitle: T\n",
    "title: @reserved\n",
    "title: `tick\n",
    "title: ~\ninterview_date: yes\n",
]


@pytest.mark.parametrize("content", META_CASES)
def test_metadata_parses_as_the_pure_python_loader_did(content: str) -> None:
    """One parse (libyaml where available) gives the value, the field lines and the error
    that composing and loading with the pure-Python loader gave."""
    import yaml

    from pipeline.extract import documents

    def pure() -> tuple[object, object]:
        node = yaml.compose(content, Loader=documents._MetaLoader)
        return documents._field_lines(node), yaml.load(content, Loader=documents._MetaLoader)

    def parsed() -> tuple[object, object]:
        node, data = documents._parse_meta(content)
        return documents._field_lines(node), data

    try:
        expected: object = pure()
    except yaml.YAMLError as err:
        expected = ("error", str(err))
    try:
        found: object = parsed()
    except yaml.YAMLError as err:
        found = ("error", str(err))
    assert found == expected


def test_an_impossible_date_stays_text_for_the_reader_to_refuse() -> None:
    from pipeline.extract import documents

    _, data = documents._parse_meta("title: T\ninterview_date: 2023-02-30\n")
    assert data == {"title": "T", "interview_date": "2023-02-30"}
