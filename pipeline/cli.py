"""``interview-claims``: build, check, evaluate, compare and cite dataset releases."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.extract.documents import SourceError
from schemas import TABLES

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    print(f"interview-claims: {message}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.runner import BuildError, build

    try:
        result = build(
            args.sources,
            args.outputs,
            gold_dir=args.gold,
            version=args.version,
            allow_empty=args.allow_empty,
        )
    except (SourceError, BuildError) as err:
        _err(f"build failed, nothing was published: {err}")
        return EXIT_FAILED
    if result.published:
        print(f"published release {result.version} ({result.reason}): {result.path}")
    else:
        print(result.reason)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from pipeline.publish.verify import verify_release

    problems = verify_release(args.release)
    if problems:
        _err(f"{args.release} is not a sound release:")
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{args.release}: checksums, schemas, keys and offsets are all correct")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import GoldError, format_result, read_gold, score_tables, shortfalls
    from pipeline.publish.files import read_tables

    try:
        tables = read_tables(args.release)
        gold = read_gold(args.gold)
        source_id = args.source_id or args.gold.name.split(".")[0]
        result = score_tables(tables, gold, source_id)
    except (GoldError, OSError) as err:
        _err(str(err))
        return EXIT_FAILED
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_result(result))
    missing = shortfalls(result)
    for line in missing:
        print(f"  below target: {line}", file=sys.stderr)
    return EXIT_FAILED if missing and args.strict else EXIT_OK


def _releases_dir(outputs: Path) -> Path:
    return outputs / "releases"


def _release_dir(outputs: Path, version: str | None) -> Path:
    from pipeline.publish.index import latest
    from pipeline.publish.versioning import parse_version

    if version in (None, "latest"):
        newest = latest(_releases_dir(outputs))
        if newest is None:
            raise FileNotFoundError(f"no release under {_releases_dir(outputs)}")
        version = str(newest["version"])
    parse_version(version)
    path = _releases_dir(outputs) / version
    if not path.is_dir():
        raise FileNotFoundError(f"no release {version} under {_releases_dir(outputs)}")
    return path


def cmd_diff(args: argparse.Namespace) -> int:
    from pipeline.publish import changes
    from pipeline.publish.files import read_tables
    from schemas import DATA_TABLES

    old = read_tables(args.old, DATA_TABLES)
    new = read_tables(args.new, DATA_TABLES)
    delta = changes.changes_table(old, new)
    print(f"from {args.old} to {args.new}:")
    print("\n".join(changes.describe(changes.summarise(old, new, delta))))
    if args.rows:
        delta.to_csv(sys.stdout, index=False, lineterminator="\n")
    return EXIT_OK


def cmd_cite(args: argparse.Namespace) -> int:
    from pipeline.publish.citation import format_citation
    from pipeline.publish.index import read_index

    try:
        release = _release_dir(args.outputs, args.version)
    except (FileNotFoundError, ValueError) as err:
        _err(str(err))
        return EXIT_FAILED
    entry = next(e for e in read_index(_releases_dir(args.outputs)) if e["version"] == release.name)
    print(format_citation(release.name, entry["date"], args.format), end="")
    return EXIT_OK


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


EXPORT_FORMATS = (".csv", ".parquet")


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.publish.files import read_tables, write_parquet
    from pipeline.publish.targets import UnsafeTarget, refuse_inside_release

    suffix = args.to.suffix.lower()
    try:
        refuse_inside_release(args.to)  # never onto or into a published release's files
        if suffix not in EXPORT_FORMATS:
            raise UnsafeTarget(f"{args.to}: the file name must end in .csv or .parquet")
        if suffix == ".parquet" and args.excel_safe:
            raise UnsafeTarget(f"{args.to}: --excel-safe applies to CSV, not Parquet")
    except UnsafeTarget as err:
        _err(f"export refused: {err}")
        return EXIT_FAILED
    try:
        frame = read_tables(args.release, (args.table,))[args.table]
    except OSError as err:
        _err(f"{args.release}: cannot read table {args.table} ({err})")
        return EXIT_FAILED
    if suffix == ".parquet":
        args.to.parent.mkdir(parents=True, exist_ok=True)
        write_parquet(frame, args.table, args.to)
        print(f"wrote {len(frame)} rows to {args.to}")
        return EXIT_OK
    neutralised = 0
    args.to.parent.mkdir(parents=True, exist_ok=True)
    with args.to.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if args.excel_safe:
            writer.writerow(
                [
                    f"# excel-safe copy of {args.table}: text cells that began with "
                    "= + - @ tab or CR have a leading ' added"
                ]
            )
        writer.writerow(frame.columns)
        for row in frame.itertuples(index=False, name=None):
            cells = ["" if v is None or v != v else v for v in row]
            if args.excel_safe:
                risky = [isinstance(c, str) and c.startswith(FORMULA_START) for c in cells]
                neutralised += sum(risky)
                cells = [f"'{c}" if r else c for c, r in zip(cells, risky, strict=True)]
            writer.writerow(cells)
    note = f" ({neutralised} cells neutralised with a leading ')" if args.excel_safe else ""
    print(f"wrote {len(frame)} rows to {args.to}{note}")
    return EXIT_OK


def cmd_download(args: argparse.Namespace) -> int:
    from pipeline.access.download import DownloadError, download

    try:
        download(args.version, args.source, args.to)
    except DownloadError as err:
        _err(f"download failed, nothing was kept: {err}")
        return EXIT_FAILED
    return EXIT_OK


def cmd_site(args: argparse.Namespace) -> int:
    from pipeline.access.site import SiteError, build_site
    from pipeline.publish.index import IndexError_

    try:
        entries = build_site(args.outputs, args.to)
    except (SiteError, IndexError_, OSError) as err:
        _err(f"site not built: {err}")
        return EXIT_FAILED
    versions = ", ".join(str(e["version"]) for e in entries)
    print(f"wrote the site for releases {versions} to {args.to} (open {args.to / 'index.html'})")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="interview-claims",
        description="Turn Q&A interviews into a versioned, citable dataset of claims.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser(
        "build", help="extract every source and publish a release if anything changed"
    )
    b.add_argument("--sources", type=Path, default=Path("sources"))
    b.add_argument("--outputs", type=Path, default=Path("outputs"))
    b.add_argument(
        "--gold",
        type=Path,
        default=None,
        help="folder of <source_id>.jsonl gold annotations to score against",
    )
    b.add_argument(
        "--version",
        default=None,
        help="publish as this version (may raise, never lower, the computed one)",
    )
    b.add_argument(
        "--allow-empty",
        action="store_true",
        help="publish a release even when the sources folder holds no source",
    )
    b.set_defaults(func=cmd_build)

    v = sub.add_parser(
        "validate", help="check a published release's checksums, schemas, keys and offsets"
    )
    v.add_argument("release", type=Path)
    v.set_defaults(func=cmd_validate)

    e = sub.add_parser("evaluate", help="score a release's claims against a gold annotation")
    e.add_argument("release", type=Path)
    e.add_argument("gold", type=Path)
    e.add_argument("--source-id", default=None)
    e.add_argument("--json", action="store_true")
    e.add_argument("--strict", action="store_true", help="exit 1 if a figure misses its target")
    e.set_defaults(func=cmd_evaluate)

    d = sub.add_parser("diff", help="what changed between two releases")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--rows", action="store_true", help="also print the delta table as CSV")
    d.set_defaults(func=cmd_diff)

    c = sub.add_parser("cite", help="print a ready citation of a release")
    c.add_argument("version", nargs="?", default="latest")
    c.add_argument("--format", choices=("bibtex", "apa", "cff"), default="bibtex")
    c.add_argument("--outputs", type=Path, default=Path("outputs"))
    c.set_defaults(func=cmd_cite)

    x = sub.add_parser("export", help="write one table of a release as CSV or Parquet")
    x.add_argument("release", type=Path)
    x.add_argument("table", choices=list(TABLES))
    x.add_argument("--to", type=Path, required=True)
    x.add_argument(
        "--excel-safe",
        action="store_true",
        help="neutralise cells that spreadsheets would run as formulas",
    )
    x.set_defaults(func=cmd_export)

    dl = sub.add_parser(
        "download", help="fetch a release from a URL or folder and verify every checksum"
    )
    dl.add_argument("version", nargs="?", default="latest", help="MAJOR.MINOR.PATCH or latest")
    dl.add_argument(
        "--from",
        dest="source",
        required=True,
        help="base URL (http/https) or local folder laid out like outputs/releases",
    )
    dl.add_argument("--to", type=Path, required=True, help="folder to put the release in (created)")
    dl.set_defaults(func=cmd_download)

    st = sub.add_parser(
        "site", help="write a static web site: dataset card, downloads, citation, claim browser"
    )
    st.add_argument("--to", type=Path, required=True, help="folder to write the site into")
    st.add_argument("--outputs", type=Path, default=Path("outputs"))
    st.set_defaults(func=cmd_site)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        _err("interrupted; nothing was published")
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
