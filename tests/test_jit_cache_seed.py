"""The installer bundle's warm JIT cache: copied where numba looks for it, and used by numba there.

The bundle build (``packaging/warm_jit_cache.py``) stores numba's cache files by the package
path of their source folder; :func:`twin.sim.airflow.backend.seed_from_bundle` puts them where
numba expects them for wherever the bundle is installed. The second test does that relocation
with real numba: a cache compiled for a module in one folder is seeded for a copy of the module
in another and loaded there without compiling.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("numba")

from twin.sim.airflow.backend import BUNDLED_CACHE_DIR, numba_cache_subdir, seed_from_bundle

MODULE = textwrap.dedent(
    """
    from numba import njit

    @njit(cache=True)
    def triple(x):
        return 3.0 * x
    """
)

RUN = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from pkg.sub import kern
    value = kern.triple(2.0)
    print(json.dumps({"value": value, "hits": sum(kern.triple.stats.cache_hits.values()),
                      "misses": sum(kern.triple.stats.cache_misses.values())}))
    """
)


def _run(root: Path, cache: Path) -> dict:
    env = {**os.environ, "NUMBA_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", RUN, str(root)], env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _package(root: Path) -> None:
    sub = root / "pkg" / "sub"
    sub.mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("")
    (sub / "__init__.py").write_text("")
    (sub / "kern.py").write_text(MODULE)


def test_seed_copies_once_per_bundle_build_into_numbas_folder_for_this_install(tmp_path):
    shipped = tmp_path / "bundle" / BUNDLED_CACHE_DIR / "twin" / "sim" / "airflow"
    shipped.mkdir(parents=True)
    (shipped / "k.nbi").write_bytes(b"index")
    (shipped / "k.1.nbc").write_bytes(b"code")
    install = tmp_path / "opt" / "campus-twin" / "_internal"
    cache = tmp_path / "cache"
    target = cache / numba_cache_subdir(str(install / "twin" / "sim" / "airflow"))
    target.mkdir(parents=True)
    (target / "k.nbi").write_bytes(b"left by an older bundle")

    assert seed_from_bundle(tmp_path / "bundle", str(install), cache) == 2
    assert target.name.startswith("airflow_")
    assert (target / "k.1.nbc").read_bytes() == b"code" and (target / "k.nbi").read_bytes() == b"index"
    # numba adds what it compiles for this processor; the next start keeps it
    (target / "k.nbi").write_bytes(b"index + this processor's kernels")
    (target / "k.2.nbc").write_bytes(b"this processor's code")
    assert seed_from_bundle(tmp_path / "bundle", str(install), cache) == 0
    assert (target / "k.nbi").read_bytes() == b"index + this processor's kernels"
    # an upgrade (another build) seeds again
    (shipped / "k.nbi").write_bytes(b"index of the new build")
    assert seed_from_bundle(tmp_path / "bundle", str(install), cache) == 2
    assert (target / "k.nbi").read_bytes() == b"index of the new build"
    assert seed_from_bundle(tmp_path / "nothing shipped", str(install), cache) == 0


def test_a_seeded_cache_is_loaded_by_numba_in_another_install_folder(tmp_path):
    built, installed = tmp_path / "build", tmp_path / "elsewhere" / "install"
    _package(built)
    first = _run(built, tmp_path / "build-cache")
    assert first == {"value": 6.0, "hits": 0, "misses": 1}
    # what warm_jit_cache.py does: store the cache folder by the source folder's package path
    shipped = tmp_path / "bundle" / BUNDLED_CACHE_DIR / "pkg" / "sub"
    shutil.copytree(tmp_path / "build-cache" / numba_cache_subdir(str(built / "pkg" / "sub")), shipped)
    shutil.copytree(built, installed)
    # without seeding, the install folder's cache is cold
    assert _run(installed, tmp_path / "cold")["misses"] == 1
    user_cache = tmp_path / "user-cache"
    assert seed_from_bundle(tmp_path / "bundle", str(installed), user_cache) >= 2
    assert _run(installed, user_cache) == {"value": 6.0, "hits": 1, "misses": 0}


def test_in_a_frozen_app_the_kernels_come_from_their_source_file_so_numba_sees_an_absolute_path(tmp_path):
    """PyInstaller makes frozen modules' file names relative; numba would then place the cache
    by the current folder. The backend compiles the kernels from the bundled source instead."""
    root = Path(__file__).resolve().parents[1]
    bundle = tmp_path / "_internal"
    (bundle / "twin" / "sim" / "airflow").mkdir(parents=True)
    shutil.copy2(root / "twin" / "sim" / "airflow" / "kernels_numba.py", bundle / "twin" / "sim" / "airflow")
    script = textwrap.dedent(
        f"""
        import inspect, json, sys
        sys.path.insert(0, {str(root)!r})
        sys.frozen, sys._MEIPASS = True, {str(bundle)!r}
        from twin.sim.airflow import backend
        module = backend._import_kernels()
        import twin.sim.airflow as package
        print(json.dumps({{"file": inspect.getfile(module.warm_up), "bound": package.kernels_numba is module}}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True,
                          cwd=tmp_path, env={**os.environ, "NUMBA_CACHE_DIR": str(tmp_path / "c")})
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"file": str(bundle / "twin" / "sim" / "airflow" / "kernels_numba.py"), "bound": True}
