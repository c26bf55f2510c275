"""A static web site for every release: a landing page (dataset card, downloads with sizes
and checksums, a ready citation) and a claim browser. No server code and no external
assets; every text is escaped here or inserted by the browser with ``textContent``."""

from __future__ import annotations

import html
import os
import re
import shutil
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.access.download import DownloadError, refuse_symlinks
from pipeline.access.site_charts import Counts, summary_height, summary_svg, summary_tables
from pipeline.access.site_data import ReleaseData, embed
from pipeline.publish.citation import format_citation
from pipeline.publish.files import sha256_file
from pipeline.publish.index import read_index
from pipeline.publish.layout import FORMATS, table_path
from pipeline.publish.targets import UnsafeTarget, refuse_inside_release, refuse_overlap
from pipeline.publish.verify import read_checksums, verify_checksums
from schemas import table

ASSETS = ("app.js", "style.css")
PAGES = ("index.html", "claims.html")
# Only the site's own script, style and image files; no inline code. base-uri and
# form-action do not fall back to default-src, so they are closed explicitly: an injected
# <base> could otherwise point "app.js" at another host.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)


class SiteError(RuntimeError):
    """A site that cannot be built; the message says why."""


def _page(title: str, body: str, *, up: str = "", styles: Iterable[str] = ()) -> str:
    """A page of the site; ``up`` leads from its folder to the site's root."""
    links = "".join(
        f'<link rel="stylesheet" href="{html.escape(href)}">\n'
        for href in (f"{up}style.css", *styles)
    )
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"{links}</head>\n<body>\n"
        f"{body}\n"
        f'<script src="{html.escape(up)}app.js"></script>\n</body>\n</html>\n'
    )


# --- a tiny, safe Markdown subset: headings, paragraphs, lists, tables, code ----------------

_INLINE_CODE = re.compile(r"`([^`]+)`")


def _inline(text: str) -> str:
    """Escaped text with `code` spans; nothing else is interpreted."""
    parts = _INLINE_CODE.split(text)
    return "".join(
        f"<code>{html.escape(part)}</code>" if i % 2 else html.escape(part)
        for i, part in enumerate(parts)
    )


def _table(rows: list[str]) -> str:
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    head, body = cells[0], [r for r in cells[1:] if not all(set(c) <= set("-: ") for c in r)]
    out = [
        '<div class="scroll"><table>',
        "<thead><tr>",
        *(f"<th>{_inline(c)}</th>" for c in head),
        "</tr></thead>",
    ]
    out.append("<tbody>")
    for row in body:
        out.append("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def markdown_to_html(text: str) -> str:
    """Render the dataset card's Markdown subset; all text is HTML-escaped."""
    if text.startswith("---\n"):  # YAML front matter is for the Hugging Face hub, not people
        end = text.find("\n---\n", 4)
        text = text[end + 5 :] if end != -1 else text
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            block = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                block.append(lines[i])
                i += 1
            out.append(f"<pre><code>{html.escape(chr(10).join(block))}</code></pre>")
            i += 1
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", line)
        if heading:
            level = min(len(heading.group(1)) + 1, 6)  # the page title is the only h1
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
            i += 1
            continue
        if not line.strip():
            i += 1
            continue
        group = []
        kind = "table" if line.lstrip().startswith("|") else "list" if line[:2] == "- " else "p"
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(("#", "```")):
            if kind == "table" and not lines[i].lstrip().startswith("|"):
                break
            group.append(lines[i])
            i += 1
        if kind == "table":
            out.append(_table(group))
        elif kind == "list":
            items = [g[2:] for g in group if g.startswith("- ")]
            out.append("<ul>" + "".join(f"<li>{_inline(x)}</li>" for x in items) + "</ul>")
        else:
            out.append(f"<p>{_inline(' '.join(group))}</p>")
    return "\n".join(out)


# --- pages ------------------------------------------------------------------------------------


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.1f} KB" if n < 1 << 20 else f"{n / 2**20:.1f} MB"


def _files_table(version: str, site_release: Path, up: str) -> str:
    """Every file of a release with its size and checksum; SHA256SUMS shows its own."""
    entries, _ = read_checksums(site_release)
    rows = []
    for name in ["SHA256SUMS", *sorted(entries)]:
        href = html.escape(f"{up}releases/{version}/{name}")
        size = _size((site_release / name).stat().st_size)
        digest = entries.get(name) or sha256_file(site_release / name)
        rows.append(
            f'<tr><td><a href="{href}">{html.escape(name)}</a></td><td>{size}</td>'
            f'<td><code class="hash">{html.escape(digest)}</code></td></tr>'
        )
    return (
        '<div class="scroll"><table class="files"><thead>'
        "<tr><th>file</th><th>size</th><th>sha256</th></tr></thead>"
        "<tbody>" + "".join(rows) + "</tbody></table></div>"
    )


def _citation(version: str, date: str) -> str:
    bibtex = format_citation(version, date, "bibtex")
    apa = format_citation(version, date, "apa")
    return (
        '<section id="cite"><h2>Cite this release</h2>\n'
        '<p>APA <button type="button" class="copy" data-copy="apa">Copy</button></p>\n'
        f'<pre id="apa">{html.escape(apa)}</pre>\n'
        '<p>BibTeX <button type="button" class="copy" data-copy="bibtex">Copy</button></p>\n'
        f'<pre id="bibtex">{html.escape(bibtex)}</pre>\n'
        "<p>To cite one claim, open it in the claim browser: it gives the claim's permanent "
        "link and its citation (this release plus its <code>claim_id</code>).</p></section>"
    )


def _interviews_table(data: ReleaseData, browser: str) -> str:
    rows = []
    for doc in data.interviews():
        link = html.escape(f"{browser}#doc={doc['source_id']}")
        cells = [
            f'<a href="{link}">{html.escape(str(doc["title"]))}</a>',
            *(
                html.escape(str(doc[f] or "—"))
                for f in ("interviewee", "interviewer", "interview_date", "publisher", "license")
            ),
            f"{doc['claims']:,}",
            f"{doc['by_interviewee']:,}",
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (
        f'<section id="interviews"><h2>Interviews ({len(rows):,})</h2>\n'
        '<div class="scroll"><table class="interviews"><thead><tr><th>title</th>'
        "<th>interviewee</th><th>interviewer</th><th>date</th><th>publisher</th>"
        "<th>licence</th><th>claims</th><th>by the interviewee</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div></section>"
    )


AGREEMENT_COLUMNS = (
    ("claims_f1", "claims F1"),
    ("speaker_role_accuracy", "speaker role accuracy"),
    ("claim_type_accuracy", "type accuracy"),
    ("hedged_f1", "hedged F1"),
    ("quantities_f1", "quantities F1"),
    ("times_f1", "times F1"),
    ("entities_f1", "entities F1"),
)
"""The measures of ``annotation_agreement`` as the release page heads them."""


def _figure(value: Any) -> str:
    """An agreement figure (0 to 1, three places), or a dash where it is undefined."""
    if value is None or value != value:
        return "—"
    return f"{float(value):.3f}"


def _benchmark(data: ReleaseData, version: str, site_release: Path, up: str, browser: str) -> str:
    """The release's gold (from 2.1.0): what it is, how many gold claims per split, each
    annotation pass's agreement with it per interview, and the tables to download. Empty for
    a release without the benchmark tables."""
    bench = data.benchmark()
    if bench is None:
        return ""
    codebook = ", ".join(bench["codebook"]) or "—"
    titles = {str(d["source_id"]): str(d["title"]) for d in data.interviews()}
    downloads = []
    for name in ("annotations", "annotation_agreement"):
        links = []
        for fmt in FORMATS:
            path = table_path(site_release, name, fmt)
            if path.is_file():
                href = f"{up}releases/{version}/{path.relative_to(site_release).as_posix()}"
                links.append(
                    f'<a href="{html.escape(href)}">{fmt.upper() if fmt == "csv" else "Parquet"}'
                    f"</a> ({_size(path.stat().st_size)})"
                )
        downloads.append(f"<li><code>{name}</code>: " + " · ".join(links) + "</li>")
    parts = [
        '<section id="benchmark"><h2>Benchmark: the gold claims</h2>\n',
        f"<p>Beside the claims its extractor found, release {html.escape(version)} publishes "
        f"the <strong>gold</strong>: {bench['gold']:,} claims that people marked by hand in "
        "the interviews of this release that belong to the project's annotated corpus, "
        "following the codebook (version "
        f'{html.escape(codebook)}, <a href="{html.escape(f"{up}releases/{version}/codebook.md")}">'
        "codebook.md</a>). Each interview was annotated twice, independently (passes "
        "<code>a</code> and <code>b</code>), and the two passes adjudicated into the gold: "
        "its spans (offsets into <code>documents.text</code>, like the claims'), speaker "
        "roles, types, hedging, quantities, times and entities. It is a benchmark for claim "
        "extraction: report figures on the <code>test</code> split, since the extractor's "
        "rules and model were tuned on <code>dev</code> and <code>reference</code>.</p>\n",
    ]
    if bench["splits"]:
        rows = "".join(
            f'<tr><th scope="row">{html.escape(str(row["split"]))}</th>'
            f"<td>{row['interviews']:,}</td><td>{row['gold']:,}</td>"
            f"<td>{row['claims']:,}</td><td>{row['matched']:,}</td></tr>"
            for row in bench["splits"]
        )
        parts.append(
            '<div class="scroll"><table class="gold-splits"><caption>Gold claims by split'
            "</caption><thead><tr><th>split</th><th>interviews</th><th>gold claims</th>"
            "<th>claims of this release in them</th><th>gold claims an extracted claim "
            "matches</th></tr></thead><tbody>" + rows + "</tbody></table></div>\n"
            "<p>An extracted claim matches a gold claim as the project's scorer counts it: one "
            "to one, best overlap first, where the two spans' intersection is at least half "
            "their union. In the claim browser, choose an interview and "
            f'<a href="{html.escape(browser)}#gold=1">compare it with its gold</a>.</p>\n'
        )
    else:
        parts.append("<p>No interview of this release is in the annotated corpus.</p>\n")
    agreement = data.agreement
    if agreement is not None and not agreement.empty:
        head = "".join(f"<th>{html.escape(label)}</th>" for _, label in AGREEMENT_COLUMNS)
        body = []
        for row in agreement.to_dict("records"):
            source_id = str(row["source_id"])
            link = html.escape(f"{browser}#doc={source_id}&gold=1")
            title = html.escape(titles.get(source_id, source_id))
            body.append(
                f'<tr><td><a href="{link}">{title}</a></td>'
                f"<td>{html.escape(str(row['annotation_pass']))}</td>"
                + "".join(f"<td>{_figure(row[c])}</td>" for c, _ in AGREEMENT_COLUMNS)
                + "</tr>"
            )
        means = []
        for passed, group in agreement.groupby("annotation_pass", sort=True):
            cells = "".join(
                f"<td>{_figure(group[c].astype(float).mean())}</td>" for c, _ in AGREEMENT_COLUMNS
            )
            means.append(
                '<tr><th scope="row">mean over interviews</th>'
                f"<td>{html.escape(str(passed))}</td>{cells}</tr>"
            )
        parts.append(
            "<p>How far each pass agreed with the adjudicated gold, scored as if it were an "
            "extractor's output by the same scorer (F1 and accuracy from 0 to 1; accuracies "
            "over the matched claims; a dash where there is nothing to compare). These "
            "figures bound what an extractor can be expected to reach.</p>\n"
            '<div class="scroll"><table class="agreement"><caption>Agreement of each '
            "annotation pass with the gold, per interview</caption><thead><tr>"
            f"<th>interview</th><th>pass</th>{head}</tr></thead><tbody>"
            + "".join(body)
            + "</tbody><tfoot>"
            + "".join(means)
            + "</tfoot></table></div>\n"
        )
    parts.append(
        "<p>Download the gold and the agreement (the same rows in both formats; their "
        'checksums are in the <a href="#download">file list</a> above):</p>\n<ul>'
        + "".join(downloads)
        + "</ul></section>"
    )
    return "".join(parts)


def _charts(data: ReleaseData, counts: Counts, label: str) -> str:
    total = f"{len(data.claims):,} claims from {len(data.documents):,} interviews"
    summary = "; ".join(
        f"{key}: " + ", ".join(f"{k} {n:,}" for k, n in counts[key])
        for key in ("type", "role", "hedged")
    )
    return (
        f'<section id="overview"><h2>The claims at a glance</h2>\n<p>{html.escape(total)}.</p>\n'
        f'<figure><div class="chart chart-all" role="img" aria-label="{html.escape(summary)}">'
        f"</div><figcaption>{html.escape(label)}; the numbers are in the tables below."
        "</figcaption></figure>\n"
        f'<details><summary>The numbers</summary><div class="counts">{summary_tables(counts)}'
        "</div></details></section>"
    )


def release_page(
    entries: list[dict[str, Any]], entry: dict[str, Any], data: ReleaseData, site_dir: Path,
    *, root: bool,
) -> str:  # fmt: skip
    """The root page (the newest release, every release listed) or one release's own page
    (with its dataset card and changelog as HTML)."""
    version, date = str(entry["version"]), str(entry["date"])
    up = "" if root else "../../"
    here = f"v/{version}/" if root else ""
    browser = "claims.html"
    site_release = site_dir / "releases" / version
    newest = str(entries[0]["version"])
    counts = data.counts()
    latest = " (latest)" if version == newest else ""
    nav = [
        f'<a href="{html.escape(browser)}">Browse the {len(data.claims):,} claims</a>',
        '<a href="#download">Download</a>',
        '<a href="#cite">Cite</a>',
        '<a href="#interviews">Interviews</a>',
        '<a href="#overview">At a glance</a>',
    ]
    benchmark = _benchmark(data, version, site_release, up, browser)
    if benchmark:
        nav.append('<a href="#benchmark">Benchmark</a>')
    if root:
        nav += [
            '<a href="#releases">All releases</a>',
            '<a href="#card">Dataset card</a>',
        ]
    else:
        nav += [
            '<a href="#changelog">Changelog</a>',
            '<a href="#card">Dataset card</a>',
            f'<a href="{up}index.html">All releases</a>',
        ]
    parts = [
        "<header><h1>Interview Claims</h1>\n"
        f"<p>Release {html.escape(version)}{latest}, {html.escape(date)}</p>\n"
        "<nav>" + " · ".join(nav) + "</nav></header>\n<main>",
        '<section id="download"><h2>Download</h2>\n'
        f"<p>Every file of release {html.escape(version)}, with its SHA-256 checksum "
        f"(also in <code>SHA256SUMS</code>). Content hash "
        f"<code>{html.escape(str(entry.get('content_hash', '')))}</code>.</p>\n"
        + _files_table(version, site_release, up)
        + "</section>",
        _citation(version, date),
        _interviews_table(data, browser),
        _charts(
            data,
            counts,
            f"Claims of release {version} by type, speaker role and hedging, "
            "and the years their times talk about",
        ),
    ]
    if benchmark:
        parts.append(benchmark)
    if root:
        items = []
        for e in entries:
            v = html.escape(str(e["version"]))
            items.append(
                f'<li id="v{v}"><strong>{v}</strong>'
                + (" (latest)" if str(e["version"]) == newest else "")
                + f" — released {html.escape(str(e['date']))}: "
                f'<a href="v/{v}/index.html">files, changelog and card</a> · '
                f'<a href="v/{v}/claims.html">claim browser</a></li>'
            )
        parts.append(
            '<section id="releases"><h2>All releases</h2>\n<p>Every published release keeps '
            "its files and its own claim browser, so a permanent link to a claim keeps "
            "working.</p>\n<ul>" + "".join(items) + "</ul></section>"
        )
    else:
        changelog = (site_release / "CHANGELOG.md").read_text(encoding="utf-8")
        parts.append(f'<section id="changelog">{markdown_to_html(changelog)}</section>')
    # The dataset card last: its column reference is long, and everything above is what a
    # visitor comes for first.
    card = (site_release / "README.md").read_text(encoding="utf-8")
    parts.append(f'<section id="card">{markdown_to_html(card)}</section>')
    parts.append("</main>")
    return _page(
        f"Interview Claims {version}", "\n".join(parts), up=up, styles=(f"{here}charts.css",)
    )


CLAIM_CITATION_MARK = "@@CLAIM@@"
URL_MARK = "@@URL@@"


def claim_citations(version: str, date: str) -> dict[str, str]:
    """Templates of a claim's citation: the release's, with the claim and its link."""
    bibtex = format_citation(version, date, "bibtex")
    key = f"interview_claims_{version.replace('.', '_')}"
    bibtex = bibtex.replace(f"@misc{{{key},", f"@misc{{{key}_{CLAIM_CITATION_MARK},", 1)
    bibtex = bibtex.replace(
        "  note = {", f"  url = {{{URL_MARK}}},\n  note = {{Claim {CLAIM_CITATION_MARK}; ", 1
    )
    apa = format_citation(version, date, "apa").rstrip("\n")
    return {"bibtex": bibtex, "apa": f"{apa} Claim {CLAIM_CITATION_MARK}. {URL_MARK}\n"}


def claims_page(
    entries: list[dict[str, Any]], entry: dict[str, Any], data: ReleaseData,
    gone: dict[str, str], *, root: bool,
) -> str:  # fmt: skip
    version, date = str(entry["version"]), str(entry["date"])
    up = "" if root else "../../"
    manifest = data.manifest(version=version, released=date, gone=gone)
    manifest["base"] = f"v/{version}/" if root else ""
    manifest["up"] = up
    manifest["versions"] = [str(e["version"]) for e in entries]
    manifest["cite"] = claim_citations(version, date)
    claims = table("claims")

    def options(values: Iterable[str]) -> str:
        return "".join(
            f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in values
        )

    select = '<label>{label} <select id="{id}"><option value="">any</option>{opts}</select></label>'
    conf = (
        select.format(
            label="Type confidence",
            id="conf",
            opts="".join(f'<option value="{k}">at least 0.{k}</option>' for k in range(1, 10)),
        )
        if manifest["conf"] is not None
        else ""
    )
    # Releases from 2.1.0 have the corpus's gold: an interview can be compared with it.
    gold_box = (
        '<label class="check"><span><input id="gold" type="checkbox" value="1"> '
        "Compare with the gold</span></label>"
        if manifest["gold"] is not None
        else ""
    )
    release_page_link = f"{up}v/{version}/index.html" if not root else f"v/{version}/index.html"
    body = (
        f"<header><h1>Claims of Interview Claims {html.escape(version)}</h1>\n"
        f'<nav><a href="{up}index.html">About, download and cite</a> · '
        f'<a href="{html.escape(release_page_link)}">Release {html.escape(version)}</a></nav>'
        "</header>\n<main>\n"
        '<div id="notice" role="status" hidden></div>\n'
        '<form id="filters" role="search">'
        + select.format(label="Interview", id="doc", opts="")
        + select.format(label="Speaker", id="speaker", opts="")
        + select.format(
            label="Speaker role",
            id="role",
            opts=options(claims.column("speaker_role").values),
        )
        + select.format(label="Type", id="type", opts=options(claims.column("claim_type").values))
        + select.format(label="Hedged", id="hedged", opts=options(["yes", "no"]))
        + select.format(label="Entity", id="entity", opts="")
        + '<label>Period from <input id="from" inputmode="numeric" size="5" '
        'placeholder="year"></label>'
        '<label>to <input id="to" inputmode="numeric" size="5" placeholder="year"></label>'
        + conf
        + '<label>Text <input id="q" type="search" placeholder="words, titles, names"></label>'
        + gold_box
        + '<a id="clear" href="#">Clear</a>'
        "</form>\n"
        '<section id="interview" hidden></section>\n'
        + ('<section id="gold-view" hidden></section>\n' if gold_box else "")
        + '<p id="count" aria-live="polite"></p>\n'
        '<div class="browser"><div class="results"><ol id="list"></ol>'
        '<nav id="pager"></nav></div>\n'
        '<section id="detail" hidden></section></div>\n</main>\n'
        f'<script type="application/json" id="data">{embed(manifest)}</script>'
    )
    return _page(f"Claims — Interview Claims {version}", body, up=up)


def claims_data(release_dir: Path) -> dict[str, Any]:
    """The claim browser's data of a release in one object (see
    :meth:`pipeline.access.site_data.ReleaseData.claims_data`)."""
    return ReleaseData.read(release_dir).claims_data()


def _check_target(releases_dir: Path, to: Path) -> None:
    """The site replaces ``to`` whole: it must not hold or lie inside the releases it is made
    from (``site --to outputs`` once deleted a release), nor inside any published release,
    and an existing folder is replaced only if it is a site this command wrote."""
    try:
        refuse_overlap(to, releases_dir, "releases folder")
        refuse_inside_release(to)
    except UnsafeTarget as err:
        raise SiteError(str(err)) from None
    if to.is_symlink() or (to.exists() and not to.is_dir()):
        raise SiteError(f"{to} exists and is not a folder; choose a new or empty folder")
    if to.is_dir() and any(to.iterdir()) and not all((to / page).is_file() for page in PAGES):
        raise SiteError(
            f"{to} is a folder that holds something other than a site written by this "
            "command, which replaces it whole; choose a new or empty folder"
        )


def build_site(outputs: Path, to: Path) -> list[dict[str, Any]]:
    """Write the site for every release under ``outputs/releases`` into ``to``; returns the
    releases it covers, newest first.

    The site is written into a temporary sibling folder and swapped in only when complete,
    so a failure leaves ``to`` as it was and never half-written."""
    releases_dir = outputs / "releases"
    _check_target(releases_dir, to)
    entries = read_index(releases_dir)
    if not entries:
        raise SiteError(f"{releases_dir}: no release is listed in index.json")
    to = to.absolute()
    to.parent.mkdir(parents=True, exist_ok=True)
    staging = to.with_name(f".{to.name}.site-tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        _write_site(releases_dir, entries, staging)
        if to.exists():
            old = to.with_name(f".{to.name}.site-old-{os.getpid()}")
            os.rename(to, old)
            os.rename(staging, to)
            shutil.rmtree(old)
        else:
            os.rename(staging, to)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return entries


def _write_site(releases_dir: Path, entries: list[dict[str, Any]], to: Path) -> None:
    to.mkdir()
    for entry in entries:
        version = str(entry["version"])
        source = releases_dir / version
        try:  # a link would copy a file from anywhere on this machine into the site
            refuse_symlinks(source)
        except DownloadError as err:
            raise SiteError(str(err)) from None
        problems = verify_checksums(source)
        if problems:
            raise SiteError(f"{source} does not verify: " + "; ".join(problems))
        shutil.copytree(source, to / "releases" / version)
    assets = resources.files("pipeline.access") / "site_assets"
    for name in ASSETS:
        (to / name).write_bytes((assets / name).read_bytes())
    held = {
        str(e["version"]): set(ReleaseData.claim_ids(to / "releases" / str(e["version"])))
        for e in entries
    }
    for i, entry in enumerate(entries):
        version = str(entry["version"])
        data = ReleaseData.read(to / "releases" / version)
        folder = to / "v" / version
        data.write_data(folder / "data")
        _write_charts(data, folder)
        gone = _gone(version, [str(e["version"]) for e in entries], held)
        (folder / "index.html").write_text(
            release_page(entries, entry, data, to, root=False), encoding="utf-8"
        )
        (folder / "claims.html").write_text(
            claims_page(entries, entry, data, gone, root=False), encoding="utf-8"
        )
        if i == 0:
            (to / "index.html").write_text(
                release_page(entries, entry, data, to, root=True), encoding="utf-8"
            )
            (to / "claims.html").write_text(
                claims_page(entries, entry, data, gone, root=True), encoding="utf-8"
            )


def _gone(version: str, versions: list[str], held: dict[str, set[str]]) -> dict[str, str]:
    """Each claim another release holds and ``version`` does not -> the newest release that
    holds it (older releases are the ones that still have a claim a later one dropped)."""
    out: dict[str, str] = {}
    for other in versions:  # newest first
        if other != version:
            for claim_id in held[other] - held[version]:
                out.setdefault(claim_id, other)
    return dict(sorted(out.items()))


def _write_charts(data: ReleaseData, folder: Path) -> None:
    charts = folder / "charts"
    charts.mkdir(parents=True)
    counts = data.counts()
    (charts / "all.svg").write_text(summary_svg(counts), encoding="utf-8")
    for source_id, doc_counts in data.counts_by_interview().items():
        (charts / f"{source_id}.svg").write_text(summary_svg(doc_counts), encoding="utf-8")
    height = summary_height(counts)
    (folder / "charts.css").write_text(
        "/* The release's chart, drawn as a static SVG file (site_charts.py). */\n"
        '.chart-all { background-image: url("charts/all.svg"); '
        f"aspect-ratio: 640 / {height}; }}\n",
        encoding="utf-8",
    )
