"""Extraction quality: the scorer (``scoring``), the one table of targets (``targets``), the
annotated corpus and its splits (``corpus``) and the agreement of its annotation passes
(``agreement``). Nothing here is imported by the extractor or by the release writer."""

REFERENCE_ID = "pauline-jones-kazakhstan-2022"
"""The interview the rules were first written from: the reference annotation's source."""
