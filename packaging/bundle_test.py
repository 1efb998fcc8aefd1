"""``make bundle-test``: build the one-folder bundle in a temporary folder and prove it runs alone.

Steps, each timed and reported:

1. build ``packaging/campus_twin.spec`` with PyInstaller into a fresh temporary folder;
2. run the bundled binary with an environment that has **no Python on the path** (``PATH`` is
   ``/usr/bin:/bin``, no ``VIRTUAL_ENV``, no ``PYTHONPATH``, a fresh ``HOME``, cwd outside the
   source tree), so it can only use what the bundle carries;
3. check that ``--help`` offers every sub-command of :data:`twin.cli.SUBCOMMANDS`;
4. ``snapshot --out x.png --size 640x360``: the PNG must have the asked size, show a real scene
   and match, up to rasterisation noise, the same snapshot rendered from the source tree;
5. ``year --json``: annual PUE within (1.0, 1.5) and heat exported > 0;
6. the shipped JIT cache (``packaging/warm_jit_cache.py``, as ``make bundle`` does): with a
   fresh home, ``bench --compile`` must seed the user's cache from the bundle and have the
   compiled solver ready without compiling (well under the cold compile's minutes);
7. French: a snapshot with ``LANG=fr_FR.UTF-8`` reports in French (the compiled catalogue is in
   the bundle, which cannot compile one);
8. report bundle size, build time and cold start time (``--version``, first run after the build).

Exit status 0 when every check passes. Run with ``--keep`` to leave the folder for inspection,
``--bundle DIR`` to test an existing ``dist/campus-twin`` instead of building one.
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


def folder_size_mb(folder: Path) -> float:
    """Total size of the regular files under ``folder`` in MiB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def bare_environment(home: Path) -> dict[str, str]:
    """An environment with no Python of ours reachable: system PATH only, fresh HOME."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    # Headless: no display, so VTK renders through EGL and Qt (if loaded) offscreen.
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(exe: Path, args: list[str], env: dict[str, str], cwd: Path, timeout: float) -> tuple[subprocess.CompletedProcess, float]:
    """Run the bundled binary; return the completed process and its wall time in seconds."""
    start = time.perf_counter()
    done = subprocess.run([str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return done, time.perf_counter() - start


def check_png(path: Path, reference: Path, width: int, height: int) -> list[str]:
    """Problems with the bundle's snapshot PNG (empty when it matches the source tree's render).

    The same command run from the virtual environment renders ``reference``; the two images
    must have the asked size, show a real scene (many colours) and agree pixel for pixel up to
    small rasterisation noise, so a bundle that lost a font, a VTK module or an asset fails.
    """
    import imageio.v3 as iio
    import numpy as np

    if not path.is_file():
        return [f"{path} was not written"]
    image = iio.imread(path)[..., :3].astype(int)
    problems = []
    if image.shape[:2] != (height, width):
        problems.append(f"snapshot is {image.shape[1]}x{image.shape[0]}, expected {width}x{height}")
        return problems
    colours = len(np.unique(image.reshape(-1, 3) // 8, axis=0))
    if colours < 50:
        problems.append(f"snapshot has only {colours} distinct colours: blank or broken render")
    expected = iio.imread(reference)[..., :3].astype(int)
    differing = float((np.abs(image - expected).sum(axis=2) > 30).mean())
    if differing > 0.01:
        problems.append(f"{differing:.1%} of the pixels differ from the source tree's render of the same view")
    return problems


def check_shipped_jit_cache(bundle: Path, exe: Path, work: Path, report: dict[str, object]) -> list[str]:
    """Warm the bundle's JIT cache as ``make bundle`` does, then start it with a fresh home.

    The fresh start must copy the shipped cache into the user's cache folder and load every
    compiled kernel from it (numba's own cache statistics: none compiled), so it is ready in
    seconds where a cold compile takes minutes.
    """
    sys.path.insert(0, str(ROOT / "packaging"))
    from warm_jit_cache import warm

    try:
        if not bundle_has_jit_cache(bundle):
            report["jit_cache"] = warm(bundle)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        return [f"warming the JIT cache failed: {error}"]
    home = work / "jit-home"
    home.mkdir()
    env = bare_environment(home)
    done, seconds = run(exe, ["bench", "--compile", "--json"], env, work, timeout=1800)
    if done.returncode != 0:
        return [f"bench --compile failed in a fresh home (rc {done.returncode}): {done.stderr.strip()[-800:]}"]
    try:
        result = json.loads(done.stdout)
    except json.JSONDecodeError as error:
        return [f"bench --compile printed no JSON: {error}: {done.stdout[:300]!r}"]
    report["jit_first_start"] = {"wall_s": round(seconds, 1), **result}
    problems = []
    if not result.get("seeded_from_bundle"):
        problems.append("the first start copied no JIT cache file from the bundle")
    if result.get("active") != "numba" or result.get("kernels_compiled") != 0 or not result.get("kernels_from_cache"):
        problems.append(f"the compiled solver did not come from the shipped cache: {result}")
    return problems


def bundle_has_jit_cache(bundle: Path) -> bool:
    """Whether ``bundle`` already carries a warm JIT cache (built by ``make bundle``)."""
    from warm_jit_cache import data_folder

    sys.path.insert(0, str(ROOT))
    from twin.sim.airflow.backend import BUNDLED_CACHE_DIR

    return any(p.is_file() for p in (data_folder(bundle) / BUNDLED_CACHE_DIR).rglob("*"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--bundle", type=Path, help="test this existing bundle folder instead of building one")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="campus-twin-bundle-"))
    report: dict[str, object] = {"folder": str(work)}
    problems: list[str] = []
    try:
        if args.bundle:
            bundle = args.bundle.resolve()
        else:
            start = time.perf_counter()
            build = subprocess.run(
                [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                 str(ROOT / "packaging" / "campus_twin.spec")],
                cwd=ROOT, capture_output=True, text=True,
            )
            report["build_s"] = round(time.perf_counter() - start, 1)
            if build.returncode != 0:
                print(build.stdout[-4000:], build.stderr[-4000:], sep="\n", file=sys.stderr)
                print("bundle-test: FAIL: PyInstaller failed", file=sys.stderr)
                return 1
            bundle = work / "dist" / "campus-twin"
        exe = bundle / "campus-twin"
        report["size_mib"] = round(folder_size_mb(bundle), 1)
        home = work / "home"
        home.mkdir()
        env = bare_environment(home)
        cwd = work  # outside the source tree: nothing of the checkout can be imported

        done, cold = run(exe, ["--version"], env, cwd, timeout=120)
        report["cold_start_version_s"] = round(cold, 2)
        if done.returncode != 0:
            problems.append(f"--version failed: {done.stderr.strip()[-500:]}")
        _, warm = run(exe, ["--version"], env, cwd, timeout=120)
        report["warm_start_version_s"] = round(warm, 2)

        from twin.cli import SUBCOMMANDS

        done, _ = run(exe, ["--help"], env, cwd, timeout=120)
        missing = [name for name in SUBCOMMANDS if name not in done.stdout]
        if done.returncode != 0 or missing:
            problems.append(f"--help lacks sub-commands {missing} (rc {done.returncode}): {done.stderr[-500:]}")

        png = work / "snapshot.png"
        done, seconds = run(exe, ["snapshot", "--out", str(png), "--size", "640x360"], env, cwd, timeout=300)
        report["snapshot_s"] = round(seconds, 1)
        if done.returncode != 0:
            problems.append(f"snapshot failed (rc {done.returncode}): {done.stderr.strip()[-800:]}")
        else:
            reference = work / "reference.png"
            subprocess.run(
                [sys.executable, "-m", "twin", "snapshot", "--out", str(reference), "--size", "640x360"],
                cwd=ROOT, capture_output=True, text=True, timeout=300, check=True,
            )
            problems += check_png(png, reference, 640, 360)

        problems += check_shipped_jit_cache(bundle, exe, work, report)

        # French: the catalogue must come compiled in the bundle (it has no lrelease to make one)
        french = {**env, "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}
        done, _ = run(exe, ["snapshot", "--out", str(work / "fr.png"), "--size", "320x180"], french, cwd, timeout=300)
        said = done.stdout.strip().splitlines()[-1:]
        report["french_snapshot_says"] = said
        if done.returncode != 0 or not said or not said[0].startswith("écrit") or "English" in done.stderr:
            problems.append(f"the bundle does not speak French (rc {done.returncode}): {done.stdout[-300:]} {done.stderr[-500:]}")

        done, seconds = run(exe, ["year", "--json"], env, cwd, timeout=600)
        report["year_s"] = round(seconds, 1)
        if done.returncode != 0:
            problems.append(f"year --json failed (rc {done.returncode}): {done.stderr.strip()[-800:]}")
        else:
            try:
                year = json.loads(done.stdout)
            except json.JSONDecodeError as error:
                problems.append(f"year --json printed no JSON: {error}: {done.stdout[:300]!r}")
            else:
                pue = float(year.get("annual_pue", float("nan")))
                heat = float(year.get("heat_exported_mwh", float("nan")))
                report["annual_pue"] = pue
                report["heat_exported_mwh"] = heat
                if not 1.0 < pue < 1.5:
                    problems.append(f"annual PUE {pue} outside (1.0, 1.5)")
                if not heat > 0:
                    problems.append(f"heat exported {heat} MWh is not positive")
    finally:
        if not args.keep and not args.bundle:
            shutil.rmtree(work, ignore_errors=True)

    report["problems"] = problems
    print(json.dumps(report, indent=2))
    if problems:
        print("bundle-test: FAIL", file=sys.stderr)
        return 1
    print("bundle-test: 1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
