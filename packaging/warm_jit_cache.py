"""Ship the solver's JIT cache warm in a built bundle (``make bundle`` runs it after PyInstaller).

The bundle's own executable compiles the compiled solver's kernels once into a fresh cache
folder (``campus-twin bench --compile``); the cache files then go under the bundle's data folder
as ``numba_cache/<package path>/`` (``numba_cache/twin/sim/airflow/``). numba names its cache
folders after the absolute path of the kernels' source folder, which changes wherever the
bundle is installed, so the first start of the installed bundle copies them to the folder numba
expects there (:func:`twin.sim.airflow.backend.seed_from_bundle`). Compiling with the frozen
executable itself matters: in a frozen application numba stamps its cache with a hash of the
executable, so a cache compiled from the source tree would be ignored.

numba also keys each compiled kernel by the processor's name and features: the shipped cache
starts the compiled solver at once on processors like the build machine's; on others the
kernels compile in the background at the first start, as without a shipped cache.

Usage: ``python packaging/warm_jit_cache.py dist/campus-twin`` (prints a JSON report; exit 1 on
failure).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def data_folder(bundle: Path) -> Path:
    """The bundle's data folder (``sys._MEIPASS`` of the frozen app): ``_internal`` in PyInstaller 6."""
    internal = bundle / "_internal"
    return internal if (internal / "twin").is_dir() else bundle


def warm(bundle: Path, timeout_s: float = 3600.0) -> dict[str, object]:
    """Compile the kernels with ``bundle``'s executable and store the cache in the bundle.

    Returns the report (``files``, ``compile_s``, ``folders``); raises ``RuntimeError`` naming
    what failed.
    """
    sys.path.insert(0, str(ROOT))
    from twin.sim.airflow.backend import BUNDLED_CACHE_DIR, numba_cache_subdir

    bundle = Path(os.path.abspath(bundle))
    exe = bundle / "campus-twin"
    data = data_folder(bundle)
    shipped = data / BUNDLED_CACHE_DIR
    with tempfile.TemporaryDirectory(prefix="campus-twin-jit-") as tmp:
        cache = Path(tmp) / "cache"
        home = Path(tmp) / "home"
        home.mkdir()
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "NUMBA_CACHE_DIR": str(cache),
               "QT_QPA_PLATFORM": "offscreen"}
        start = time.perf_counter()
        done = subprocess.run([str(exe), "bench", "--compile", "--json"], env=env, cwd=tmp, capture_output=True,
                              text=True, timeout=timeout_s)
        compile_s = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{exe} bench --compile failed (rc {done.returncode}): {done.stdout[-600:]} {done.stderr[-1200:]}")
        # which cache folder belongs to which source folder of the bundle
        sources = {numba_cache_subdir(str(p.parent)): p.parent.relative_to(data) for p in (data / "twin").rglob("*.py")}
        if shipped.exists():
            shutil.rmtree(shipped)
        folders: dict[str, int] = {}
        for folder in sorted(p for p in cache.iterdir() if p.is_dir()):
            if folder.name not in sources:
                raise RuntimeError(f"numba cache folder {folder.name} matches no source folder of {data / 'twin'}")
            target = shipped / sources[folder.name]
            target.mkdir(parents=True, exist_ok=True)
            files = [f for f in folder.iterdir() if f.is_file()]
            for f in files:
                shutil.copy2(f, target / f.name)
            folders[str(sources[folder.name])] = len(files)
        if not folders:
            raise RuntimeError(f"{exe} bench --compile wrote no cache files under {cache}")
    size = sum(f.stat().st_size for f in shipped.rglob("*") if f.is_file())
    return {"compile_s": round(compile_s, 1), "folders": folders, "files": sum(folders.values()),
            "size_mib": round(size / 2**20, 1), "into": str(shipped)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built one-folder bundle (dist/campus-twin)")
    args = parser.parse_args(argv)
    try:
        report = warm(args.bundle)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        print(f"warm_jit_cache: FAIL: {error}", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
