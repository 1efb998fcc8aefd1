"""Two languages: complete French catalogue, no bare strings in the UI, numbers per language, live switch."""

from __future__ import annotations

import ast
import builtins
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
import update_catalogues  # noqa: E402  (the catalogue tool, not an installed module)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_every_french_text_is_translated():
    """Every translatable text in the sources has a finished, non-empty French translation."""
    in_sources = update_catalogues.extract()
    french = update_catalogues.translations("fr")
    assert len(in_sources) > 250
    missing = sorted(key for key in in_sources if not french.get(key))
    assert not missing, (
        f"{len(missing)} texts have no finished French translation in resources/i18n/campus_twin_fr.ts "
        f"(run resources/i18n/update_catalogues.py, then translate): {missing[:15]}"
    )


def test_no_unfinished_entry_in_the_french_catalogue():
    text = (ROOT / "resources" / "i18n" / "campus_twin_fr.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text and "<translation />" not in text


def test_french_translations_keep_their_placeholders():
    """A translation that drops or renames ``{value}`` would raise KeyError at run time."""
    wrong = [
        (context, source, translation)
        for (context, source), translation in update_catalogues.translations("fr").items()
        if translation and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation))
    ]
    assert not wrong, wrong[:5]


# -- the no-bare-string lint ---------------------------------------------------------------

TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText", "setTitle",
    "addMenu", "addAction", "showMessage", "addItem", "addItems", "insertItem", "setItemText", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setPrefix", "setSuffix", "addTab", "setTabText", "setTabToolTip",
    "addRow", "setLabelText", "setInformativeText", "setDetailedText", "setSpecialValueText", "setFormat",
    "addButton", "setButtonText", "addToolBar", "setAccessibleName",
}
"""Qt methods whose string arguments reach the user."""
TEXT_CONSTRUCTORS = {
    "QLabel", "QAction", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QDockWidget", "QListWidgetItem",
    "QTableWidgetItem", "QToolButton", "QMenu", "QTreeWidgetItem", "QStandardItem", "QCommandLinkButton",
}
DIALOG_FUNCTIONS = {
    "critical", "warning", "information", "question", "about", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "getText", "getItem", "getInt", "getDouble", "getMultiLineText",
}
"""Static helpers of QMessageBox / QFileDialog / QInputDialog: title, text, filter."""


def _words(text: str) -> bool:
    """True when a literal would show words: letters once HTML tags and placeholders are removed."""
    stripped = re.sub(r"<[^>]*>", "", text)
    stripped = PLACEHOLDER.sub("", stripped)
    return bool(re.search(r"[A-Za-zÀ-ÿ]{2,}", stripped))


def _literal_text(node: ast.AST) -> bool:
    """True when ``node`` is user text written in the source rather than passed through tr()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _words(node.value)
    if isinstance(node, ast.JoinedStr):
        written = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        return _words(written) or any(isinstance(v, ast.FormattedValue) and _literal_text(v.value) for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_text(node.func.value)
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_literal_text(element) for element in node.elts)
    return False


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def bare_strings(path: Path) -> list[str]:
    """``file:line: call`` for every user-visible literal that bypasses translation in ``path``.

    A line ending in ``# notr`` (an address, a protocol name, a language named in itself) is allowed.
    """
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name not in TEXT_METHODS | TEXT_CONSTRUCTORS | DIALOG_FUNCTIONS:
            continue
        if name in DIALOG_FUNCTIONS and not (isinstance(node.func, ast.Attribute) and _name(node.func.value) in
                                             ("QMessageBox", "QFileDialog", "QInputDialog")):
            continue
        arguments = list(node.args) + [k.value for k in node.keywords if k.arg in ("text", "title", "caption", "filter")]
        if name == "addItem" and node.args:
            # addItem(text, data) / addItem(icon, text, data): the data is not shown.
            arguments = [node.args[1] if len(node.args) >= 3 else node.args[0]]
        elif name == "insertItem" and len(node.args) >= 2:
            arguments = [node.args[1]]
        if name in DIALOG_FUNCTIONS and name.startswith("getSave"):
            arguments = [a for index, a in enumerate(node.args) if index != 2]  # the suggested file name
        if any(_literal_text(argument) for argument in arguments):
            line = lines[node.lineno - 1]
            if "# notr" in line or (node.end_lineno and any("# notr" in lines[i] for i in range(node.lineno - 1, node.end_lineno))):
                continue
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {line.strip()[:100]}")
    return found


def test_the_lint_finds_bare_strings(tmp_path):
    """The lint itself: it flags what it must and lets translated and technical texts through."""
    sample = ROOT / "tests" / "_lint_sample.py"
    try:
        sample.write_text(
            "label = QLabel('Wind speed')\n"
            "label.setText(f'{x} cells')\n"
            "label.setToolTip('Plume' if a else self.tr('Veil'))\n"
            "QMessageBox.critical(self, 'Cannot open', str(error))\n"
            "ok = QLabel(self.tr('Wind speed'))\n"
            "ok.setText(self.tr('{x} cells').format(x=1))\n"
            "ok.setText('–')\n"
            "ok.setText(f\"<span style='color:{c}'>{text}</span>\")\n"
            "edit = QLineEdit('mqtt://localhost:1883')\n"
            "ok.addItems(['dsx', 'plain'])  # notr: protocol names\n"
            "ok.addItem(self.tr('Night map'), 'night')\n"
            "QFileDialog.getSaveFileName(self, self.tr('Save'), 'campus.geojson', self.tr('Layout (*.geojson)'))\n",
            encoding="utf-8",
        )
        found = bare_strings(sample)
    finally:
        sample.unlink()
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "4"]


def test_no_user_visible_string_in_the_ui_bypasses_translation():
    found = [hit for path in sorted((ROOT / "twin" / "ui").rglob("*.py")) for hit in bare_strings(path)]
    found += bare_strings(ROOT / "twin" / "app.py")
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


# -- numbers and dates per language ---------------------------------------------------------


@pytest.fixture
def language():
    """Set the core formatter's language for one test, and restore English after."""
    from twin.core import i18n

    def set_language(code: str) -> None:
        i18n.install_translator(None, code)

    yield set_language
    i18n.install_translator(None, "en")


def test_numbers_are_written_as_each_language_writes_them(language):
    from twin.core.i18n import format_number

    language("fr")
    assert format_number(24000) == "24\u00a0000"
    assert format_number(1.2, 1) == "1,2"
    assert format_number(1234567.891, 2) == "1\u00a0234\u00a0567,89"
    assert format_number(-0.04, 1, signed=True) == "+0,0"
    assert format_number(0.31, 1, signed=True) == "+0,3"
    assert format_number(float("nan")) == "–"
    language("en")
    assert format_number(24000) == "24,000"
    assert format_number(1.2, 1) == "1.2"
    assert format_number(2030, group=False) == "2030"


def test_numbers_match_qlocale(language):
    """The Qt-free formatter agrees with Qt's CLDR data (French groups with a (narrow) no-break space)."""
    from PySide6.QtCore import QLocale

    from twin.core.i18n import format_number

    for code, locale in (("fr", QLocale(QLocale.Language.French, QLocale.Country.France)),
                         ("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))):
        language(code)
        for value, decimals in ((24000, 0), (1.25, 1), (987654.321, 2), (0.5, 3)):
            qt = locale.toString(float(value), "f", decimals).replace("\u202f", "\u00a0")
            assert format_number(value, decimals) == qt, (code, value)


# -- catalogues at run time -----------------------------------------------------------------


def test_a_missing_catalogue_is_compiled_on_first_use(tmp_path, monkeypatch, qapp):
    """A checkout run without ``make``: the .qm is built into the cache, and it loads."""
    import shutil

    from PySide6.QtCore import QTranslator

    from twin.ui import i18n

    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "i18n" / "campus_twin_fr.ts", folder)
    monkeypatch.setattr(i18n, "project_root", lambda: tmp_path)
    monkeypatch.setattr(i18n.QStandardPaths, "writableLocation", staticmethod(lambda _kind: str(tmp_path / "cache")))
    path = i18n.compiled_catalogue("fr")
    assert path == tmp_path / "cache" / "i18n" / "campus_twin_fr.qm" and path.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("MainWindow", "Properties") == "Propriétés"
    assert i18n.compiled_catalogue("de") is None


@pytest.fixture
def french(qapp):
    """French for one test; English again after (the rest of the suite reads English texts)."""
    from twin.ui.i18n import language_manager

    manager = language_manager()
    assert manager.set_language("fr")
    yield manager
    manager.set_language("en")


def test_caption_names_overlays_in_the_users_language(french):
    """Overlay ids are shown by name ("plume" is a feather in French: the caption says panache)."""
    from twin.core.provenance import ExportInfo
    from twin.render.scene import caption_lines

    info = ExportInfo("0.1.0", "Escaudain", "campus.geojson", "ab" * 32, overlays=("temperature", "plume"), solver_state="settled")
    assert "air chaud à une hauteur donnée, panache" in "\n".join(caption_lines(info))
    assert "250° (OSO)" in "\n".join(caption_lines(info.replace(wind_from_deg=250.0, wind_speed_ms=3.0, ambient_c=10.0)))


def test_caption_names_the_bundled_weather_in_the_users_language(french):
    """The bundled series' labels are English data; the caption names them in French, a user's file as it is."""
    from twin.core.provenance import ExportInfo
    from twin.render.scene import caption_lines

    info = ExportInfo("0.1.0", "Escaudain", "campus.geojson", "ab" * 32, wind_from_deg=240.0, wind_speed_ms=5.0,
                      ambient_c=11.0, weather_source="SYNTHETIC year (seed 2030) from normals + HEAT WAVE 22-27 July 2019, "
                                                     "reconstructed: peak")
    text = "\n".join(caption_lines(info))
    assert "Année SYNTHÉTIQUE + CANICULE 22-27 juillet 2019" in text and "SYNTHETIC" not in text
    own = "\n".join(caption_lines(info.replace(weather_source="Lille 2022 (EPW file)")))
    assert "Lille 2022" in own


def test_qt_free_layers_translate_through_the_installed_catalogue(french):
    from twin.core.i18n import current_language, tr
    from twin.render.scene import compass_name

    assert current_language() == "fr"
    assert tr("Scene", "Homes · {commune}").format(commune="Lourches") == "Habitations · Lourches"
    assert compass_name(250.0) == "OSO"
    french.set_language("en")
    assert tr("Scene", "Homes · {commune}") == "Homes · {commune}"
    assert compass_name(250.0) == "WSW"


@pytest.fixture
def window(qtbot):
    from twin.app import build_window

    main_window = build_window(with_twin=False)
    main_window.resize(1280, 720)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    from twin.ui.i18n import language_manager

    language_manager().set_language("en")
    main_window.document.undo_stack.set_clean()
    main_window.close()
    main_window.deleteLater()


def test_the_language_switch_changes_visible_texts_live(window, qtbot):
    from PySide6.QtWidgets import QApplication

    menus = lambda: [action.text() for action in window.menuBar().actions()]  # noqa: E731
    assert "&File" in menus()
    assert window.properties_dock.windowTitle() == "Properties"
    window.actions_by_id["language.fr"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.properties_dock.windowTitle() == "Propriétés", timeout=3000)
    assert "&Fichier" in menus() and "&Langue" in menus()
    assert window.actions_by_id["view.camera.overview"].text() == "Vue d’ensemble"
    assert window.properties.heading.text() == "Cliquez sur un bâtiment pour voir ses chiffres."
    hint = window.editing.hint_label.text() if hasattr(window, "editing") else window.statusBar().currentMessage()
    assert "Glisser clic gauche" in hint
    assert window.live_panel.time_box.title() == "Temps"
    assert window.airflow_panel.overlay_checks["plume"].text().startswith("Panache")
    assert "salles informatiques" in window.status_label.text()
    assert window.actions_by_id["language.fr"].isChecked()
    # The 3-D labels follow too: a building's label is rebuilt in the new language.
    window.document.select("dc2")
    assert window.properties.value_of("IT capacity") == "100 MW"
    assert window.properties.source_of("IT capacity") == "dérivé"
    window.actions_by_id["language.en"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.properties_dock.windowTitle() == "Properties", timeout=3000)
    assert "&File" in menus()
    assert window.properties.source_of("IT capacity") == "derived"


def test_the_command_line_and_the_app_take_a_language(qapp):
    from twin.app import install_language
    from twin.cli import build_parser
    from twin.core.i18n import current_language, format_number

    assert build_parser().parse_args(["run", "--lang", "fr"]).lang == "fr"
    assert build_parser().parse_args(["run"]).lang is None  # the system locale's then
    try:
        assert install_language("fr") == "fr" and current_language() == "fr"
        assert format_number(24000) == "24\u00a0000"
    finally:
        assert install_language("en") == "en"


def test_commands_speak_the_system_language():
    """``twin year`` under a French locale prints its messages in French (Qt Core only, no window)."""
    import os
    import subprocess

    env = {**os.environ, "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"}
    result = subprocess.run([sys.executable, "-m", "twin", "year", "--weather", "/nonexistent.epw", "--no-airflow"],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("erreur\u00a0: /nonexistent.epw"), result.stderr
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "LANGUAGE": ""}
    result = subprocess.run([sys.executable, "-m", "twin", "year", "--weather", "/nonexistent.epw", "--no-airflow"],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.stderr.startswith("error: /nonexistent.epw"), result.stderr


# -- error messages of the readers ------------------------------------------------------------

NOT_USER_VISIBLE = {"AssertionError", "NotImplementedError", "KeyError"}
"""Exceptions that never reach a user as text (programming errors, internal look-ups)."""


def untranslated_errors(path: Path) -> list[str]:
    """``file:line: code`` for each error message in ``path`` written as a bare literal.

    A line ending in ``# notr`` (a programming error no user sees) is allowed.

    The message is the first argument of ``self.fail(...)`` and of the built-in exceptions,
    the second (after the file) of the readers' ``...Error(path, message, ...)`` and of the
    ``error(path, message)`` of :mod:`twin.io.errors`.
    """
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name == "fail" or (name.endswith("Error") and hasattr(builtins, name)):
            message = node.args[:1]
        elif name.endswith("Error") or name == "error":
            message = node.args[1:2]
        else:
            continue
        if name in NOT_USER_VISIBLE:
            continue
        message += [k.value for k in node.keywords if k.arg in ("message", "reason")]
        if any(_literal_text(argument) for argument in message) and "# notr" not in lines[node.lineno - 1]:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {lines[node.lineno - 1].strip()[:100]}")
    return found


def test_the_error_lint_finds_bare_messages(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise EpwError(path, f'impossible year {year}', line=3, field='date')\n"
        "raise self.fail('is missing', feature, 'height_m')\n"
        "raise ValueError('EPSG code must be a whole number')\n"
        "raise error(path, 'is a folder, not a file')\n"
        "raise EpwError(path, tr('Weather', 'impossible year {year}').format(year=year), field='date')\n"
        "raise self.fail(tr('Layout', 'is missing'), feature, 'height_m')\n"
        "raise AssertionError('unreachable')\n"
        "raise RuntimeError('the video is already closed')  # notr: a programming error\n",
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = untranslated_errors(sample)
    finally:
        ROOT = saved
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "4"]


def test_every_reader_error_goes_through_tr():
    """Readers (layout, EPW, load CSV, tour, recovery, geo) say what is wrong in the user's language."""
    found = [hit for path in sorted((ROOT / "twin" / "io").rglob("*.py")) for hit in untranslated_errors(path)]
    assert not found, "wrap these messages in tr('Context', '...'):\n" + "\n".join(found)


def _bad_epw(tmp_path):
    from twin.io.epw import write_epw
    from twin.sim.weather import load_default_weather

    path = tmp_path / "bad.epw"
    write_epw(path, load_default_weather())
    lines = path.read_text().splitlines()
    fields = lines[8 + 40].split(",")
    fields[6] = "99.9"  # EPW's missing-value code for the dry-bulb temperature
    lines[8 + 40] = ",".join(fields)
    path.write_text("\n".join(lines) + "\n")
    return path


def test_reader_errors_in_french_name_file_feature_and_field(french, tmp_path):
    """The same errors in French: the file, the line or feature and the field stay named."""
    import json

    from twin.core.paths import default_layout_path
    from twin.io.epw import EpwError, read_epw
    from twin.io.layout import LayoutError, load_layout
    from twin.io.loadcsv import LoadCsvError, read_load_csv

    document = json.loads(default_layout_path().read_text())
    next(f for f in document["features"] if f["id"] == "dc2")["properties"]["height_m"] = "24 m"
    layout = tmp_path / "bad.geojson"
    layout.write_text(json.dumps(document))
    with pytest.raises(LayoutError) as caught:
        load_layout(layout)
    assert str(caught.value) == f"{layout} : élément 'dc2', champ 'height_m' : doit être un nombre, reçu \"24 m\""

    epw = _bad_epw(tmp_path)
    with pytest.raises(EpwError) as caught:
        read_epw(epw)
    assert caught.value.field == "dry-bulb temperature"
    assert str(caught.value).startswith(f"{epw}, ligne 49, champ 'température sèche' : code de valeur manquante 99.9")

    csv = tmp_path / "load.csv"
    csv.write_text("timestamp,building_id,load_mw\n2030-01-01T00:00,dc1,-5\n")
    with pytest.raises(LoadCsvError) as caught:
        read_load_csv(csv)
    assert str(caught.value) == f"{csv}, ligne 2, colonne 'load_mw' : la charge est négative : -5 MW"

    with pytest.raises(LayoutError, match="impossible de lire le fichier"):
        load_layout(tmp_path / "absent.geojson")


# -- a live switch reaches the 3-D view and every dock --------------------------------------


def _scene_texts(window) -> list[str]:
    """The texts of every 3-D label of the scene (read from the label actors, not from pixels)."""
    from twin.render.vtk import vtkBillboardTextActor3D

    texts = []
    for renderer in (window.viewport.scene.layers.labels, window.viewport.renderer):
        props = renderer.GetViewProps()
        props.InitTraversal()
        for _ in range(props.GetNumberOfItems()):
            prop = props.GetNextProp()
            if isinstance(prop, vtkBillboardTextActor3D) and prop.GetInput():
                texts.append(prop.GetInput())
    return texts


def _switch(window, qtbot, code: str, title: str) -> None:
    from PySide6.QtWidgets import QApplication

    window.actions_by_id[f"language.{code}"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.properties_dock.windowTitle() == title, timeout=3000)


def test_3d_labels_follow_a_live_language_switch(window, qtbot):
    """Names, homes markers, the reserve's figures and town directions are re-written on a switch."""
    english = "\n".join(_scene_texts(window))
    for text in ("Nature reserve", "Heat recovery", "Training & incubator", "Homes · Denain", "Data hall 4", "MW IT", "trees"):
        assert text in english, text
    _switch(window, qtbot, "fr", "Propriétés")
    french = "\n".join(_scene_texts(window))
    for text in ("Nature reserve", "Heat recovery", "Training & incubator", "Homes · ", "Data hall", " trees", "MW IT"):
        assert text not in french, (text, french)
    for text in ("Réserve naturelle", "Récupération de chaleur", "Habitations · Denain", "arbres"):
        assert text in french, (text, french)
    assert re.search(r"\d,\d km", french), french  # town distances with a decimal comma
    # The caption's frame stamp must see the change, or the viewport would skip the frame.
    window.viewport.render_now()
    _switch(window, qtbot, "en", "Properties")
    assert "\n".join(_scene_texts(window)) == english


def test_no_orphan_dock_tab_bar_over_the_docks(window, qtbot):
    """Qt 6.11 drew a second, stale "Properties | Neighbours" tab bar over the layout-checks dock."""
    from PySide6.QtWidgets import QApplication, QTabBar

    QApplication.processEvents()
    for code, title in (("en", "Properties"), ("fr", "Propriétés")):
        if code == "fr":
            _switch(window, qtbot, code, title)
        bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()]
        tabs = [bar.tabText(index) for bar in bars for index in range(bar.count())]
        assert len(tabs) == len(set(tabs)), tabs  # each dock's tab shown once
        assert title in tabs
        checks = window.checks_dock.geometry()
        assert not any(bar.geometry().intersects(checks) for bar in bars), [bar.geometry() for bar in bars]


def _visible_texts(window) -> list[tuple[str, str]]:
    """(what, text) of every visible widget text of the window: labels, buttons, group boxes,
    dock titles, tab texts (of tab widgets and of the dock tab bars)."""
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QGroupBox, QLabel, QTabBar

    found = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            found.append((f"{type(widget).__name__} {widget.objectName()}", widget.text()))
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.title():
            found.append(("QGroupBox", box.title()))
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible():
            found.append(("QDockWidget", dock.windowTitle()))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            found += [("tab", bar.tabText(index)) for index in range(bar.count())]
    return found


def _other_texts(window) -> list[tuple[str, str]]:
    """Texts met on hovering or opening: tooltips of visible widgets, actions and their tips
    (menus, toolbars' own toggles), menu titles, combo box items, table headers."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QMenu, QTableWidget, QToolBar, QWidget

    found = [("tooltip", w.toolTip()) for w in window.findChildren(QWidget) if w.isVisible() and w.toolTip()]
    for action in window.findChildren(QAction):
        found += [("action", action.text()), ("status tip", action.statusTip())]
    found += [("menu", menu.title()) for menu in window.findChildren(QMenu)]
    found += [("toolbar", bar.windowTitle()) for bar in window.findChildren(QToolBar)]
    for combo in window.findChildren(QComboBox):
        found += [("combo item", combo.itemText(index)) for index in range(combo.count())]
    for table in window.findChildren(QTableWidget):
        found += [("header", item.text()) for item in map(table.horizontalHeaderItem, range(table.columnCount())) if item]
    return [(what, text) for what, text in found if text]


def test_no_visible_text_stays_english_after_a_switch_to_french(window, qtbot):
    """Every dock and panel re-sets its texts on LanguageChange: none shows an English source
    whose French translation exists in the catalogue."""
    french = {source: text for (_context, source), text in update_catalogues.translations("fr").items()
              if text and text != source}
    from PySide6.QtWidgets import QApplication

    _switch(window, qtbot, "fr", "Propriétés")
    shown = _visible_texts(window)
    for dock in (window.neighbours_dock, window.compare_dock, window.airflow_dock):  # the tabs behind
        dock.raise_()
        QApplication.processEvents()
        assert dock.widget().isVisible()
        shown += _visible_texts(window)
    assert len(shown) > 80
    shown += _other_texts(window)
    stale = sorted({(what, text) for what, text in shown if text in french or text.replace("&", "") in french})
    assert not stale, "\n".join(map(repr, stale))


def test_overlay_legends_follow_a_language_switch(french):
    """Legends are VTK text set when a frame is drawn; a settled field brings no new frame, so a
    switch must draw them again (FieldOverlays.retranslate, called by the window's retranslate)."""
    from types import SimpleNamespace

    import numpy as np

    from twin.core.paths import default_layout_path
    from twin.io.layout import load_layout
    from twin.render.field import FieldOverlays
    from twin.render.vtk import vtkRenderer

    campus = load_layout(default_layout_path())
    french.set_language("en")
    overlays = FieldOverlays(vtkRenderer())
    overlays.shown.update(temperature=True, wind=True, plume=True, vertical=False, recirculation=False)
    shape = (16, 12, 8)
    rise = np.zeros(shape)
    rise[6:10, 4:8, :4] = 3.0  # a warm block, so the plume veil has something to wrap
    frame = SimpleNamespace(valid=True, wind_frame=SimpleNamespace(flow_unit=(1.0, 0.0), origin_campus=(-400.0, -300.0)),
                            grid=SimpleNamespace(spacing=(50.0, 50.0, 5.0)), temperature_c=20.0 + rise,
                            weather=SimpleNamespace(ambient_c=20.0), velocity=(np.ones(shape), np.zeros(shape), np.zeros(shape)))
    assert overlays.update(frame, campus)
    assert overlays.temperature.legend.GetTitle() == "Air warmer than around it (°C)"
    assert overlays.wind.legend.GetTitle() == "Wind speed (m/s)"
    assert overlays.plume.legend.GetInput().startswith("Pale veil")
    french.set_language("fr")
    overlays.retranslate(campus)
    assert overlays.temperature.legend.GetTitle() == "Air plus chaud qu’alentour (°C)"
    assert overlays.wind.legend.GetTitle() == "Vitesse du vent (m/s)"
    assert overlays.plume.legend.GetInput().startswith("Voile pâle")


def test_spin_boxes_write_numbers_as_the_language_does(window, qtbot):
    """QLocale.setDefault reaches new widgets only: the open window's spin boxes must follow too."""
    box = window.airflow_panel.wind_speed
    box.setValue(3.5)
    assert "3.50" in box.text()
    _switch(window, qtbot, "fr", "Propriétés")
    qtbot.waitUntil(lambda: "3,50" in box.text(), timeout=3000)
    _switch(window, qtbot, "en", "Properties")
    qtbot.waitUntil(lambda: "3.50" in box.text(), timeout=3000)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_left_docks_fit_1280x720_without_scrolling_sideways(window, qtbot, language):
    """The load/weather and wind/heat docks (300 px at 1280x720): combo boxes elide instead of
    asking for their longest item (they pushed both docks into a sideways scroll, 318 and 302 px)."""
    from PySide6.QtWidgets import QApplication

    if language == "fr":
        _switch(window, qtbot, "fr", "Propriétés")
    for dock in (window.live_dock, window.airflow_dock):
        dock.raise_()
        QApplication.processEvents()
        area = dock.widget()
        assert area.widget().minimumSizeHint().width() <= area.viewport().width(), (dock.objectName(), area.widget().minimumSizeHint().width())
        assert not area.horizontalScrollBar().isVisible(), dock.objectName()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_right_docks_fit_1280x720_without_scrolling_sideways(window, qtbot, language):
    """French texts are longer: the Compare buttons (two a row), the rules row and the neighbours'
    switches (below the period) must still fit."""
    from PySide6.QtWidgets import QApplication

    if language == "fr":
        _switch(window, qtbot, "fr", "Propriétés")
    window.compare_dock.raise_()
    QApplication.processEvents()
    for dock in (window.compare_dock, window.checks_dock, window.neighbours_dock):
        dock.raise_()
        QApplication.processEvents()
        area = dock.widget()
        assert area.widget().minimumSizeHint().width() <= area.viewport().width(), dock.objectName()
        assert not area.horizontalScrollBar().isVisible(), dock.objectName()
