"""The claim browser at scale: a release of N synthetic interviews (1,000 give about 150,000
claims), its site built, and the page driven in headless Chromium over the DevTools protocol
(the tests' driver, ``tests/browser.py``) from a static HTTP host on loopback.

Measured, each over several fresh loads of the page:

- first render: from navigation start to the first page of the list drawn and painted
  (HTML, the embedded manifest parsed, the first claim file loaded), and the bytes a browser
  fetched for it;
- each step, a filter (a choice in a select, a word typed, clearing them) or another step
  (the next page, opening a claim): from the change to the first frame painted after the
  page has drawn its result, the first time (which may load a data file: the entity index,
  the times, a word shard, an id shard) and again (warm); and, of that, the page's own script
  (filtering, loading data files, building the list), as ``window.ICtimings`` records it.

The end of a step is taken in the page: an observer armed before the step sees the page mark
its render done, then waits for the next frame and the task after it (the paint). (Until
2026-12 the driver polled for the render every 20 ms over the DevTools protocol and then
waited for a frame, which added up to a poll interval and a round trip to every figure.)
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from pipeline.access.site import build_site
from pipeline.access.site_data import words
from pipeline.extraction import extract_source
from pipeline.publish.files import read_tables
from pipeline.publish.release import publish
from pipeline.publish.tables import Tables, combine

FILTER = "filter"
OTHER = "other"
STEPS: dict[str, str] = {
    "type = predictive": FILTER,
    "hedged = yes": FILTER,
    "speaker role = interviewee": FILTER,
    "one interview": FILTER,
    "one speaker": FILTER,
    "one entity (the most named)": FILTER,
    "clear the filters": FILTER,
    "search, a word typed": FILTER,
    "search, the most frequent word typed": FILTER,
    "next page": OTHER,
    "open a claim (click)": OTHER,
}
"""Each step measured and what it is: a filter (it changes which claims are listed), or
another step (paging, opening a claim). The targets table reports the slowest of each kind."""

ARM = (
    "(function () { var body = document.body, before = body.getAttribute('data-rendered');"
    " window.__painted = new Promise(function (resolve) {"
    " var seen = new MutationObserver(function () {"
    " if (body.getAttribute('data-rendered') === before) return; seen.disconnect();"
    " requestAnimationFrame(function () { setTimeout(function () {"
    " resolve(performance.now() - window.__t0); }, 0); }); });"
    " seen.observe(body, {attributes: true, attributeFilter: ['data-rendered']}); }); })()"
)
"""Armed before a step: resolves with the time from ``window.__t0`` (set by the step) to the
first frame painted after the page marked its render done."""
PAINTED = "window.__painted"


def _extract(args: tuple[Path, str]) -> Tables:
    return extract_source(*args)


def release(sources: Path, outputs: Path) -> Path:
    """Extract every source (one process per CPU) and publish them as release 1.0.0."""
    ids = sorted(p.stem for p in sources.glob("*.txt"))
    workers = int(os.environ.get("INTERVIEW_CLAIMS_WORKERS", os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(_extract, [(sources, sid) for sid in ids], chunksize=8))
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1704153600")
    published = publish(combine(parts), outputs)
    assert published.path is not None, published.reason
    return published.path


def _choose(selector: str, value: str) -> str:
    return (
        f"(function () {{ var s = document.querySelector('{selector}');"
        f" window.__t0 = performance.now(); s.value = {json.dumps(value)};"
        " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
    )


def _figure(values: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(values), 1), "max_ms": round(max(values), 1)}


def _most_frequent_word(texts: Any) -> str:
    """The word (of three letters or more) that the most claims hold."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({w for w in words(str(text)) if len(w) >= 3})
    return counts.most_common(1)[0][0]


def measure(site: Path, release_dir: Path, repeats: int) -> dict[str, Any]:
    from tests.browser import Browser, static_host

    claims = read_tables(release_dir, ("claims",))["claims"]
    docs = list(dict.fromkeys(claims.source_id))
    doc = docs[len(docs) // 2]
    speaker = str(claims.speaker[claims.source_id == doc].dropna().iloc[0])
    mentions = read_tables(release_dir, ("mentions", "entities"))
    top = mentions["mentions"].entity_id.value_counts().index[0]
    entities = mentions["entities"].set_index("entity_id").name
    actions: list[tuple[str, str]] = [
        ("type = predictive", _choose("#type", "predictive")),
        ("hedged = yes", _choose("#hedged", "yes")),
        ("speaker role = interviewee", _choose("#role", "interviewee")),
        ("one interview", _choose("#doc", doc)),
        ("one speaker", _choose("#speaker", speaker)),
        ("one entity (the most named)", _choose("#entity", str(entities[top]))),
        ("clear the filters", "window.__t0 = performance.now(); location.hash = '#';"),
        (
            "next page",
            "window.__t0 = performance.now(); document.querySelector("
            "'#pager a[rel=next]').click();",
        ),
        (
            "open a claim (click)",
            "window.__t0 = performance.now(); document.querySelector("
            "'#list li:nth-child(7) > a').click();",
        ),
    ]
    # A word the claims do not hold but titles do (its interviews' claims are found), and
    # the word most claims hold (the largest entry of the word index), each completed by
    # its last key.
    frequent = _most_frequent_word(claims.text)
    searches = [
        ("search, a word typed", "inflatio", "n"),
        ("search, the most frequent word typed", frequent[:-1], frequent[-1]),
    ]
    first: list[float] = []
    bytes_first: list[int] = []
    timings: dict[str, dict[str, list[float]]] = {
        a: {"first": [], "again": [], "script": []}
        for a in [*(a for a, _ in actions), *(a for a, _, _ in searches)]
    }
    own_time = "window.ICtimings[window.ICtimings.length - 1].ms"
    with tempfile.TemporaryDirectory() as profile, static_host(site) as host:
        browser = Browser(Path(profile))
        try:
            browser.screen(1280, 900)
            for _ in range(repeats):
                browser.send("Network.enable")
                browser.send("Network.setCacheDisabled", {"cacheDisabled": True})
                browser.open(f"{host}/claims.html")
                first.append(
                    browser.evaluate(
                        "new Promise(function (r) { requestAnimationFrame(function () {"
                        " setTimeout(function () { r(window.ICtimings[0].at); }, 0); }); })"
                    )
                )
                bytes_first.append(
                    int(
                        browser.evaluate(
                            "performance.getEntriesByType('navigation')[0].encodedBodySize +"
                            " performance.getEntriesByType('resource').reduce(function (a, e)"
                            " { return a + e.encodedBodySize; }, 0)"
                        )
                    )
                )
                for round_ in ("first", "again"):
                    for label, script in actions:
                        before = browser.rendered()
                        browser.evaluate(ARM)
                        browser.evaluate(script)
                        browser.settle(before, timeout=60)
                        timings[label][round_].append(browser.evaluate(PAINTED))
                        timings[label]["script"].append(browser.evaluate(own_time))
                    for label, typed, key in searches:
                        before = browser.rendered()
                        browser.evaluate("location.hash = '#'")
                        browser.settle(before)
                        browser.click("#q")
                        browser.evaluate(f"document.getElementById('q').value = {typed!r}")
                        before = browser.rendered()
                        browser.evaluate(ARM)
                        browser.evaluate("window.__t0 = performance.now()")
                        browser.send("Input.dispatchKeyEvent", {"type": "keyDown", "text": key})
                        browser.send("Input.dispatchKeyEvent", {"type": "keyUp"})
                        browser.settle(before, timeout=60)
                        timings[label][round_].append(browser.evaluate(PAINTED))
                        timings[label]["script"].append(browser.evaluate(own_time))
                        browser.evaluate("document.getElementById('q').value = ''")
                browser.problems()
        finally:
            browser.close()
    data = site / "v" / "1.0.0" / "data"
    sizes = {p.name: p.stat().st_size for p in data.iterdir()}
    words = [s for name, s in sizes.items() if name.startswith("w-")]
    return {
        "first_render": _figure(first),
        "first_render_bytes": max(bytes_first),
        "filters": {
            label: {
                "kind": STEPS[label],
                "first": _figure(t["first"]),
                "again": _figure(t["again"]),
                "script": _figure(t["script"]),
            }
            for label, t in timings.items()
        },
        "page_bytes": (site / "claims.html").stat().st_size,
        "data_files": len(sizes),
        "data_bytes": sum(sizes.values()),
        "largest_claim_file": max(s for n, s in sizes.items() if n.startswith("c")),
        "largest_word_shard": max(words),
        "entities_bytes": sizes["entities.js"],
        "times_bytes": sizes["times.js"],
    }


def _load_average() -> list[float]:
    """The machine's load average over 1, 5 and 15 minutes (the figures depend on it)."""
    return [round(x, 2) for x in os.getloadavg()]


def site_figures(corpus: Path, scratch: Path, repeats: int) -> dict[str, Any]:
    outputs = scratch / "site-outputs"
    started = time.perf_counter()
    ids = sorted(p.stem for p in corpus.glob("*.txt"))
    kept = outputs / "releases" / "1.0.0"
    extracted: float | None = None
    if kept.is_dir() and list(read_tables(kept, ("documents",))["documents"].source_id) == ids:
        release_dir = kept  # this corpus's release from an earlier run in the same scratch
    else:
        shutil.rmtree(outputs, ignore_errors=True)
        release_dir = release(corpus, outputs)
        extracted = round(time.perf_counter() - started, 1)
    claims = read_tables(release_dir, ("claims",))["claims"]
    started = time.perf_counter()
    build_site(outputs, scratch / "site")
    built = time.perf_counter() - started
    before = _load_average()
    figures = measure(scratch / "site", release_dir, repeats)
    return {
        "load_average": {"before": before, "after": _load_average(), "cpus": os.cpu_count()},
        "interviews": len(set(claims.source_id)),
        "claims": len(claims),
        "release_s": extracted,
        "site_build_s": round(built, 1),
        **figures,
    }
