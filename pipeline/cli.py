"""``interview-claims``: build, check, evaluate, compare and cite dataset releases."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import logging
import os
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from pipeline.oserrors import describe_os_error
from schemas import TABLES

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
LOG_DIR_ENV = "INTERVIEW_CLAIMS_LOG_DIR"
DEFAULT_DOWNLOAD_SECONDS = 3600.0
DEFAULT_STALL_SECONDS = 60.0

# What a failed command did not do, said before its one-line reason.
FAILED = {
    "build": "build failed, nothing was published",
    "download": "download failed, nothing was kept",
    "site": "site not built",
}
INTERRUPTED = {
    "build": "interrupted; nothing was published",
    "download": "interrupted; the download was not finished (run it again to resume)",
    "site": "interrupted; the site was not written",
    "export": "interrupted; the export was not written",
}


class CommandError(Exception):
    """A command's input that the user can fix; the message is the one line to show."""


def _screen() -> IO[str]:
    """Where messages for the user go: the terminal's stderr, even while a build sends
    Dagster's own output to the log (``_Capture`` replaces ``sys.stderr`` then)."""
    return _SCREEN[-1] if _SCREEN else sys.stderr


_SCREEN: list[IO[str]] = []


def _err(message: str) -> None:
    print(f"interview-claims: {message}", file=_screen(), flush=True)


def _say(message: str) -> None:
    print(message, file=_screen(), flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.runner import build

    result = build(
        args.sources,
        args.outputs,
        corpus_dir=args.corpus,
        version=args.version,
        allow_empty=args.allow_empty,
        say=_say,
    )
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
            print(f"  - {problem}", file=_screen())
        return EXIT_FAILED
    print(f"{args.release}: checksums, schemas, keys and offsets are all correct")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.corpus is not None or args.agreement:
        return _evaluate_corpus(args)
    if args.release is None or args.gold is None:
        raise CommandError(
            "evaluate needs RELEASE and GOLD.jsonl, or --corpus [DIR], or --agreement"
        )
    return _evaluate_release(args)


def _evaluate_release(args: argparse.Namespace) -> int:
    """One release's claims of one source against one gold file."""
    from pipeline.evaluation import REFERENCE_ID, targets
    from pipeline.evaluation.scoring import format_result, read_gold, score_tables
    from pipeline.publish.licences import hydrate

    tables = _release_tables(args.release)
    source_id = args.source_id or args.gold.name.split(".")[0]
    if args.texts is not None:
        tables = hydrate(tables, args.texts).tables
    documents = tables["documents"]
    withheld = documents[(documents["source_id"] == source_id) & documents["text"].isna()]
    if len(withheld):
        raise CommandError(
            f"{args.release} withholds the text of {source_id} (its licence), which gold spans "
            "are found in: add --texts DIR, a folder holding your copy of "
            f"{source_id}.txt"
        )
    result = score_tables(tables, read_gold(args.gold), source_id)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_result(result))
    wanted = targets.end_to_end("reference" if source_id == REFERENCE_ID else "test")
    missing = targets.shortfalls(targets.figures_of(result, wanted), wanted)
    for line in missing:
        print(f"  below target: {line}", file=sys.stderr)
    return EXIT_FAILED if missing and args.strict else EXIT_OK


def _evaluate_corpus(args: argparse.Namespace) -> int:
    """The current extractor on every corpus interview of the chosen splits, or the agreement
    of the annotation passes with the adjudicated gold."""
    from pipeline.evaluation import corpus as corpus_mod
    from pipeline.evaluation import targets
    from pipeline.evaluation.agreement import agreement
    from pipeline.evaluation.report import format_agreement, format_splits

    corpus = corpus_mod.load_corpus(args.corpus or Path("corpus"))
    if args.agreement:
        report = agreement(corpus)
        print(json.dumps(report, indent=2) if args.json else format_agreement(report))
        return EXIT_OK
    chosen = corpus_mod.SPLITS if args.split == "all" else (args.split,)
    splits = [s for s in chosen if corpus.in_split(s)]
    report = corpus_mod.evaluate(corpus, splits)
    if args.json:
        print(json.dumps(report if args.per_interview else corpus_mod.summary(report), indent=2))
    else:
        print(format_splits(report, per_interview=args.per_interview))
    missing = [
        f"{split} (macro): {line}"
        for split in splits
        if split in ("test", "reference") and corpus.in_split(split)
        for line in targets.shortfalls(report["splits"][split]["macro"], targets.end_to_end(split))
    ]
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


def _release_tables(release: Path, names: tuple[str, ...] | None = None) -> Any:
    """The tables of a release folder, or one line saying why it cannot be read."""
    from pipeline.publish.files import read_tables
    from pipeline.publish.layout import release_tables

    if not release.is_dir():
        raise CommandError(f"{release}: no such release folder")
    if not (release / "data").is_dir():
        raise CommandError(f"{release}: not a release folder (it has no data/ folder)")
    absent = [n for n in names or () if n not in release_tables(release)]
    if absent:  # a table added after this release was published (the corpus tables: 2.1.0)
        raise CommandError(f"{release}: this release has no table {', '.join(absent)}")
    try:
        return read_tables(release, names)
    except FileNotFoundError as err:
        raise CommandError(f"{release}: damaged release, {err.filename} is missing") from err
    except (OSError, ValueError) as err:  # pyarrow's ArrowInvalid is a ValueError
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise CommandError(
            f"{release}: damaged release, a table cannot be read ({first}); "
            f"run `interview-claims validate {release}`"
        ) from err


def cmd_diff(args: argparse.Namespace) -> int:
    from pipeline.publish import changes
    from pipeline.publish.upgrade import upgrade
    from schemas import DATA_TABLES

    # A 1.x release is compared in today's layout, so a renamed column is not a change of
    # every claim.
    old = upgrade(_release_tables(args.old, DATA_TABLES))
    new = upgrade(_release_tables(args.new, DATA_TABLES))
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
    except FileNotFoundError as err:
        raise CommandError(str(err)) from None
    entry = next(e for e in read_index(_releases_dir(args.outputs)) if e["version"] == release.name)
    documents = (
        _release_tables(release, ("documents",))["documents"]
        if args.format in ("zenodo", "schemaorg")
        else None
    )
    print(format_citation(release.name, entry["date"], args.format, documents), end="")
    return EXIT_OK


def cmd_hydrate(args: argparse.Namespace) -> int:
    from pipeline.access.hydrate import hydrate_release

    result = hydrate_release(args.release, args.texts, args.to)
    restored = ", ".join(result.restored) or "none"
    print(f"wrote {args.to}: a copy of {args.release} with the texts of {restored} restored")
    if result.missing:
        _err(
            f"note: no copy in {args.texts} for {', '.join(result.missing)}; "
            "their texts stay withheld"
        )
    return EXIT_OK


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


EXPORT_FORMATS = (".csv", ".parquet")


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.publish.files import write_parquet
    from pipeline.publish.targets import UnsafeTarget, refuse_inside_release

    if args.to.is_dir():
        raise CommandError(
            f"--to {args.to}: is a folder; give a file name, e.g. {args.to / (args.table + '.csv')}"
        )
    suffix = args.to.suffix.lower()
    try:
        refuse_inside_release(args.to)  # never onto or into a published release's files
        if suffix not in EXPORT_FORMATS:
            raise UnsafeTarget(f"{args.to}: the file name must end in .csv or .parquet")
        if suffix == ".parquet" and args.excel_safe:
            raise UnsafeTarget(f"{args.to}: --excel-safe applies to CSV, not Parquet")
    except UnsafeTarget as err:
        raise CommandError(f"export refused: {err}") from None
    frame = _release_tables(args.release, (args.table,))[args.table]
    if suffix == ".parquet":
        args.to.parent.mkdir(parents=True, exist_ok=True)
        write_parquet(frame, args.table, args.to)
        print(f"wrote {len(frame)} rows to {args.to}")
        return EXIT_OK
    args.to.parent.mkdir(parents=True, exist_ok=True)
    try:
        neutralised = _write_csv(frame, args.to, args.table, args.excel_safe)
    except OSError as err:  # a write error (a full disk) does not carry the file's name
        err.filename = err.filename or str(args.to)
        raise
    note = f" ({neutralised} cells neutralised with a leading ')" if args.excel_safe else ""
    print(f"wrote {len(frame)} rows to {args.to}{note}")
    return EXIT_OK


def _write_csv(frame: Any, to: Path, table: str, excel_safe: bool) -> int:
    """Write ``frame`` as CSV; the number of cells neutralised for spreadsheets."""
    neutralised = 0
    with to.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if excel_safe:
            writer.writerow(
                [
                    f"# excel-safe copy of {table}: text cells that began with "
                    "= + - @ tab or CR have a leading ' added"
                ]
            )
        writer.writerow(frame.columns)
        for row in frame.itertuples(index=False, name=None):
            cells = ["" if v is None or v != v else v for v in row]
            if excel_safe:
                risky = [isinstance(c, str) and c.startswith(FORMULA_START) for c in cells]
                neutralised += sum(risky)
                cells = [f"'{c}" if r else c for c, r in zip(cells, risky, strict=True)]
            writer.writerow(cells)
    return neutralised


def cmd_download(args: argparse.Namespace) -> int:
    from pipeline.access.download import download

    download(
        args.version,
        args.source,
        args.to,
        progress=_say,
        timeout=args.timeout,
        stall_timeout=args.stall_timeout,
    )
    return EXIT_OK


def cmd_site(args: argparse.Namespace) -> int:
    from pipeline.access.site import build_site

    entries = build_site(args.outputs, args.to)
    versions = ", ".join(str(e["version"]) for e in entries)
    print(f"wrote the site for releases {versions} to {args.to} (open {args.to / 'index.html'})")
    return EXIT_OK


def _seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="interview-claims",
        description="Turn Q&A interviews into a versioned, citable dataset of claims.",
    )
    # Every command takes --verbose, after its name as users type it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--verbose",
        action="store_true",
        help="also show on screen the details (stack traces, Dagster's log) kept in the log",
    )
    sub = p.add_subparsers(dest="command", required=True)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, parents=[common])

    b = command("build", "extract every source and publish a release if anything changed")
    b.add_argument("--sources", type=Path, default=Path("sources"))
    b.add_argument("--outputs", type=Path, default=Path("outputs"))
    b.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="the annotated corpus whose figures the dataset card reports (default: corpus/)",
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

    v = command("validate", "check a published release's checksums, schemas, keys and offsets")
    v.add_argument("release", type=Path)
    v.set_defaults(func=cmd_validate)

    e = command(
        "evaluate",
        "score extraction against gold: a release against one gold file, the current "
        "extractor on the annotated corpus (--corpus), or the annotation passes (--agreement)",
    )
    e.add_argument("release", type=Path, nargs="?")
    e.add_argument("gold", type=Path, nargs="?")
    e.add_argument("--source-id", default=None)
    e.add_argument(
        "--texts",
        type=Path,
        default=None,
        help="with RELEASE: your copies of sources whose text the release withholds",
    )
    e.add_argument(
        "--corpus",
        type=Path,
        nargs="?",
        const=Path("corpus"),
        default=None,
        help="extract and score every interview of the annotated corpus (default folder: corpus)",
    )
    e.add_argument(
        "--split",
        choices=("all", "test", "dev", "reference"),
        default="all",
        help="with --corpus: which split to score",
    )
    e.add_argument(
        "--per-interview", action="store_true", help="with --corpus: also each interview"
    )
    e.add_argument(
        "--agreement",
        action="store_true",
        help="score each annotation pass against the adjudicated gold",
    )
    e.add_argument("--json", action="store_true")
    e.add_argument("--strict", action="store_true", help="exit 1 if a figure misses its target")
    e.set_defaults(func=cmd_evaluate)

    d = command("diff", "what changed between two releases")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--rows", action="store_true", help="also print the delta table as CSV")
    d.set_defaults(func=cmd_diff)

    c = command("cite", "print a ready citation of a release")
    c.add_argument("version", nargs="?", default="latest")
    c.add_argument(
        "--format", choices=("bibtex", "apa", "cff", "zenodo", "schemaorg"), default="bibtex"
    )
    c.add_argument("--outputs", type=Path, default=Path("outputs"))
    c.set_defaults(func=cmd_cite)

    h = command(
        "hydrate",
        "copy a release with the texts its licences withhold restored from your own copies",
    )
    h.add_argument("release", type=Path)
    h.add_argument(
        "--texts",
        type=Path,
        required=True,
        help="folder of your copies of the sources, <source_id>.txt, as published",
    )
    h.add_argument("--to", type=Path, required=True, help="new folder for the hydrated copy")
    h.set_defaults(func=cmd_hydrate)

    x = command("export", "write one table of a release as CSV or Parquet")
    x.add_argument("release", type=Path)
    x.add_argument("table", choices=list(TABLES))
    x.add_argument("--to", type=Path, required=True)
    x.add_argument(
        "--excel-safe",
        action="store_true",
        help="neutralise cells that spreadsheets would run as formulas",
    )
    x.set_defaults(func=cmd_export)

    dl = command("download", "fetch a release from a URL or folder and verify every checksum")
    dl.add_argument("version", nargs="?", default="latest", help="MAJOR.MINOR.PATCH or latest")
    dl.add_argument(
        "--from",
        dest="source",
        required=True,
        help="base URL (http/https) or local folder laid out like outputs/releases",
    )
    dl.add_argument("--to", type=Path, required=True, help="folder to put the release in (created)")
    dl.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_DOWNLOAD_SECONDS,
        help="give up when the whole download takes longer than this many seconds "
        f"(default {DEFAULT_DOWNLOAD_SECONDS:.0f})",
    )
    dl.add_argument(
        "--stall-timeout",
        type=_seconds,
        default=DEFAULT_STALL_SECONDS,
        help="give up when no byte arrives for this many seconds "
        f"(default {DEFAULT_STALL_SECONDS:.0f})",
    )
    dl.set_defaults(func=cmd_download)

    st = command(
        "site", "write a static web site: dataset card, downloads, citation, claim browser"
    )
    st.add_argument("--to", type=Path, required=True, help="folder to write the site into")
    st.add_argument("--outputs", type=Path, default=Path("outputs"))
    st.set_defaults(func=cmd_site)
    return p


def _user_errors() -> tuple[type[BaseException], ...]:
    """The project's error classes: a user can cause each, and its message is the one line
    to show. Imported only once something failed, so that quick commands stay quick."""
    from pipeline.access.download import DownloadError
    from pipeline.access.load import LoadError
    from pipeline.access.site import SiteError
    from pipeline.evaluation.scoring import GoldError
    from pipeline.extract.documents import SourceError
    from pipeline.publish.index import IndexError_
    from pipeline.publish.licences import HydrateError
    from pipeline.publish.release import PublishError
    from pipeline.publish.versioning import VersionError
    from pipeline.runner import BuildError

    return (
        CommandError,
        SourceError,
        BuildError,
        PublishError,
        HydrateError,
        VersionError,
        SiteError,
        LoadError,
        DownloadError,
        GoldError,
        IndexError_,
    )


def _interruptions() -> tuple[type[BaseException], ...]:
    """Ctrl-C, as Python raises it and as Dagster does inside a run (its own class)."""
    if "dagster" in sys.modules:
        import dagster as dg

        return (KeyboardInterrupt, dg.DagsterExecutionInterruptedError)
    return (KeyboardInterrupt,)


def log_dir() -> Path:
    """``$INTERVIEW_CLAIMS_LOG_DIR``, else ``$XDG_STATE_HOME/interview-claims/logs``, else
    ``~/.local/state/interview-claims/logs``."""
    if os.environ.get(LOG_DIR_ENV):
        return Path(os.environ[LOG_DIR_ENV])
    xdg = os.environ.get("XDG_STATE_HOME")
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "state"
    return root / "interview-claims" / "logs"


def write_log(command: str, details: str) -> str:
    """Save ``details`` in a new log file; its path, or why it could not be saved (a full
    or read-only disk must not hide the one line that says what failed)."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    name = f"{command}-{stamp}-{os.getpid()}.log"
    reasons = []
    import tempfile

    for folder in (log_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(details, encoding="utf-8", errors="backslashreplace")
            return str(path)
        except OSError as err:
            reasons.append(describe_os_error(err))
    return "nowhere (" + "; ".join(reasons) + ")"


class _Capture(io.TextIOBase):
    """Stands in for ``sys.stderr`` during a command: what libraries print there (Dagster's
    step failures with their 80 to 170 lines of stack trace) is kept for the log, and shown
    too with ``--verbose``."""

    def __init__(self, screen: IO[str] | None) -> None:
        self.kept = io.StringIO()
        self.screen = screen

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.kept.write(text)
        if self.screen is not None:
            self.screen.write(text)
        return len(text)

    def flush(self) -> None:
        if self.screen is not None:
            self.screen.flush()


@contextlib.contextmanager
def _captured(verbose: bool) -> Iterator[_Capture]:
    screen = sys.stderr
    capture = _Capture(screen if verbose else None)
    # The project's own warnings (a text read as a monologue, say) are meant for the user:
    # they stay on screen, as Python's last-resort handler showed them before.
    warnings = logging.StreamHandler(screen if not verbose else capture)
    warnings.setLevel(logging.WARNING)
    warnings.setFormatter(logging.Formatter("%(message)s"))
    project = logging.getLogger("pipeline")
    project.addHandler(warnings)
    _SCREEN.append(screen)
    try:
        with contextlib.redirect_stderr(capture):
            yield capture
    finally:
        _SCREEN.pop()
        project.removeHandler(warnings)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Whatever fails ends in one line on stderr and a non-zero exit; stack
    traces and library output go to a log file whose path that line gives."""
    args = parser().parse_args(argv)
    with _captured(args.verbose) as capture:
        try:
            code: int = args.func(args)
        except BaseException as err:  # every failure, Ctrl-C too, becomes one line
            if isinstance(err, SystemExit):
                raise
            return _failed(args, err, capture)
    return code


def _failed(args: argparse.Namespace, err: BaseException, capture: _Capture) -> int:
    command = str(args.command)
    trace = "".join(traceback.format_exception(err))
    if args.verbose:
        _screen().write(trace)
    details = f"interview-claims {command} failed\n\n{capture.kept.getvalue()}\n{trace}"
    if isinstance(err, _interruptions()):
        _err(INTERRUPTED.get(command, "interrupted"))
        return EXIT_INTERRUPTED
    if isinstance(err, _user_errors()):
        message = str(err)
    elif isinstance(err, OSError):
        message = describe_os_error(err)
    else:
        where = write_log(command, details)
        _err(f"internal error: {type(err).__name__}: {err}; details in {where}")
        return EXIT_FAILED
    prefix = FAILED.get(command)
    if prefix:  # the build's own errors may say the second half already
        message = f"{prefix}: {message.removeprefix('nothing was published: ')}"
    if capture.kept.getvalue().strip():  # a library said more than the one line
        message += f" (details in {write_log(command, details)})"
    _err(message)
    return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
