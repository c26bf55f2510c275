"""Small static SVG charts of a release or one interview: claims by type, speaker role and
hedging, and a timeline of the years the claims' times cover. Each chart is a file of its own
drawn here (no script in it, no third-party code); the pages show it as a decorative image
through a style sheet of the site and give the same numbers in a table for screen readers.

Labels are the registry's fixed values and years; all text is escaped all the same."""

from __future__ import annotations

import html

Counts = dict[str, list[tuple[str, int]]]

WIDTH = 640
BAR_COLOURS = {"type": "#1f5fa8", "role": "#2e7d4f", "hedged": "#a8551f"}
HEADINGS = {
    "type": "Claims by type",
    "role": "Claims by speaker role",
    "hedged": "Claims by hedging",
    "years": "Claims by the years they talk about",
}


def _text(x: float, y: float, text: str, anchor: str = "start", size: int = 12) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'font-family="sans-serif" fill="#1d2125">{html.escape(text)}</text>'
    )


def _bars(title: str, rows: list[tuple[str, int]], top: float, colour: str) -> tuple[str, float]:
    out = [_text(0, top + 14, title, size=13)]
    biggest = max([n for _, n in rows] or [0]) or 1
    y = top + 22
    for label, n in rows:
        width = (WIDTH - 220) * n / biggest
        out.append(_text(120, y + 12, label, anchor="end"))
        out.append(f'<rect x="128" y="{y:.1f}" width="{width:.1f}" height="14" fill="{colour}"/>')
        out.append(_text(132 + width, y + 12, f"{n:,}"))
        y += 18
    return "".join(out), y + 8


def _timeline(rows: list[tuple[str, int]], top: float) -> tuple[str, float]:
    out = [_text(0, top + 14, HEADINGS["years"], size=13)]
    if not rows:
        out.append(_text(0, top + 34, "No claim names a time."))
        return "".join(out), top + 44
    years = [int(y) for y, _ in rows]
    first, last = min(years), max(years)
    span = max(last - first, 1)
    counts = dict((int(y), n) for y, n in rows)
    biggest = max(counts.values()) or 1
    base, height, left, right = top + 110, 80.0, 40.0, WIDTH - 10.0
    step = (right - left) / (span + 1)
    for year in range(first, last + 1):
        n = counts.get(year, 0)
        h = height * n / biggest
        x = left + (year - first) * step
        out.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{max(step - 1, 1):.1f}" '
            f'height="{h:.1f}" fill="#6b4fa8"/>'
        )
    out.append(
        f'<line x1="{left}" y1="{base}" x2="{right}" y2="{base}" stroke="#5b6470" '
        'stroke-width="1"/>'
    )
    out.append(_text(left, base + 14, str(first)))
    out.append(_text(right, base + 14, str(last), anchor="end"))
    out.append(_text(left - 4, base - height + 10, f"{biggest:,}", anchor="end", size=10))
    return "".join(out), base + 24


def summary_svg(counts: Counts) -> str:
    """One figure: three bar charts and the timeline."""
    return _summary(counts)[0]


def summary_height(counts: Counts) -> int:
    """The figure's height at its width of 640 (for its aspect ratio on the page)."""
    return _summary(counts)[1]


def _summary(counts: Counts) -> tuple[str, int]:
    parts, y = [], 0.0
    for key in ("type", "role", "hedged"):
        drawn, y = _bars(HEADINGS[key], counts[key], y, BAR_COLOURS[key])
        parts.append(drawn)
    drawn, y = _timeline(counts["years"], y)
    parts.append(drawn)
    height = round(y)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}">' + "".join(parts) + "</svg>\n"
    )
    return svg, height


def summary_tables(counts: Counts) -> str:
    """The charts' numbers as tables (HTML, escaped)."""
    out = []
    for key in ("type", "role", "hedged", "years"):
        rows = "".join(
            f'<tr><th scope="row">{html.escape(label)}</th><td>{n:,}</td></tr>'
            for label, n in counts[key]
        )
        out.append(
            f'<table class="counts"><caption>{html.escape(HEADINGS[key])}</caption>'
            f"<thead><tr><th>{'year' if key == 'years' else key}</th><th>claims</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
        )
    return "\n".join(out)
