"""On-disk cache of solved sweep cases, keyed by a hash of what determines the answer.

A case's key is the SHA-256 of a canonical JSON document holding the layout (every field of
the frozen :class:`~twin.model.campus.Campus`), the solver settings, the wind case, the heat
released per building and a *code version*: the package version plus a digest of the source of
the airflow solver, the plant model and this package (their syntax trees: comments and docstrings
do not count), so a change to the code invalidates old results instead of serving them as current. Entries are small JSON files written atomically into the
user's cache folder (``platformdirs.user_cache_dir``); a corrupt entry counts as a miss.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import twin
from twin.core.files import write_text_atomically

CACHE_FORMAT = 1
"""Bumped when the layout of a cache entry changes."""


def default_cache_dir() -> Path:
    """``<user cache>/campus-twin/sweep`` (e.g. ``~/.cache/campus-twin/sweep`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("campus-twin", appauthor=False)) / "sweep"


def _code_text(path: Path) -> str:
    """The program in ``path`` without its comments and docstrings (its syntax tree), so an
    edit of the documentation alone does not throw the cache away; the raw text if it does
    not parse."""
    import ast

    source = path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and body
                and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant)
                and isinstance(body[0].value.value, str)):
            body[0] = ast.Pass()
    return ast.dump(tree)


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """Package version + SHA-256 (first 16 hex) of the code (not the comments or docstrings)
    of the airflow solver, the plant model (it sets the design heat) and this package."""
    import twin.sim.airflow as airflow
    import twin.sim.plant as plant

    digest = hashlib.sha256()
    paths = [*sorted(Path(airflow.__file__).parent.glob("*.py")), Path(plant.__file__),
             *sorted(Path(__file__).parent.glob("*.py"))]
    for path in paths:
        digest.update(path.name.encode())
        digest.update(_code_text(path).encode())
    return f"{twin.__version__}+{digest.hexdigest()[:16]}"


def _plain(value: Any) -> Any:
    """Dataclasses, enums, tuples and mappings as JSON-ready values (sorted keys later)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 9)  # float noise below a nanometre must not change the key
    return value


def case_key(**parts: Any) -> str:
    """SHA-256 hex of the canonical JSON of ``parts`` plus :func:`code_version`."""
    document = {"format": CACHE_FORMAT, "code": code_version(), **{k: _plain(v) for k, v in parts.items()}}
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


class SweepCache:
    """A folder of ``<key>.json`` entries; ``directory=None`` disables caching."""

    def __init__(self, directory: Path | str | None) -> None:
        self.directory = Path(directory) if directory is not None else None

    @classmethod
    def default(cls) -> SweepCache:
        """The cache in the user's cache folder."""
        return cls(default_cache_dir())

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored entry, or None (missing, unreadable or from another format)."""
        if self.directory is None:
            return None
        path = self.directory / f"{key}.json"
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and entry.get("format") == CACHE_FORMAT else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        """Store ``entry`` atomically (a reader never sees half a file)."""
        if self.directory is None:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self.directory / f"{key}.json", json.dumps({"format": CACHE_FORMAT, **entry}, indent=1))
