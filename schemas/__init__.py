"""The dataset's table models (pandera): the single source of truth for every table."""

from schemas.tables import DATA_TABLES, TABLES, table_metadata

__all__ = ["DATA_TABLES", "TABLES", "table_metadata"]
