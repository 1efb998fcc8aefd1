"""Presenter mode: one key (F11) turns the window into a full-screen, read-only view for residents.

On entering, the window goes full screen; menus, status bar, tool bars and every engineering
dock are hidden (their visibility is remembered and restored on leaving); the 3-D view takes the
screen above a band of four large plain-language cards (:mod:`~twin.ui.presenter.cards`), with
one slim bar of big buttons: the views, the guided tour, "what about my street?", the language,
and leaving. Editing is locked: the viewport's tool becomes :class:`ViewOnlyTool` (clicks still
select, nothing moves) and every edit action is disabled; an attempt is answered on screen.

The cards' figures come from :func:`~twin.ui.presenter.figures.compute_figures` on a worker
thread (the same functions as ``twin year`` and ``twin residents``); they are recomputed when
the layout differs from the one they were computed for, and the cards say "being computed…"
meanwhile.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from twin.ui.presenter.cards import AirNow, CardStrip, card_texts
from twin.ui.presenter.figures import ConsultationFigures, compute_figures
from twin.ui.presenter.street import StreetCard, street_sentences

EDIT_ACTION_PREFIXES = ("edit.", "file.open", "file.save", "file.new", "file.revert", "layout.")
"""Actions disabled in presenter mode (anything that changes or replaces the layout)."""
PRESENTER_OVERLAYS = {"temperature": False, "vertical": False, "plume": True}
"""Overlays set on entering presenter mode (the others stay as they were). From the overview
camera the temperature slice at a height reads as a sheet of flames over the campus; the plume
veil (the surface of air 2 °C warmer than around it) reads as warm air rising and drifting."""
REFRESH_MS = 1000
"""The cards re-read the twin once a second (a projector audience does not need more)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterMode", text)


class ViewOnlyTool:
    """The viewport tool of presenter mode: the camera moves, clicks select, nothing is edited.

    A press that would start an edit (Shift held) is consumed and answered with a message, so
    a presenter's slip never moves a building in front of an audience.
    """

    id = "view-only"

    def __init__(self, mode: PresenterMode) -> None:
        self._mode = mode
        self._press: tuple[int, int] | None = None

    def activate(self) -> None:
        handles = getattr(self._mode.window.viewport.scene, "handles", None)
        if handles is not None:
            handles.clear()  # no editing grips on screen

    def deactivate(self) -> None:
        self._press = None

    def refresh(self) -> None:
        pass

    def hint(self) -> str:
        return _tr("Presenter mode: editing is off")

    def press(self, event) -> bool:  # noqa: ANN001 - twin.ui.tools.ToolEvent
        if event.shift or event.ctrl:
            self._mode.refuse_edit()
            return True
        self._press = event.display if event.left else None
        return False

    def move(self, event) -> bool:  # noqa: ANN001
        return False

    def release(self, event) -> bool:  # noqa: ANN001
        press, self._press = self._press, None
        if press is not None and abs(press[0] - event.display[0]) + abs(press[1] - event.display[1]) <= 4:
            self._mode.clicked(event.display)
        return False


class PresenterMode(QObject):
    """Presenter mode of a :class:`~twin.ui.main_window.MainWindow` (toggle with F11 or its button).

    Parameters
    ----------
    window
        The main window.
    figures_factory
        Computes the cards' figures for a campus (on a worker thread);
        :func:`~twin.ui.presenter.figures.compute_figures` on the bundled weather by default.
    """

    toggled = Signal(bool)
    """Presenter mode was entered (True) or left (False)."""
    figures_ready = Signal(object)
    """New :class:`ConsultationFigures` arrived (on the GUI thread)."""
    commune_clicked = Signal(str)
    """A click on the map near a commune's homes (its name): "what about my street?"."""

    def __init__(self, window: QMainWindow, figures_factory=None) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.active = False
        self.commune = self._default_commune()
        self.figures: ConsultationFigures | None = None
        self.figures_factory = figures_factory or _default_figures
        """Computes the figures for a campus (replaceable, e.g. by tests)."""
        self._future: Future | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._saved: dict = {}
        self.full_screen = True
        """Go full screen on entering (tests turn it off to try a given projector size)."""
        self._message = ""
        self._bar_px = 15
        """The presenter bar's type size now (see :meth:`_fit_bar`)."""

        self.action = QAction(window)
        self.action.setObjectName("view.presenter")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.toggled.connect(self.set_active)
        # On the window itself: its shortcut still works once the menu bar is hidden.
        window.addAction(self.action)
        self.leave_action = QAction(window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.triggered.connect(lambda: self.set_active(False))
        self.leave_action.setEnabled(False)
        window.addAction(self.leave_action)

        self.cards = CardStrip()
        self.caption = QLabel()
        """The guided tour's caption, shown in place of the cards while a stop is on screen
        (the 3-D view keeps its height on a 720-pixel projector)."""
        self.caption.setObjectName("presenter_caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setObjectName("presenter_message")
        band = QWidget()
        band.setObjectName("presenter_band")
        band.setStyleSheet("#presenter_band { background: #eef2f5; }")
        band_layout = QVBoxLayout(band)
        band_layout.setContentsMargins(0, 0, 0, 0)
        band_layout.setSpacing(0)
        self.street_card = StreetCard()
        """"What about my street?": shown in place of the four cards for one commune."""
        self.street_card.closed.connect(self.show_cards)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.cards)
        self.stack.addWidget(self.street_card)
        self.stack.addWidget(self.caption)
        band_layout.addWidget(self.stack)
        self._band = band
        self.cards_dock = QDockWidget(window)
        self.cards_dock.setObjectName("presenter_cards_dock")
        self.cards_dock.setTitleBarWidget(QWidget())
        self.cards_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.cards_dock.setWidget(band)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.cards_dock)
        self.cards_dock.hide()

        self.bar = QToolBar(window)
        self.bar.setObjectName("presenter_bar")
        self.bar.setMovable(False)
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.view_actions: dict[str, QAction] = {}
        for name in ("overview", "top", "escaudain", "lourches"):
            action = self.bar.addAction("")
            action.triggered.connect(lambda _=False, n=name: self.window.apply_camera(n))
            self.view_actions[name] = action
        self.bar.addSeparator()
        self.tour_slot = self.bar.addSeparator()
        """Where the tour player puts its buttons (:mod:`twin.ui.presenter.tour_player`)."""
        self.street_label = QLabel()
        self.street = QComboBox()
        self.street.setObjectName("presenter_street")
        self.bar.addWidget(self.street_label)
        self.bar.addWidget(self.street)
        self.street.activated.connect(lambda i: self._street_chosen(self.street.itemData(i)))
        self.bar.addSeparator()
        self.language_actions: dict[str, QAction] = {}
        from twin.ui.i18n import LANGUAGES, language_manager

        for code in LANGUAGES:
            action = self.bar.addAction(code.upper())
            action.triggered.connect(lambda _=False, c=code: language_manager().set_language(c))
            self.language_actions[code] = action
        self.bar.addSeparator()
        self.leave_button = self.bar.addAction("")
        self.leave_button.triggered.connect(lambda: self.set_active(False))
        self.bar.addWidget(self.message)
        self.bar.hide()

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.figures_ready.connect(self._on_figures)
        window.installEventFilter(self)
        self.retranslate()

    # -- public API ----------------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """Enter (``True``) or leave presenter mode."""
        if on == self.active:
            self.action.setChecked(on)
            return
        self.active = on
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        if on:
            self._enter()
        else:
            self._leave()
        self.toggled.emit(on)

    def refresh(self) -> None:
        """Re-read the twin and re-write the cards (and start a computation the layout needs)."""
        if not self.active:
            return
        campus = self.window.document.campus
        if (self.figures is None or self.figures.campus != campus) and self._future is None:
            self._start_figures(campus)
        figures = self.figures if self.figures is not None and self.figures.campus == campus else None
        computing = self._future is not None
        self.cards.show_texts(card_texts(figures, self._air_now(), self.commune, computing=computing))
        self._fit_band()  # a longer sentence (another commune, the other language) may need a line more
        if self.stack.currentWidget() is self.street_card:
            self.street_card.show_commune(self.commune, street_sentences(campus, self.commune, figures, computing))

    def set_commune(self, commune: str) -> None:
        """Speak about ``commune`` on the noise card (and in "what about my street?")."""
        self.commune = commune
        index = self.street.findData(commune)
        if index >= 0 and self.street.currentIndex() != index:
            self.street.setCurrentIndex(index)
        self.refresh()

    def show_street(self, commune: str) -> None:
        """"What about my street?": the eye-level view from ``commune``'s nearest homes and its card."""
        if not self.active:
            self.set_active(True)
        self.commune = commune
        self.stack.setCurrentWidget(self.street_card)
        self.window.apply_camera(commune.lower())
        self.refresh()

    def show_cards(self) -> None:
        """Back from "what about my street?" to the four cards."""
        self.stack.setCurrentWidget(self.cards)
        self.refresh()

    def show_caption(self, text: str) -> None:
        """Show a tour caption in place of the cards (an empty text brings the cards back)."""
        self.caption.setText(text)
        if text:
            self.stack.setCurrentWidget(self.caption)
        elif self.stack.currentWidget() is self.caption:
            self.stack.setCurrentWidget(self.cards)

    def refuse_edit(self) -> None:
        """Say on screen that editing is off (a Shift-drag, an edit shortcut)."""
        self.show_message(_tr("Editing is off in presenter mode (F11 to leave)"))

    def show_message(self, text: str) -> None:
        """A short line in the presenter bar, cleared after a few seconds."""
        self._message = text
        self.message.setText(text)
        QTimer.singleShot(4000, self._clear_message)

    def clicked(self, display: tuple[int, int]) -> None:
        """A click in the view: select the building under it, or pick the commune whose homes are near."""
        viewport = self.window.viewport
        building = viewport.scene.pick(*display)
        if building is not None:
            self.window.document.select(building)
            return
        ground = viewport.ground_point(*display)
        commune = _nearest_commune(self.window.document.campus, ground) if ground is not None else None
        if commune is not None:
            self.set_commune(commune)
            self.commune_clicked.emit(commune)
            self.show_street(commune)

    def retranslate(self) -> None:
        """Re-set texts in the language in force."""
        self.action.setText(_tr("&Presenter mode"))
        self.action.setToolTip(_tr("Full screen for a public meeting: large cards, editing off (F11)"))
        self.action.setStatusTip(self.action.toolTip())
        titles = {"overview": _tr("Overview"), "top": _tr("From above"), "escaudain": "Escaudain", "lourches": "Lourches"}
        for name, action in self.view_actions.items():
            action.setText(titles[name])
        self.leave_button.setText(_tr("Leave (F11)"))
        for name, action in self.view_actions.items():
            action.setToolTip({"escaudain": _tr("At eye level from the nearest homes of Escaudain"),
                               "lourches": _tr("At eye level from the nearest homes of Lourches")}.get(name, action.text()))
        self.street_card.retranslate()
        self.street_label.setText(_tr("My street:"))
        self._fill_communes()
        self.bar.setWindowTitle(_tr("Presenter"))
        if self.active:
            self.refresh()

    def shutdown(self) -> None:
        """Stop the timer and the worker (the window is closing)."""
        self._timer.stop()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    # -- Qt overrides --------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.LanguageChange:
                self.retranslate()
            elif kind == QEvent.Type.Resize and self.active:
                self._scale()
        return False

    # -- private -------------------------------------------------------------------------

    def _enter(self) -> None:
        window = self.window
        saved = self._saved = {
            "docks": {dock: dock.isVisible() for dock in window.findChildren(QDockWidget) if dock is not self.cards_dock},
            "bars": {bar: bar.isVisible() for bar in window.findChildren(QToolBar) if bar is not self.bar},
            "menu": window.menuBar().isVisible(),
            "status": window.statusBar().isVisible(),
            "full_screen": window.isFullScreen(),
            "tool": window.viewport.tool,
            "enabled": {},
        }
        for dock in saved["docks"]:
            dock.hide()
        for bar in saved["bars"]:
            bar.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        for action_id, action in getattr(window, "actions_by_id", {}).items():
            if action_id.startswith(EDIT_ACTION_PREFIXES):
                saved["enabled"][action] = action.isEnabled()
                action.setEnabled(False)
        # The view's title lists solver state and overlay ids for snapshots; for an audience the
        # cards and captions say it in words. The provenance note (bottom left) stays.
        title = window.viewport.caption.title
        saved["title"] = bool(title.GetVisibility())
        title.SetVisibility(False)
        checks = getattr(getattr(window, "airflow_panel", None), "overlay_checks", {})
        saved["overlays"] = {oid: check.isChecked() for oid, check in checks.items()}
        for oid, on in PRESENTER_OVERLAYS.items():
            if oid in checks:
                checks[oid].setChecked(on)  # through the panel, so the panel and the view agree
        self._tool = ViewOnlyTool(self)
        window.viewport.set_tool(self._tool)
        self.cards_dock.show()
        self.bar.show()
        self.leave_action.setEnabled(True)
        if self.full_screen and not saved["full_screen"]:
            window.showFullScreen()
        self._scale()
        self._timer.start()
        self.refresh()

    def _leave(self) -> None:
        window = self.window
        saved = self._saved
        self._timer.stop()
        self.stack.setCurrentWidget(self.cards)
        self.cards_dock.hide()
        self.bar.hide()
        self.leave_action.setEnabled(False)
        window.menuBar().setVisible(saved.get("menu", True))
        window.statusBar().setVisible(saved.get("status", True))
        for dock, visible in saved.get("docks", {}).items():
            dock.setVisible(visible)
        for bar, visible in saved.get("bars", {}).items():
            bar.setVisible(visible)
        for action, enabled in saved.get("enabled", {}).items():
            action.setEnabled(enabled)
        window.viewport.set_tool(saved.get("tool"))
        if getattr(window, "editing", None) is not None:
            # A language switch in presenter mode wrote the view-only tool's hint ("editing is off").
            window.editing.show_hint()
        checks = getattr(getattr(window, "airflow_panel", None), "overlay_checks", {})
        for oid, on in saved.get("overlays", {}).items():
            checks[oid].setChecked(on)
        window.viewport.caption.title.SetVisibility(saved.get("title", True))
        self._set_label_scale(1.0)
        window.viewport.caption.note_scale = 1.0
        window.viewport.caption.fit()
        window.viewport.request_render()
        if hasattr(window, "_update_actions"):
            window._update_actions()  # undo/redo as the stack says, not as they were
        if self.full_screen and not saved.get("full_screen"):
            window.showNormal()
        self._saved = {}

    def _scale(self) -> None:
        height = self.window.height()
        # 3-D labels grow with the screen so they read from the back of a hall (x1.2 at 720 px,
        # x1.8 at 1080 px); the label placement then hides more of the minor ones.
        self._set_label_scale(max(1.0, height / 600))
        # The provenance note must stay readable too. A scale, not a font size: the caption
        # fits itself again after a language switch or a resize, and must keep it.
        caption = self.window.viewport.caption
        caption.note_scale = max(1.0, height / 600)
        caption.fit()
        self.cards.set_scale(height, self.window.width())
        self.street_card.set_scale(height)
        self._fit_band()
        self.caption.setStyleSheet(f"font-size: {max(15, round(height * 0.027))}px; color: #1f2a33; background: #ffffff;"
                                   f" padding: 10px 18px;")
        self._fit_bar(max(13, round(height * 0.021)))

    def _fit_band(self) -> None:
        """The band below the view as tall as the cards need at the window's width."""
        height = self.cards.fit(self.window.width())
        if self.stack.height() != height or self._band.height() != height:
            self.stack.setFixedHeight(height)
            self._band.setFixedHeight(height)

    def _fit_bar(self, font_px: int, *, check_later: bool = True) -> None:
        """The bar's type at ``font_px``, smaller (down to 10 px) where its buttons would not all
        fit the window's width: a QToolBar hides the overflow behind a chevron, and in French at
        800 pixels that took the language buttons and "Leave" off the screen."""
        for px in range(font_px, 9, -1):
            self._bar_px = px
            padding = "3px 6px" if px >= 13 else "2px 3px"
            self.bar.setStyleSheet(f"QToolBar {{ spacing: 2px; }} QToolButton, QLabel, QComboBox {{ font-size: {px}px; padding: {padding}; }}")
            self.bar.layout().invalidate()  # the tool bar's layout caches its size hint
            if self.bar.sizeHint().width() <= self.window.width():
                break
        if check_later:
            # Inside a resize the buttons' size hints can lag the style sheet by a step: measure
            # again once the events are through, and go smaller if the bar still overflows.
            QTimer.singleShot(0, self._check_bar)

    def _check_bar(self) -> None:
        if self.active and self._bar_px > 10 and self.bar.sizeHint().width() > self.window.width():
            self._fit_bar(self._bar_px - 1, check_later=True)

    def _set_label_scale(self, factor: float) -> None:
        viewport = self.window.viewport
        placer = viewport.scene.layers.placer
        if abs(placer.text_scale - factor) > 1e-3:
            placer.set_text_scale(factor)
            viewport.request_render()

    def _start_figures(self, campus) -> None:  # noqa: ANN001
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="twin-presenter")
        future = self._executor.submit(self.figures_factory, campus)
        self._future = future
        future.add_done_callback(lambda f: self._deliver(f, campus))

    def _deliver(self, future: Future, campus) -> None:  # noqa: ANN001 - worker thread
        try:
            figures = future.result()
        except Exception as error:  # noqa: BLE001 - shown on the cards
            figures = ConsultationFigures(campus, errors=(str(error),))
        self.figures_ready.emit(figures)  # queued to the GUI thread

    def _on_figures(self, figures: ConsultationFigures) -> None:
        self._future = None
        self.figures = figures
        self.refresh()

    def _air_now(self) -> AirNow:
        airflow = getattr(self.window, "airflow", None)
        frame = airflow.latest() if airflow is not None else None
        # An invalid field holds the last good values, no longer current: never shown as now.
        if frame is None or getattr(frame, "state", "") == "invalid":
            return AirNow()
        rise = float(frame.reserve_temp_c - frame.weather.ambient_c)
        return AirNow(rise, frame.weather.wind_from_deg, frame.weather.wind_speed_ms, settled=frame.tier == "settled")

    def _default_commune(self) -> str:
        receptors = self.window.document.campus.receptors
        names = [r.commune for r in receptors]
        return "Lourches" if "Lourches" in names else (names[0] if names else "")

    def _fill_communes(self) -> None:
        self.street.blockSignals(True)
        self.street.clear()
        for receptor in self.window.document.campus.receptors:
            self.street.addItem(receptor.commune, receptor.commune)
        index = self.street.findData(self.commune)
        self.street.setCurrentIndex(max(index, 0))
        self.street.blockSignals(False)

    def _street_chosen(self, commune: str) -> None:
        self.set_commune(commune)
        self.commune_clicked.emit(commune)
        self.show_street(commune)

    def _clear_message(self) -> None:
        if self.message.text() == self._message:
            self.message.setText("")


def _nearest_commune(campus, ground: tuple[float, float], within_m: float = 350.0) -> str | None:  # noqa: ANN001
    """The commune whose homes (receptor) or town marker is nearest ``ground``, within ``within_m``."""
    import math

    best = None
    for receptor in campus.receptors:
        d = math.dist(receptor.position, ground)
        if d <= within_m and (best is None or d < best[0]):
            best = (d, receptor.commune)
    return None if best is None else best[1]


def _default_figures(campus) -> ConsultationFigures:  # noqa: ANN001
    from twin.sim.weather import load_default_weather

    return compute_figures(campus, load_default_weather())
