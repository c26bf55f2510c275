"""Run the whole extraction for one source, without Dagster: handy for tests and evaluation.

It sits above both layers it joins: the text logic (``pipeline.extract``) and the tables
(``pipeline.publish.tables``); the text logic imports neither."""

from __future__ import annotations

from pathlib import Path

from pipeline.extract.claims import RuleExtractor
from pipeline.extract.documents import SourceError, read_source
from pipeline.extract.model import Extractor
from pipeline.extract.passages import segment
from pipeline.publish.tables import Tables, source_tables

DEFAULT_EXTRACTOR: Extractor = RuleExtractor()


def extract_source(
    sources_dir: Path, source_id: str, extractor: Extractor = DEFAULT_EXTRACTOR
) -> Tables:
    """Read, segment and extract one source into its data tables."""
    document = read_source(sources_dir, source_id)
    try:
        passages = segment(document)
        return source_tables(document, passages, extractor.extract(document, passages), extractor)
    except Exception as err:
        # A fault of the extractor, not of the file; but in a batch of a thousand sources
        # the one that set it off must be named.
        raise SourceError(
            sources_dir / f"{source_id}.txt",
            f"extraction failed ({type(err).__name__}: {err}); please report this with the file",
        ) from err


def main() -> None:
    """``python -m pipeline.extraction SOURCES_DIR SOURCE_ID GOLD.jsonl [--verbose]``:
    score one source against a gold file without building a release."""
    import argparse

    from pipeline.evaluation.scoring import format_result, read_gold, score_tables

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("sources", type=Path)
    parser.add_argument("source_id")
    parser.add_argument("gold", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious spans")
    args = parser.parse_args()
    tables = extract_source(args.sources, args.source_id)
    result = score_tables(tables, read_gold(args.gold), args.source_id)
    print(format_result(result))
    if args.verbose:
        for key in ("missed", "spurious"):
            print(f"\n{key}:")
            for text in result[key]:
                print(f"  - {text}")
        print("\nclaim type confusion:", result["claim_type_confusion"])


if __name__ == "__main__":
    main()
