"""Campus Twin: a desktop digital twin of the Escaudain AI data-centre campus.

Importing :mod:`twin` loads nothing heavy: no Qt, no VTK, no solver.
"""

__version__ = "0.1.0"
