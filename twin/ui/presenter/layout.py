"""Small layout helpers shared by the window and presenter mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QScrollArea, QWidget


def scrollable(widget: QWidget) -> QScrollArea:
    """``widget`` inside a frameless scroll area that resizes it to fit, scrolling when it cannot.

    A dock holding a tall panel otherwise imposes the panel's minimum height on the whole
    window (953 px before this, taller than a 720-pixel projector).
    """
    # A combo box asks for its longest item's width ("default synthetic year": 232 px) and pushed
    # the 300 px left docks into a sideways scroll at 1280x720; in a dock it elides instead (the
    # full text stays in the open list).
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
    # and a form row too wide for the dock (the day / hour / Go of "Jump to") goes under its label
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setMinimumHeight(60)
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}_scroll")
    return area


def window_image(window) -> QImage:  # noqa: ANN001 - a MainWindow
    """The whole window as an image, with the 3-D view painted in (``grab()`` leaves it black).

    ``QWidget.grab`` cannot read the native VTK window (headless.md), so the view is captured
    with VTK and drawn over the grabbed window at its place.
    """
    from PySide6.QtGui import QPainter

    image = window.grab().toImage()
    view = window.viewport
    if view.isVisible():
        pixels = view.grab_image()
        height, width, _ = pixels.shape
        frame = QImage(pixels.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888)
        top_left = view.mapTo(window, view.rect().topLeft())
        painter = QPainter(image)
        ratio = image.devicePixelRatio()
        painter.drawImage(top_left, frame.scaled(round(view.width() * ratio), round(view.height() * ratio)))
        painter.end()
    return image


def fit_to_screen(window, available: tuple[int, int] | None = None) -> None:  # noqa: ANN001 - a MainWindow
    """Size the window and its docks for the screen it opens on (a 1280x720 projector included).

    The window's defaults (1440x900, a 300 px dashboard) suit a desktop monitor; on a smaller
    screen they leave the 3-D view a strip. There the window takes the screen and the docks
    shrink in proportion (the panels scroll inside them), so the view keeps about 55 % of the
    width and 60 % of the height.

    Parameters
    ----------
    available
        (width, height) to fit; the primary screen's available area by default.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if available is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        geometry = screen.availableGeometry()
        available = (geometry.width(), geometry.height())
    width, height = available
    if width >= 1440 and height >= 900:
        return
    window.resize(min(window.width(), width), min(window.height(), height))
    side = max(240, round(width * 0.21))
    window.resizeDocks([window.live_dock, window.properties_dock], [side, side], Qt.Orientation.Horizontal)
    window.resizeDocks([window.dashboard_dock], [max(150, round(height * 0.26))], Qt.Orientation.Vertical)
