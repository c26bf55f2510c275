"""How to cite a release: CITATION.cff, DataCite-ready .zenodo.json, BibTeX and APA.

The author is the project, an entity (CFF ``name:``, Zenodo ``creators[].name``, BibTeX
``{{...}}``), so that no style turns it into a person ("Contributors, I. C.")."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import yaml

from pipeline.publish.metadata import dataset_metadata

if TYPE_CHECKING:
    import pandas as pd

CITATION_FORMATS = ("bibtex", "apa", "cff", "zenodo", "schemaorg")


class _NoAliases(yaml.SafeDumper):
    """Writes a value used twice (the authors) out twice, not as ``&id001``/``*id001``."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _authors() -> list[dict[str, str]]:
    return [{"name": str(a["name"])} for a in dataset_metadata()["authors"]]


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
        | {"type": "data", "languages": [meta["language"]]},
    }
    return yaml.dump(document, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)


def _source_urls(documents: pd.DataFrame | None) -> list[str]:
    if documents is None or documents.empty:
        return []
    return sorted({u for u in documents["url"].tolist() if isinstance(u, str) and u})


def zenodo_json(version: str, released: str, documents: pd.DataFrame | None = None) -> str:
    """Zenodo deposit metadata (DataCite-ready) so that a DOI can be minted for a release:
    the project as creator, the language, each source's address as what the dataset is
    derived from and the repository as what compiled it."""
    meta = dataset_metadata()
    related = [
        {"identifier": url, "relation": "isDerivedFrom", "scheme": "url"}
        for url in _source_urls(documents)
    ]
    related.append({"identifier": meta["repository"], "relation": "isCompiledBy", "scheme": "url"})
    document = {
        "upload_type": "dataset",
        "title": f"{meta['title']} (version {version})",
        "version": version,
        "publication_date": released,
        "description": meta["description"],
        "creators": _authors(),
        "language": meta["language_iso639_3"],
        "license": meta["license"]["id"].lower(),
        "keywords": list(meta["keywords"]),
        "access_right": "open",
        "notes": meta["source_text_note"],
        "related_identifiers": related,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def schemaorg_json(version: str, released: str, documents: pd.DataFrame | None = None) -> str:
    """schema.org JSON-LD for a release: a Dataset whose creator is an Organization (cffconvert
    2.0.0 makes every CFF author, an entity too, a Person)."""
    meta = dataset_metadata()
    document = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": meta["title"],
        "description": meta["description"],
        "version": version,
        "datePublished": released,
        "creator": [{"@type": "Organization", "name": a["name"]} for a in _authors()],
        "license": meta["license"]["url"],
        "inLanguage": meta["language"],
        "keywords": list(meta["keywords"]),
        "url": meta["repository"],
        "isBasedOn": _source_urls(documents),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _author_names(style: str) -> str:
    names = [a["name"] for a in _authors()]
    if style == "bibtex":  # braces: an entity, not "Family, Given"
        return " and ".join(f"{{{n}}}" for n in names)
    return ", ".join(names)


def format_citation(
    version: str, released: str, fmt: str, documents: pd.DataFrame | None = None
) -> str:
    """A ready citation of one release in ``bibtex``, ``apa``, ``cff`` or ``zenodo``."""
    meta = dataset_metadata()
    if fmt == "cff":
        return citation_cff(version, released)
    if fmt == "zenodo":
        return zenodo_json(version, released, documents)
    if fmt == "schemaorg":
        return schemaorg_json(version, released, documents)
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
            f"{_author_names('apa')}. ({released[:4]}). {meta['title']} (Version {version}) "
            f"[Data set]. {meta['repository']}\n"
        )
    raise ValueError(
        f"unknown citation format {fmt!r}; choose one of {', '.join(CITATION_FORMATS)}"
    )
