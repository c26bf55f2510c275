"""interview-claims: a versioned dataset of claims extracted from interviews."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def load(
    table: str = "claims",
    version: str = "latest",
    source: str | os.PathLike[str] | None = None,
    texts: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """One table of a release as a typed DataFrame; ``texts``: a folder of your own copies
    of the sources, to restore the texts a release withholds. See
    :func:`pipeline.access.load.load`."""
    # Imported here so that ``import pipeline`` stays cheap (no pandas, no Dagster).
    from pipeline.access.load import load as _load

    return _load(table, version=version, source=source, texts=texts)
