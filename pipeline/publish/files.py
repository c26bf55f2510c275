"""Write and read the tables of a release, byte for byte reproducibly.

Parquet files get an explicit Arrow schema derived from the table models, with each column's
description as field metadata (and the table's as file metadata), and no run-dependent
metadata; CSV files are UTF-8 with LF line ends, a header row, empty cells for
nulls and the same rows in the same order as the Parquet files.
"""

from __future__ import annotations

import hashlib
import io
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.layout import FORMATS, declaration, format_dir, release_tables, table_path
from pipeline.publish.tables import Tables, arrow_schema, typed
from schemas import TABLES


def write_parquet(frame: pd.DataFrame, name: str, path: Path) -> None:
    schema = arrow_schema(name, described=True)
    table = pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False)
    # The registry's descriptions, and no pandas or library versions, in the bytes.
    table = table.cast(schema)
    # One chunk per column: the bytes must not depend on how the frame was assembled (the
    # combined tables of many sources arrive in one chunk per source).
    table = table.combine_chunks()
    # The Arrow schema is stored for the column descriptions (Parquet has no place of its own
    # for them); Arrow, Polars and DuckDB readers show them.
    pq.write_table(table, path, compression="zstd", write_statistics=True, store_schema=True)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_tables(tables: Tables, release_dir: Path) -> None:
    """Every table of ``tables`` into the release folder being written, in both formats."""
    for fmt in FORMATS:
        format_dir(release_dir, fmt).mkdir(parents=True, exist_ok=True)
    frames = {name: typed(name, tables[name]) for name in TABLES if name in tables}
    # Parquet encoding and compression release the GIL: a thread writes the Parquet files
    # while this one writes the CSV files (each file's bytes do not depend on the order).
    with ThreadPoolExecutor(max_workers=1) as parquet_writer:
        written = [
            parquet_writer.submit(
                write_parquet, frame, name, table_path(release_dir, name, "parquet")
            )
            for name, frame in frames.items()
        ]
        for name, frame in frames.items():
            write_csv(frame, table_path(release_dir, name, "csv"))
        for future in written:
            future.result()


def read_parquet(path: Path) -> pd.DataFrame:
    """A Parquet table as pandas, dates as ``datetime64`` (not Python objects)."""
    return pq.read_table(path).to_pandas(date_as_object=False)


def read_tables(release_dir: Path, names: tuple[str, ...] | None = None) -> Tables:
    """The tables of a release, from its Parquet files, typed as the release was published:
    by the registry, or by the 1.x layout (:mod:`schemas.legacy`) for a 1.x release.

    A table laid out otherwise still (a column added, renamed or removed without a layout of
    its own) is returned as stored, so that comparing it with a new build shows the change
    rather than hiding it under filled-in columns. Without ``names``: every table the release
    has (:func:`~pipeline.publish.layout.release_tables`)."""
    out = {}
    for name in names or release_tables(release_dir):
        frame = read_parquet(table_path(release_dir, name, "parquet"))
        entry = declaration(release_dir, name)
        same = list(frame.columns) == list(entry.column_names)
        out[name] = typed(name, frame, entry) if same else frame
    return out


def csv_matches_parquet(release_dir: Path, name: str) -> bool:
    """Whether a table's Parquet file, written out as CSV the way releases are, gives exactly
    the bytes of its CSV twin: the two formats hold the same rows, values and order."""
    entry = declaration(release_dir, name)
    frame = typed(name, read_parquet(table_path(release_dir, name, "parquet")), entry)
    rendered = io.StringIO()
    frame.to_csv(rendered, index=False, lineterminator="\n")
    return rendered.getvalue().encode("utf-8") == table_path(release_dir, name, "csv").read_bytes()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def release_files(release_dir: Path) -> list[str]:
    """Every file of a release but SHA256SUMS, as sorted POSIX paths relative to it."""
    return sorted(
        p.relative_to(release_dir).as_posix()
        for p in release_dir.rglob("*")
        if p.is_file() and p.name != "SHA256SUMS"
    )


def write_checksums(release_dir: Path) -> None:
    lines = [f"{sha256_file(release_dir / rel)}  {rel}\n" for rel in release_files(release_dir)]
    (release_dir / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


def set_mtimes(root: Path, epoch: int) -> None:
    """Give every file and folder under ``root`` the same modification time."""
    for path in sorted(root.rglob("*"), reverse=True):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(root, (epoch, epoch))
