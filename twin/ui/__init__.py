"""PySide6 + pyqtgraph: main window, 3D viewport widget, docks, charts."""
