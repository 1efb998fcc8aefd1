"""Refresh the ``.ts`` catalogues from the sources with ``pyside6-lupdate``; optionally compile them.

Run from the repository root after adding or changing user-visible texts::

    .venv/bin/python resources/i18n/update_catalogues.py            # update the .ts files
    .venv/bin/python resources/i18n/update_catalogues.py --release  # and compile the .qm files

Why two lupdate passes: ``pyside6-lupdate`` reads a bare ``tr("Context", "Text")`` as
``tr(text, comment)``. The Qt layers (``twin/ui``, ``twin/app.py``) use ``self.tr`` and
``QCoreApplication.translate``, read as they are; the Qt-free layers use
``twin.core.i18n.tr(context, text)``, read with ``-tr-function-alias translate+=tr`` so the
first argument is the context (and ``tr_noop``, which marks a text translated later). The two results are merged into each catalogue, keeping every
existing translation (matched by context and source text) and marking new texts unfinished.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("fr", "en")
QT_LAYERS = ("twin/ui", "twin/app.py")
QT_FREE_LAYERS = ("twin/core", "twin/model", "twin/sim", "twin/live", "twin/io", "twin/render",
                  "twin/session.py", "twin/commands", "twin/cli.py")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def _lupdate(sources: list[str], out: Path, alias: bool) -> None:
    command = [_tool("pyside6-lupdate"), "-silent", "-locations", "absolute", "-extensions", "py"]
    if alias:
        command += ["-tr-function-alias", "translate+=tr,translate+=tr_noop"]
    subprocess.run(command + sources + ["-ts", str(out)], check=True, cwd=ROOT)


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level one-line wrappers ``def _tr(text): return QCoreApplication.translate("Ctx", text)``: name -> context."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        returns = [n for n in node.body if isinstance(n, ast.Return)]
        call = returns[0].value if returns else None
        if isinstance(call, ast.IfExp):
            call = call.body
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
                and len(call.args) == 2 and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            found[node.name] = call.args[0].value
    return found


def _wrapper_messages() -> dict[tuple[str, str], ET.Element]:
    """Texts passed as literals to such wrappers in the Qt layers, which lupdate cannot see."""
    found = {}
    paths = sorted((ROOT / "twin" / "ui").rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    modules = {".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): _wrapper_contexts(tree)
               for path, tree in trees.items()}
    for path, tree in trees.items():
        wrappers = dict(modules[".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")])
        for node in tree.body:  # wrappers imported from another UI module keep that module's context
            if isinstance(node, ast.ImportFrom) and node.module in modules:
                for alias in node.names:
                    if alias.name in modules[node.module]:
                        wrappers[alias.asname or alias.name] = modules[node.module][alias.name]
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                message = ET.Element("message")
                ET.SubElement(message, "location", filename=os.path.relpath(path, HERE).replace(os.sep, "/"), line=str(node.lineno))
                ET.SubElement(message, "source").text = node.args[0].value
                found.setdefault((wrappers[node.func.id], node.args[0].value), message)
    return found


def extract() -> dict[tuple[str, str], ET.Element]:
    """Every translatable text in the sources now: (context, source) -> lupdate's message element."""
    with tempfile.TemporaryDirectory() as tmp:
        qt_ts, free_ts = Path(tmp) / "qt.ts", Path(tmp) / "free.ts"
        _lupdate([s for s in QT_LAYERS if (ROOT / s).exists()], qt_ts, alias=False)
        _lupdate([s for s in QT_FREE_LAYERS if (ROOT / s).exists()], free_ts, alias=True)
        found = {**_messages(qt_ts), **_messages(free_ts), **_wrapper_messages()}
        for message in found.values():
            # lupdate wrote locations relative to the temporary folder: make them relative to
            # this folder, where the catalogues live (as Linguist resolves them).
            for location in message.iter("location"):
                path = (Path(tmp) / location.get("filename", "")).resolve()
                location.set("filename", os.path.relpath(path, HERE).replace(os.sep, "/"))
        return found


def translations(language: str) -> dict[tuple[str, str], str | None]:
    """The catalogue's entries: (context, source) -> translation, ``None`` when unfinished or empty."""
    found = {}
    for key, message in _messages(HERE / f"campus_twin_{language}.ts").items():
        element = message.find("translation")
        finished = element is not None and element.get("type") not in ("unfinished", "obsolete", "vanished")
        found[key] = element.text if finished and element.text else None
    return found


def update(language: str) -> tuple[int, int]:
    """Rewrite ``campus_twin_<language>.ts``; return (messages, unfinished)."""
    target = HERE / f"campus_twin_{language}.ts"
    old = _messages(target)
    fresh = extract()
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    unfinished = 0
    for (context_name, source), message in sorted(fresh.items()):
        context = contexts.get(context_name)
        if context is None:
            context = contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        new = ET.SubElement(context, "message")
        for location in message.iter("location"):
            ET.SubElement(new, "location", filename=location.get("filename", ""), line=location.get("line", "0"))
        ET.SubElement(new, "source").text = source
        comment = message.findtext("comment")
        if comment:
            ET.SubElement(new, "comment").text = comment
        previous = old.get((context_name, source))
        translation = ET.SubElement(new, "translation")
        text = previous.findtext("translation") if previous is not None else None
        kept = previous.find("translation") if previous is not None else None
        if text and kept is not None and kept.get("type") != "unfinished":
            translation.text = text
        else:
            translation.set("type", "unfinished")
            translation.text = text or ""
            unfinished += language != "en"
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return len(fresh), unfinished


def release() -> None:
    """Compile every ``.ts`` beside it into a ``.qm`` (what ``make`` does at set-up)."""
    for language in LANGUAGES:
        source = HERE / f"campus_twin_{language}.ts"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    parser.add_argument("--release-only", action="store_true", help="only compile the .qm files (set-up)")
    args = parser.parse_args()
    if not args.release_only:
        for language in LANGUAGES:
            total, unfinished = update(language)
            print(f"campus_twin_{language}.ts: {total} texts, {unfinished} French texts unfinished" if language == "fr"
                  else f"campus_twin_{language}.ts: {total} texts")
    if args.release or args.release_only:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
