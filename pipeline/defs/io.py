"""Where per-source intermediate values are kept between runs: one pickle per asset and
partition under a base folder that every process (or remote worker) can reach.

Dagster's built-in filesystem IO managers store one partition per output; this one also
stores a run over a range of partitions (the single-run backfill that lets one run extract
many sources). A partitioned asset always hands over, and is always handed, a
``{partition key: value}`` dict, whether the run covers one partition or many.
"""

import os
import pickle
from pathlib import Path
from typing import Any

import dagster as dg


def _dump(obj: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with tmp.open("wb") as handle:
        pickle.dump(obj, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)  # a killed run never leaves half a pickle behind


def _load(path: Path) -> Any:
    with path.open("rb") as handle:
        return pickle.load(handle)


class PickleFiles(dg.IOManager):
    def __init__(self, base: Path) -> None:
        self.base = base

    def _path(self, key: dg.AssetKey, partition: str | None) -> Path:
        # Partition keys are source ids, already checked against [a-z0-9-].
        folder = self.base.joinpath(*key.path)
        return folder / f"{partition}.pickle" if partition else folder / "value.pickle"

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        if not context.has_asset_partitions:
            _dump(obj, self._path(context.asset_key, None))
            return
        for key in context.asset_partition_keys:
            _dump(obj[key], self._path(context.asset_key, key))

    def load_input(self, context: dg.InputContext) -> Any:
        if not context.has_asset_partitions:
            return _load(self._path(context.asset_key, None))
        keys = context.asset_partition_keys
        return {key: _load(self._path(context.asset_key, key)) for key in keys}


class PickleIOManager(dg.ConfigurableIOManagerFactory):
    """Pickles under ``base_dir`` (default: the instance's storage folder)."""

    base_dir: str = ""

    def create_io_manager(self, context: dg.InitResourceContext) -> PickleFiles:
        base = self.base_dir
        if not base:
            instance = context.instance
            base = (
                instance.storage_directory()
                if instance is not None
                else str(Path(os.environ.get("DAGSTER_HOME", ".")) / "storage")
            )
        return PickleFiles(Path(base))
