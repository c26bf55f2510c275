"""Run the benchmarks and write their figures to ``benchmarks/RESULTS.md``.

    python -m benchmarks.run                  # everything (N = 1, 10, 100, 1,000)
    python -m benchmarks.run --quick          # smoke test: N = 1 and 10, short throughput
    python -m benchmarks.run --only throughput|build|rebuild|overhead|site

Each benchmark stores its figures (with the machine, date and command) in ``results.json``
next to the results file and the Markdown is rendered from all stored figures, so one
benchmark can be rerun alone without losing the others.

- ``throughput``: the rule extractor (segmentation and claim extraction, warm, process time
  of this one process: one core) in words per second, and a blank spaCy pipeline with only a
  sentencizer over the same texts in the same run, as a ratio.
- ``build``: ``interview-claims build`` in a subprocess on a fresh ``DAGSTER_HOME`` and
  outputs folder; wall time, CPU time (with its worker processes) and peak resident memory
  (of the build and its worker processes together, sampled).
- ``rebuild``: on the largest corpus just built, a build after editing one interview, then a
  build with nothing changed.
- ``overhead``: the same job shape with trivial assets (``benchmarks/trivial.py``), full and
  with nothing changed, so the pipeline's own cost can be told apart.
- ``site``: the claim browser of a release of the largest corpus in headless Chromium: first
  render and each filter, in milliseconds, and the bytes a first view fetches
  (``benchmarks/site.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SEED = 1
SECTIONS = ("throughput", "build", "rebuild", "overhead", "site")
GIB = 1024**3
MIB = 1024**2


def _commit() -> str:
    """The commit measured, with "+ changes" when the working tree differs from it."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "pipeline", "schemas")
    return f"{commit} + changes" if dirty else commit


def machine() -> dict[str, Any]:
    memory = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    return {
        "code": _commit(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "memory_gib": round(memory / GIB, 1),
        "load_average": _load(),
    }


def _load() -> list[float]:
    """The 1, 5 and 15 minute load averages: the machine is shared, and another process's
    work slows a build that needs both cores."""
    return [round(x, 2) for x in os.getloadavg()]


# --- throughput ------------------------------------------------------------------------


def throughput(corpus: Path, real: Path, seconds: float) -> dict[str, Any]:
    """Words per second of the extractor (with the claim model and with the rules alone) and
    of a blank spaCy sentencizer on the generated corpus, each warmed up once, then repeated
    until ``seconds`` of process time have passed; and the extractor's rates on ``real``, the
    published interviews of the repository's own ``sources/``, because the generated texts are
    denser in numbers, dates and names than real ones and the target is set on real text."""
    figures = _rates(corpus, seconds, with_spacy=True)
    figures["real"] = _rates(real, seconds, with_spacy=False)
    return figures


def _rates(corpus: Path, seconds: float, *, with_spacy: bool) -> dict[str, Any]:
    from pipeline.extract import classifier
    from pipeline.extract.documents import read_source, source_ids
    from pipeline.extract.passages import segment
    from pipeline.extraction import DEFAULT_EXTRACTOR

    documents = [read_source(corpus, source_id) for source_id in source_ids(corpus)]
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)

    def extract() -> None:
        for document in documents:
            DEFAULT_EXTRACTOR.extract(document, segment(document))

    def timed(work: Callable[[], None]) -> float:
        work()  # warm: lexicons loaded, caches filled, regexes compiled
        rounds, start = 0, time.process_time()
        while True:
            work()
            rounds += 1
            elapsed = time.process_time() - start
            if elapsed >= seconds:
                return rounds * words / elapsed

    extractor = timed(extract)
    with classifier.using(None):  # the rules alone: what the claim model costs
        rules = timed(extract)
    figures: dict[str, Any] = {
        "interviews": len(texts),
        "words": words,
        "extractor_words_per_s": round(extractor),
        "rules_only_words_per_s": round(rules),
        "claim_model": classifier.packaged() is not None,
    }
    if not with_spacy:
        return figures
    try:
        import spacy
    except ImportError:  # the bench dependency group is not installed: extractor figures only
        return {**figures, "spacy_words_per_s": None, "ratio": None, "spacy": "not installed"}
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def sentencize() -> None:
        for doc in nlp.pipe(texts):
            for _ in doc.sents:
                pass

    spacy_rate = timed(sentencize)
    return {
        **figures,
        "spacy_words_per_s": round(spacy_rate),
        "ratio": round(spacy_rate / extractor, 2),
        "spacy": spacy.__version__,
    }


# --- builds ----------------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Memory of a process and all its descendants right now (0 once it is gone): the sum
    of their proportional set sizes, so that pages a forked child shares with its parent
    are counted once, not twice."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for process in processes:
        with contextlib.suppress(psutil.Error):
            total += process.memory_full_info().pss
    return total


def _run(command: Sequence[str], env: dict[str, str]) -> dict[str, Any]:
    """Wall time, CPU time and peak memory of one subprocess with its worker processes.

    Peak memory is the largest total memory of the process and its descendants, sampled
    every 0.1 s (``ru_maxrss`` alone gives the largest single process, which undercounts a
    build that extracts in several processes at once)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    peak = 0
    finished = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not finished.wait(0.1):
            peak = max(peak, _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    finished.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        tail = output.decode(errors="replace")[-3000:]
        raise RuntimeError(f"{shlex.join(command)} failed ({process.returncode}):\n{tail}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),  # with the waited-for workers
        "peak_rss_mib": round(max(peak, usage.ru_maxrss * 1024) / MIB, 1),  # Linux: KiB
    }


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "DAGSTER_HOME": str(home), "PYTHONWARNINGS": "ignore"}


def _build(sources: Path, work: Path, rules_only: bool = False) -> dict[str, Any]:
    """``interview-claims build`` in a subprocess; ``rules_only``: without the claim model
    (the classifier's benchmark switch), to show what the model costs in the same run."""
    from pipeline.extract.classifier import RULES_ONLY_ENV

    command = [sys.executable, "-m", "pipeline.cli", "build"]
    env = _env(work / "dagster_home")
    env.pop(RULES_ONLY_ENV, None)
    if rules_only:
        env[RULES_ONLY_ENV] = "1"
    return _run([*command, "--sources", str(sources), "--outputs", str(work / "outputs")],
                env)  # fmt: skip


def _trivial(sources: Path, home: Path) -> dict[str, Any]:
    return _run([sys.executable, "-m", "benchmarks.trivial", "--sources", str(sources)],
                _env(home))  # fmt: skip


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def _corpus(scratch: Path, n: int) -> Path:
    """The first ``n`` interviews of the seed's corpus (a prefix: same seed, same stream)."""
    folder = scratch / f"corpus-{n}"
    if not folder.is_dir():
        generate(n, SEED, folder)
    return folder


def builds(scratch: Path, sizes: Sequence[int], rules_alone: Sequence[int]) -> dict[str, Any]:
    """A build of each size, and beside it a rules-alone build of each size in ``rules_alone``
    (the quick run compares only its largest size: the comparison needs one, not two)."""
    rows = []
    for n in sizes:
        corpus = _corpus(scratch, n)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
        row = {"interviews": n, "words": words, **_build(corpus, _fresh(scratch / f"build-{n}"))}
        if n in rules_alone:
            folder = _fresh(scratch / f"build-{n}-rules-only")
            row["rules_only"] = _build(corpus, folder, rules_only=True)
        rows.append(row)
        print(f"  build N={n}: {row}", file=sys.stderr, flush=True)
    return {"rows": rows}


def rebuilds(scratch: Path, n: int) -> dict[str, Any]:
    """On the corpus of ``n`` built by :func:`builds` (built here if missing)."""
    corpus = _corpus(scratch, n)
    work = scratch / f"build-{n}"
    if not (work / "outputs").is_dir():
        _build(corpus, _fresh(work))
    texts = sorted(corpus.glob("*.txt"))
    edited = texts[len(texts) // 2]
    original = edited.read_text(encoding="utf-8")
    try:
        edited.write_text(
            original.rstrip("\n") + "\n\nThe budget grew by 12% in 2021, and I think it will "
            "grow again next year.\n",
            encoding="utf-8",
        )
        one = _build(corpus, work)
    finally:
        edited.write_text(original, encoding="utf-8")
    _build(corpus, work)  # back to the original text
    nothing = _build(corpus, work)
    return {"interviews": n, "edited": edited.stem, "one_edited": one, "nothing_changed": nothing}


def overhead(scratch: Path, n: int) -> dict[str, Any]:
    corpus = _corpus(scratch, n)
    home = _fresh(scratch / f"trivial-{n}")
    full = _trivial(corpus, home)
    nothing = _trivial(corpus, home)
    return {"interviews": n, "full": full, "nothing_changed": nothing}


# --- results ---------------------------------------------------------------------------


def _targets(figures: dict[str, Any]) -> list[tuple[str, str, str, bool | None]]:
    """(measure, target, measured, met) for every target the stored figures speak to."""
    rows: list[tuple[str, str, str, bool | None]] = []
    t = figures.get("throughput", {}).get("figures")
    if t:
        rate = t["extractor_words_per_s"]
        rows.append(("extractor throughput, one core", "≥ 100,000 words/s", f"{rate:,} words/s",
                     rate >= 100_000))  # fmt: skip
        real = t.get("real")
        if t.get("claim_model") and real:
            real_rate = real["extractor_words_per_s"]
            rows.append(("extractor with the claim model, one core, real interviews (sources/)",
                         "≥ 25,000 words/s", f"{real_rate:,} words/s",
                         real_rate >= 25_000))  # fmt: skip
        if t.get("claim_model"):
            rows.append(("the same on the generated corpus (denser in numbers and names)",
                         "≥ 25,000 words/s", f"{rate:,} words/s", rate >= 25_000))  # fmt: skip
        if t["spacy_words_per_s"]:  # None: spaCy (the bench group) is not installed
            ratio = t["spacy_words_per_s"] / rate
            rows.append(("extractor time / blank-spaCy sentencizer time", "≤ 1.5",
                         f"{ratio:.2f}", ratio <= 1.5))  # fmt: skip
    b = figures.get("build", {}).get("figures")
    if b:
        by_n = {row["interviews"]: row for row in b["rows"]}
        big = by_n.get(1000)
        if big:
            rows.append(("full build, 1,000 interviews", "≤ 120 s", f"{big['wall_s']} s",
                         big["wall_s"] <= 120))  # fmt: skip
            peak = big["peak_rss_mib"]
            rows.append(("peak memory, full build of 1,000", "≤ 2 GiB", f"{peak:,.0f} MiB",
                         peak <= 2048))  # fmt: skip
        if 100 in by_n and 1000 in by_n:
            growth = by_n[1000]["wall_s"] / by_n[100]["wall_s"]
            rows.append(("growth of build time, 100 → 1,000", "≤ 10× (linear)",
                         f"{growth:.1f}×", growth <= 10))  # fmt: skip
    r = figures.get("rebuild", {}).get("figures")
    if r:
        one = r["one_edited"]["wall_s"]
        rows.append((f"rebuild after editing one of {r['interviews']:,}", "≤ 15 s", f"{one} s",
                     one <= 15 if r["interviews"] >= 1000 else None))  # fmt: skip
        o = figures.get("overhead", {}).get("figures")
        nothing = r["nothing_changed"]["wall_s"]
        if o and o["interviews"] == r["interviews"]:
            limit = o["nothing_changed"]["wall_s"] + 2
            rows.append(("rebuild when nothing changed", f"≤ Dagster overhead + 2 s "
                         f"= {limit:.1f} s", f"{nothing} s", nothing <= limit))  # fmt: skip
    s = figures.get("site", {}).get("figures")
    if s:
        big = s["claims"] >= 100_000
        first = s["first_render"]["max_ms"]
        rows.append((f"claim browser, first render ({s['claims']:,} claims)", "< 1 s",
                     f"{first:,.0f} ms", first < 1000 if big else None))  # fmt: skip
        # The slowest single run of each kind of step, first (a data file's first load) or
        # again: the filters, and the other steps (the next page, opening a claim).
        for kind, what in (("filter", "slowest filter"), ("other", "slowest other step")):
            steps = {label: f for label, f in s["filters"].items() if _kind(label, f) == kind}
            if not steps:
                continue
            label, worst = max(
                ((label, f[r]["max_ms"]) for label, f in steps.items() for r in ("first", "again")),
                key=lambda pair: pair[1],
            )
            rows.append((f"claim browser, {what} ({s['claims']:,} claims; {label})", "< 100 ms",
                         f"{worst:,.0f} ms", worst < 100 if big else None))  # fmt: skip
    return rows


def _kind(label: str, figures: dict[str, Any]) -> str:
    """A site step's kind as ``benchmarks/site.py`` declares it; figures stored before steps
    had one: the next page and opening a claim are the steps that are not filters."""
    if "kind" in figures:
        return str(figures["kind"])
    return "other" if label in ("next page", "open a claim (click)") else "filter"


def _site_load(figures: dict[str, Any]) -> str:
    """The machine's load average around a site run, where it was recorded."""
    load = figures.get("load_average")
    if not load:
        return ""
    return (f" Load average (1, 5, 15 min) before the run {load['before']}, "
            f"after it {load['after']} ({load['cpus']} CPUs).")  # fmt: skip


def _thousands(value: int | None) -> str:
    return f"{value:,}" if value else "n/a"


def render(figures: dict[str, Any], notes: str) -> str:
    out = ["# Benchmarks", "",
           "Written by `python -m benchmarks.run` (`make bench`); do not edit by hand except the "
           "notes at the end, which are kept from `benchmarks/NOTES.md`.", ""]  # fmt: skip
    out += ["## Targets", "", "| measure | target | measured | met |", "| --- | --- | --- | --- |"]
    for measure, target, measured, met in _targets(figures):
        mark = {True: "yes", False: "**no**", None: "n/a (quick run)"}[met]
        out.append(f"| {measure} | {target} | {measured} | {mark} |")
    out.append("")
    for name in SECTIONS:
        entry = figures.get(name)
        out += [f"## {name.capitalize()}", ""]
        if not entry:
            out += ["not measured yet", ""]
            continue
        m = entry["machine"]
        out += [f"- command: `{entry['command']}`", f"- date: {entry['date']}",
                f"- code: {m.get('code', 'not recorded')}",
                f"- machine: {m['platform']}, {m['processor']}, {m['cpus']} CPUs, "
                f"{m['memory_gib']} GiB, Python {m['python']}"]  # fmt: skip
        if "load_average" in m:
            out.append(f"- load average (1, 5, 15 min): before {entry.get('load_before', 'n/a')},"
                       f" after {m['load_average']}")  # fmt: skip
        out.append("")
        f = entry["figures"]
        if name == "throughput":
            out += ["| measure | value |", "| --- | --- |",
                    f"| interviews / words | {f['interviews']} / {f['words']:,} |",
                    f"| extractor (segment + claims), words/s | {f['extractor_words_per_s']:,} |",
                    f"| the same, rules alone (no claim model), words/s | "
                    f"{_thousands(f.get('rules_only_words_per_s'))} |",
                    f"| blank spaCy ({f['spacy']}) sentencizer, words/s | "
                    f"{_thousands(f['spacy_words_per_s'])} |",
                    f"| extractor time / sentencizer time | {f['ratio']} |"]  # fmt: skip
            if "real" in f:
                r = f["real"]
                out += ["", "The same extractor on the real interviews of `sources/`:", "",
                        "| measure | value |", "| --- | --- |",
                        f"| interviews / words | {r['interviews']} / {r['words']:,} |",
                        f"| extractor (segment + claims), words/s | "
                        f"{r['extractor_words_per_s']:,} |",
                        f"| the same, rules alone (no claim model), words/s | "
                        f"{_thousands(r.get('rules_only_words_per_s'))} |"]  # fmt: skip
        elif name == "site":
            made = (
                f"release extracted and published in {f['release_s']} s"
                if f["release_s"] is not None
                else "release reused from the scratch folder"
            )
            out += [f"{f['interviews']:,} interviews, {f['claims']:,} claims; {made}, "
                    f"site built in {f['site_build_s']} s. "
                    "Times from the change to the list redrawn and painted, over fresh loads "
                    "of the page (median / slowest); \"first\" may load a data file, "
                    "\"again\" repeats the step." + _site_load(f), "",
                    "| step | kind | first: median / max ms | again: median / max ms | "
                    "script alone: median / max ms |",
                    "| --- | --- | --- | --- | --- |",
                    "| first render (navigation start to list painted) | | "
                    f"{f['first_render']['median_ms']} / "
                    f"{f['first_render']['max_ms']} | | |"]  # fmt: skip
            for label, t in f["filters"].items():
                out.append(f"| {label} | {_kind(label, t)} | "
                           f"{t['first']['median_ms']} / {t['first']['max_ms']} | "
                           f"{t['again']['median_ms']} / {t['again']['max_ms']} | "
                           f"{t['script']['median_ms']} / {t['script']['max_ms']} |")  # fmt: skip
            out += ["", "| what the browser downloads | bytes |", "| --- | --- |",
                    f"| first view, everything fetched | {f['first_render_bytes']:,} |",
                    f"| claims.html (with the manifest) | {f['page_bytes']:,} |",
                    f"| largest claim file (of {f['data_files']:,} data files, "
                    f"{f['data_bytes']:,} bytes in all) | {f['largest_claim_file']:,} |",
                    f"| largest word shard | {f['largest_word_shard']:,} |",
                    f"| entity index / times (loaded on first use) | {f['entities_bytes']:,} / "
                    f"{f['times_bytes']:,} |"]  # fmt: skip
        elif name == "build":
            out += ["The extractor with the claim model (as published), and beside it, in the "
                    "same run, the rules alone (`INTERVIEW_CLAIMS_RULES_ONLY=1`).", "",
                    "| interviews | words | wall s | CPU s | peak MiB | wall s / interview "
                    "| rules alone: wall s | rules alone: CPU s |",
                    "| --- | --- | --- | --- | --- | --- | --- | --- |"]  # fmt: skip
            for row in f["rows"]:
                per = row["wall_s"] / row["interviews"]
                rules = row.get("rules_only") or {}
                alone = f"{rules.get('wall_s', 'n/a')} | {rules.get('cpu_s', 'n/a')}"
                out.append(f"| {row['interviews']:,} | {row['words']:,} | {row['wall_s']} | "
                           f"{row['cpu_s']} | {row['peak_rss_mib']:,} | {per:.3f} | "
                           f"{alone} |")  # fmt: skip
        else:
            cases = ("one_edited", "nothing_changed") if name == "rebuild" else (
                "full", "nothing_changed")  # fmt: skip
            out += [f"{f['interviews']:,} interviews"
                    + (f", edited `{f['edited']}`" if name == "rebuild" else ""), "",
                    "| case | wall s | CPU s | peak MiB |",
                    "| --- | --- | --- | --- |"]  # fmt: skip
            for case in cases:
                c = f[case]
                out.append(f"| {case.replace('_', ' ')} | {c['wall_s']} | {c['cpu_s']} | "
                           f"{c['peak_rss_mib']:,} |")  # fmt: skip
        out.append("")
    if notes.strip():
        out += ["## Notes", "", notes.strip(), ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="N = 1 and 10, short throughput")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="repeatable")
    parser.add_argument("--results", type=Path, default=RESULTS, help="the Markdown to write")
    parser.add_argument("--scratch", type=Path, help="work folder (default: a temporary one)")
    args = parser.parse_args(argv)
    sizes = (1, 10) if args.quick else (1, 10, 100, 1000)
    store = args.results.with_suffix(".json")
    figures: dict[str, Any] = json.loads(store.read_text()) if store.is_file() else {}
    command = "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:])
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="interview-claims-bench-"))
    try:
        for name in args.only or SECTIONS:
            print(f"benchmark {name} ...", file=sys.stderr, flush=True)
            load_before = _load()
            if name == "throughput":
                result = throughput(_corpus(scratch, 5 if args.quick else 50), ROOT / "sources",
                                    0.5 if args.quick else 10.0)  # fmt: skip
            elif name == "build":
                result = builds(scratch, sizes, sizes[-1:] if args.quick else sizes)
            elif name == "rebuild":
                result = rebuilds(scratch, sizes[-1])
            elif name == "site":
                from benchmarks.site import site_figures

                result = site_figures(_corpus(scratch, sizes[-1]), scratch, 1 if args.quick else 5)
            else:
                result = overhead(scratch, sizes[-1])
            figures[name] = {
                "command": command.strip(),
                "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                "machine": machine(),
                "load_before": load_before,
                "figures": result,
            }
            print(f"  {name}: {json.dumps(result)}", file=sys.stderr, flush=True)
            store.write_text(json.dumps(figures, indent=2) + "\n")
            notes_file = ROOT / "benchmarks" / "NOTES.md"
            notes = notes_file.read_text(encoding="utf-8") if notes_file.is_file() else ""
            args.results.write_text(render(figures, notes), encoding="utf-8")
    finally:
        if args.scratch is None:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"wrote {args.results}", file=sys.stderr)


if __name__ == "__main__":
    main()
