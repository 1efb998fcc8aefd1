"""VTK only: the campus scene, one adapter per model type, offscreen capture."""
