"""A static web site for every release: a landing page (dataset card, downloads with sizes
and checksums, a ready citation) and a claim browser. No server code and no external
assets; every text is escaped here or inserted by the browser with ``textContent``."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.access.download import DownloadError, refuse_symlinks
from pipeline.publish.citation import format_citation
from pipeline.publish.files import read_tables
from pipeline.publish.index import read_index
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


def _page(title: str, body: str) -> str:
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<link rel="stylesheet" href="style.css">\n</head>\n<body>\n'
        f"{body}\n"
        '<script src="app.js"></script>\n</body>\n</html>\n'
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
    out = ["<table>", "<thead><tr>", *(f"<th>{_inline(c)}</th>" for c in head), "</tr></thead>"]
    out.append("<tbody>")
    for row in body:
        out.append("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
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


def _release_section(entry: dict[str, Any], site_release: Path, *, newest: bool) -> str:
    version = str(entry["version"])
    entries, _ = read_checksums(site_release)
    rows = []
    for name in ["SHA256SUMS", *sorted(entries)]:
        href = html.escape(f"releases/{version}/{name}")
        size = _size((site_release / name).stat().st_size)
        digest = entries.get(name, "")
        rows.append(
            f'<tr><td><a href="{href}">{html.escape(name)}</a></td><td>{size}</td>'
            f'<td><code class="hash">{html.escape(digest)}</code></td></tr>'
        )
    latest = " (latest)" if newest else ""
    return (
        f'<section class="release" id="v{html.escape(version)}">\n'
        f"<h3>{html.escape(version)}{latest} — released {html.escape(str(entry['date']))}</h3>\n"
        f"<p>Content hash <code>{html.escape(str(entry.get('content_hash', '')))}</code></p>\n"
        "<details" + (" open" if newest else "") + "><summary>Files</summary>\n"
        "<table><thead><tr><th>file</th><th>size</th><th>sha256</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></details>\n</section>"
    )


def index_page(entries: list[dict[str, Any]], site_dir: Path) -> str:
    newest = entries[0]
    version, date = str(newest["version"]), str(newest["date"])
    card = (site_dir / "releases" / version / "README.md").read_text(encoding="utf-8")
    bibtex = format_citation(version, date, "bibtex")
    apa = format_citation(version, date, "apa")
    sections = "\n".join(
        _release_section(e, site_dir / "releases" / str(e["version"]), newest=i == 0)
        for i, e in enumerate(entries)
    )
    body = (
        "<header><h1>Interview Claims</h1>\n"
        f'<nav><a href="claims.html">Browse the claims of {html.escape(version)}</a> · '
        '<a href="#releases">Download</a> · <a href="#cite">Cite</a></nav></header>\n<main>\n'
        f'<section id="card">{markdown_to_html(card)}</section>\n'
        f'<section id="releases"><h2>Releases</h2>\n{sections}</section>\n'
        '<section id="cite"><h2>Cite this dataset</h2>\n'
        '<p>BibTeX <button type="button" class="copy" data-copy="bibtex">Copy</button></p>\n'
        f'<pre id="bibtex">{html.escape(bibtex)}</pre>\n'
        f'<p>APA</p>\n<pre id="apa">{html.escape(apa)}</pre></section>\n</main>'
    )
    return _page(f"Interview Claims {version}", body)


def _embed(data: object) -> str:
    """JSON that cannot end its <script> element or open a comment inside it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_LAID_OUT = frozenset(
    {"claim_id", "source_id", "passage_id", "speaker", "speaker_role", "text", "char_start",
     "char_end", "claim_type", "hedged"}
)  # fmt: skip
"""Claim columns the claim browser shows in places of their own (app.js)."""


def claims_data(release_dir: Path) -> dict[str, Any]:
    """What the claim browser needs, keyed so that the page can join it without a server."""
    tables = read_tables(release_dir, ("documents", "passages", "claims", "entities", "mentions"))
    names = dict(zip(tables["entities"]["entity_id"], tables["entities"]["name"], strict=True))
    by_claim: dict[str, list[str]] = {}
    for claim_id, entity_id in zip(
        tables["mentions"]["claim_id"], tables["mentions"]["entity_id"], strict=True
    ):
        name = names.get(entity_id, entity_id)
        if name not in by_claim.setdefault(claim_id, []):
            by_claim[claim_id].append(name)

    def rows(name: str, columns: list[str]) -> list[dict[str, Any]]:
        frame = tables[name][columns]
        return [
            {k: (None if v is None or v != v else v) for k, v in zip(columns, r, strict=True)}
            for r in frame.itertuples(index=False, name=None)
        ]

    present = set(tables["claims"].columns)  # a release older than a new column lacks it
    shown = [c for c in table("claims").columns if c.on_site and c.name in present]
    claims = rows("claims", [c.name for c in shown])
    flags = [c.name for c in shown if c.type is bool]
    for claim in claims:
        for flag in flags:
            claim[flag] = bool(claim[flag])
        claim["entities"] = by_claim.get(claim["claim_id"], [])
    passages = rows(
        "passages",
        ["passage_id", "kind", "speaker", "question_id", "char_start", "char_end", "text"],
    )
    # A passage whose text the licence withholds is left out: the claim is shown on its own.
    passages = [p for p in passages if isinstance(p["text"], str)]
    documents = rows("documents", ["source_id", "title", "url", "interview_date"])
    for document in documents:  # a date column is a Timestamp in pandas, text on the page
        when = document["interview_date"]
        document["interview_date"] = when if isinstance(when, str) else when.date().isoformat()
    return {
        # Columns the page has no place of its own for are listed under the claim with
        # their descriptions, so that a new column shows without a change to the page.
        "more": [
            {"name": c.name, "description": c.description} for c in shown if c.name not in _LAID_OUT
        ],
        "claims": claims,
        "passages": {p.pop("passage_id"): p for p in passages},
        "documents": {d.pop("source_id"): d for d in documents},
    }


def claims_page(version: str, release_dir: Path) -> str:
    select = '<label>{label} <select id="{id}"><option value="">any</option>{opts}</select></label>'

    claims = table("claims")

    def options(values: Iterable[str]) -> str:
        return "".join(
            f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in values
        )

    body = (
        f"<header><h1>Claims of Interview Claims {html.escape(version)}</h1>\n"
        '<nav><a href="index.html">About, download and cite</a></nav></header>\n<main>\n'
        '<form id="filters" role="search">'
        + select.format(
            label="Speaker role",
            id="role",
            opts=options(claims.column("speaker_role").values),
        )
        + select.format(label="Type", id="type", opts=options(claims.column("claim_type").values))
        + select.format(label="Hedged", id="hedged", opts=options(["yes", "no"]))
        + select.format(label="Entity", id="entity", opts="")
        + '<label>Text <input id="q" type="search" placeholder="words in the claim"></label>'
        "</form>\n"
        '<p id="count" aria-live="polite"></p>\n'
        '<div class="browser"><ol id="list"></ol>\n'
        '<section id="detail" hidden></section></div>\n</main>\n'
        f'<script type="application/json" id="data">{_embed(claims_data(release_dir))}</script>'
    )
    return _page(f"Claims — Interview Claims {version}", body)


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
    (to / "index.html").write_text(index_page(entries, to), encoding="utf-8")
    newest = str(entries[0]["version"])
    page = claims_page(newest, to / "releases" / newest)
    (to / "claims.html").write_text(page, encoding="utf-8")
