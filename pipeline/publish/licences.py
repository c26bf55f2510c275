"""The licence policy: a release republishes a source's full text only where its licence or a
recorded permission allows it; otherwise ``documents.text`` and ``passages.text`` are null for
that source (``text_sha256`` stays), while claims, mentions, quantities and times keep their
short verbatim spans as attributed quotations. ``hydrate`` puts withheld texts back from a
user's own copies, which must match ``text_sha256``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.extract.documents import SourceError, normalise_text
from pipeline.publish.tables import Tables, text_sha256, typed

OPEN_LICENCES = (
    re.compile(r"^public-domain$", re.IGNORECASE),
    re.compile(r"^CC0-1\.0$", re.IGNORECASE),
    re.compile(r"^PDDL-1\.0$", re.IGNORECASE),
    re.compile(r"^CC-BY-\d\.\d(?:-[A-Z]{2,3})?$", re.IGNORECASE),
    re.compile(r"^CC-BY-SA-\d\.\d(?:-[A-Z]{2,3})?$", re.IGNORECASE),
)
"""Licences that allow republishing a text whole: public domain, CC0, PDDL, CC BY and CC BY-SA
(any version, ported versions such as CC-BY-3.0-AU included)."""

POLICY = (
    "A source's full text (`documents.text`, `passages.text`) is republished only where its "
    "licence (public domain, CC0, CC BY, CC BY-SA) or a permission recorded with the source "
    "allows it. For any other source those columns are empty and `documents.text_sha256` "
    "stays, while claims, mentions, quantities and times keep their short verbatim spans as "
    "attributed quotations. Restore the withheld texts from your own copies with "
    "`interview-claims hydrate RELEASE --texts DIR --to OUT` or "
    "`load(..., texts=DIR)`; a copy whose hash differs is refused. The dataset's licence "
    "covers the annotations; each text stays under its publisher's terms."
)


def redistributable(licence: str | None, permission: str | None = None) -> bool:
    """Whether a source's full text may be republished."""
    if permission:
        return True
    return bool(licence) and any(p.match(str(licence)) for p in OPEN_LICENCES)


def withheld_sources(documents: pd.DataFrame) -> list[str]:
    """The sources whose text this release does not republish."""
    return sorted(
        sid
        for sid, licence, permission in zip(
            documents["source_id"].tolist(),
            documents["license"].tolist(),
            documents["redistribution"].tolist(),
            strict=True,
        )
        if not redistributable(_text(licence), _text(permission))
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def withhold(tables: Tables) -> Tables:
    """The tables as a release publishes them: full texts null where the policy withholds
    them. Everything else, spans included, is unchanged."""
    withheld = set(withheld_sources(tables["documents"]))
    if not withheld:
        return tables
    out = dict(tables)
    documents = tables["documents"].copy()
    documents.loc[documents["source_id"].isin(withheld), "text"] = None
    out["documents"] = typed("documents", documents)
    passages = tables["passages"].copy()
    passages.loc[passages["source_id"].isin(withheld), "text"] = None
    out["passages"] = typed("passages", passages)
    return out


class HydrateError(ValueError):
    """A copy that cannot restore a withheld text (its hash differs, or it cannot be read)."""


@dataclass
class Hydrated:
    tables: Tables
    restored: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    """Withheld sources for which ``texts`` holds no copy: they stay withheld."""


def _copy_text(path: Path, expected_raw: str, expected_text: str) -> str:
    raw = path.read_bytes()
    try:
        text = normalise_text(raw, path)
    except SourceError as err:
        raise HydrateError(str(err)) from None
    if text_sha256(text) != expected_text:
        same_file = hashlib.sha256(raw).hexdigest() == expected_raw
        raise HydrateError(
            f"{path}: not the text this release was built from (its normalised text's "
            f"sha256 {text_sha256(text)[:12]}... differs from documents.text_sha256 "
            f"{expected_text[:12]}...{'' if not same_file else ', though the file matches'}); "
            "nothing was restored"
        )
    return text


def hydrate(tables: Tables, texts: Path) -> Hydrated:
    """Fill in the withheld ``documents.text`` and ``passages.text`` from ``texts/<id>.txt``
    (the source as published, or its normalised text). Every copy is checked before any is
    used: one whose hash differs raises :class:`HydrateError`."""
    if not texts.is_dir():
        raise HydrateError(f"{texts}: no such folder of texts")
    documents = tables["documents"]
    wanted = documents[documents["text"].isna()]
    restored: dict[str, str] = {}
    missing = []
    for sid, raw_hash, text_hash in zip(
        wanted["source_id"].tolist(),
        wanted["sha256"].tolist(),
        wanted["text_sha256"].tolist(),
        strict=True,
    ):
        path = texts / f"{sid}.txt"
        if not path.is_file():
            missing.append(sid)
            continue
        restored[sid] = _copy_text(path, raw_hash, text_hash)
    out = dict(tables)
    if restored:
        docs = documents.copy()
        docs["text"] = [
            restored.get(sid, text)
            for sid, text in zip(docs["source_id"].tolist(), docs["text"].tolist(), strict=True)
        ]
        out["documents"] = typed("documents", docs)
        passages = tables["passages"].copy()
        passages["text"] = [
            restored[sid][start:end] if sid in restored else text
            for sid, start, end, text in zip(
                passages["source_id"].tolist(),
                passages["char_start"].tolist(),
                passages["char_end"].tolist(),
                passages["text"].tolist(),
                strict=True,
            )
        ]
        out["passages"] = typed("passages", passages)
    return Hydrated(out, sorted(restored), sorted(missing))
