"""Writers of exports other tools open: video (MP4, GIF), 3-D model (glTF), CSV tables.

Qt-free and VTK-free: images come in as numpy arrays (rendered by :mod:`twin.render`), models
from :mod:`twin.model`. VTK XML field files are written in :mod:`twin.render.export_fields`,
since VTK may only be imported there.
"""
