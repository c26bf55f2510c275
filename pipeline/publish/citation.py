"""How to cite a release: CITATION.cff, DataCite-ready .zenodo.json, BibTeX and APA."""

from __future__ import annotations

import json
from typing import Any

import yaml

from pipeline.publish.metadata import dataset_metadata

CITATION_FORMATS = ("bibtex", "apa", "cff")


def _authors() -> list[dict[str, str]]:
    return [dict(a) for a in dataset_metadata()["authors"]]


def citation_cff(version: str, released: str) -> str:
    """A Citation File Format 1.2.0 document for one release."""
    meta = dataset_metadata()
    reference = {
        "type": "dataset",
        "title": meta["title"],
        "authors": _authors(),
        "version": version,
        "date-released": released,
        "license": meta["license"]["id"],
        "repository": meta["repository"],
        "url": meta["repository"],
        "keywords": list(meta["keywords"]),
    }
    document: dict[str, Any] = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite this release as below.",
        **reference,
        "abstract": meta["description"],
        # CFF names the dataset type "data" inside references.
        "preferred-citation": {k: v for k, v in reference.items() if k != "keywords"}
        | {"type": "data"},
    }
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def zenodo_json(version: str, released: str) -> str:
    """Zenodo deposit metadata (DataCite-ready) so that a DOI can be minted for a release."""
    meta = dataset_metadata()
    document = {
        "upload_type": "dataset",
        "title": f"{meta['title']} (version {version})",
        "version": version,
        "publication_date": released,
        "description": meta["description"],
        "creators": [{"name": f"{a['family-names']}, {a['given-names']}"} for a in meta["authors"]],
        "license": meta["license"]["id"].lower(),
        "keywords": list(meta["keywords"]),
        "access_right": "open",
        "related_identifiers": [
            {"identifier": meta["repository"], "relation": "isSupplementTo", "scheme": "url"}
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _author_names(style: str) -> str:
    names = []
    for a in _authors():
        given = a["given-names"]
        if style == "apa":
            initials = " ".join(f"{part[0]}." for part in given.split())
            names.append(f"{a['family-names']}, {initials}")
        else:
            names.append(f"{a['family-names']}, {given}")
    return " and ".join(names) if style == "bibtex" else ", ".join(names)


def format_citation(version: str, released: str, fmt: str) -> str:
    """A ready citation of one release in ``bibtex``, ``apa`` or ``cff``."""
    meta = dataset_metadata()
    if fmt == "cff":
        return citation_cff(version, released)
    if fmt == "bibtex":
        key = f"interview_claims_{version.replace('.', '_')}"
        return (
            f"@misc{{{key},\n"
            f"  author = {{{_author_names('bibtex')}}},\n"
            f"  title = {{{{{meta['title']}}}}},\n"
            f"  year = {{{released[:4]}}},\n"
            f"  version = {{{version}}},\n"
            f"  howpublished = {{\\url{{{meta['repository']}}}}},\n"
            f"  note = {{Dataset, version {version}, released {released}}}\n"
            "}\n"
        )
    if fmt == "apa":
        return (
            f"{_author_names('apa')} ({released[:4]}). {meta['title']} (Version {version}) "
            f"[Data set]. {meta['repository']}\n"
        )
    raise ValueError(
        f"unknown citation format {fmt!r}; choose one of {', '.join(CITATION_FORMATS)}"
    )
