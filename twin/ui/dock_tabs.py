"""Work around orphaned dock tab bars of ``QMainWindow`` (seen with Qt 6.11).

When a window has two groups of tabified docks, Qt creates the second group's tab bar twice:
one is laid out and kept up to date, the other (an orphan) stays where it was first placed,
with the tab texts it had then. It is drawn over whatever dock lies there (at 1280x720 a
"Properties | Neighbours" bar sat over the layout-checks list) and is never retranslated.
Reproduced with bare ``QDockWidget``\\ s (two groups, tabified before the window is shown),
so it is not this application's docks.

The fix relies on Qt's own bookkeeping rather than guessing which bar is the orphan: every
tab bar of the window is hidden, and the next layout pass shows again, at their places, the
bars it uses (``QDockAreaLayoutInfo`` shows its tab bar each time it applies its geometry).
An orphan is in no layout, so it stays hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTabBar


def hide_orphan_tab_bars(window: QMainWindow) -> None:
    """Hide ``window``'s dock tab bars that no dock area uses (call after the last ``tabifyDockWidget``)."""
    for bar in window.findChildren(QTabBar):
        # Only the main window's own dock tab bars (its direct children); a QTabWidget's bar
        # inside a panel is that panel's.
        if bar.parent() is window:
            bar.hide()
    layout = window.layout()
    layout.invalidate()
    if window.isVisible():
        layout.activate()
