"""The one place that imports VTK, from specific ``vtkmodules`` submodules.

Importing submodules rather than the ``vtk`` umbrella keeps start-up fast and the frozen bundle
small. Every other module of :mod:`twin.render` (and the viewport widget in :mod:`twin.ui`)
takes VTK names from here.
"""

# ruff: noqa: F401
from __future__ import annotations

import os

# With no X display VTK would try GLX and fail; EGL renders offscreen through Mesa (llvmpipe).
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

import vtkmodules.vtkInteractionStyle  # registers the interactor styles
import vtkmodules.vtkRenderingFreeType  # registers the text renderer
import vtkmodules.vtkRenderingOpenGL2  # registers the OpenGL back-end
from vtkmodules.util.numpy_support import numpy_to_vtk, numpy_to_vtkIdTypeArray, vtk_to_numpy
from vtkmodules.vtkCommonCore import (
    vtkLookupTable,
    vtkPoints,
)
from vtkmodules.vtkCommonDataModel import (
    vtkCellArray,
    vtkImageData,
    vtkPolyData,
)
from vtkmodules.vtkCommonTransforms import vtkTransform
from vtkmodules.vtkFiltersCore import (
    vtkContourFilter,
    vtkFlyingEdges3D,
    vtkPolyDataNormals,
    vtkTriangleFilter,
    vtkTubeFilter,
)
from vtkmodules.vtkFiltersGeneral import vtkTransformFilter
from vtkmodules.vtkFiltersSources import (
    vtkArrowSource,
    vtkConeSource,
    vtkCylinderSource,
    vtkPlaneSource,
)
from vtkmodules.vtkInteractionStyle import vtkInteractorStyleTrackballCamera
from vtkmodules.vtkIOImage import vtkPNGReader, vtkPNGWriter
from vtkmodules.vtkRenderingAnnotation import vtkScalarBarActor
from vtkmodules.vtkRenderingCore import (
    vtkActor,
    vtkBillboardTextActor3D,
    vtkCamera,
    vtkDataSetMapper,
    vtkGlyph3DMapper,
    vtkLight,
    vtkPolyDataMapper,
    vtkPropPicker,
    vtkRenderer,
    vtkRenderWindow,
    vtkTextActor,
    vtkTextProperty,
    vtkTextRenderer,
    vtkWindowToImageFilter,
)

# isort: split
# Export writers (snapshots, fields): twin.render.snapshot and twin.render.export_fields.
from vtkmodules.vtkCommonCore import (
    vtkDoubleArray,
    vtkFloatArray,
    vtkStringArray,
    vtkUnsignedCharArray,
)
from vtkmodules.vtkCommonMath import vtkMatrix3x3
from vtkmodules.vtkFiltersCore import vtkAppendPolyData
from vtkmodules.vtkIOImage import vtkJPEGWriter
from vtkmodules.vtkIOXML import vtkXMLImageDataWriter, vtkXMLPolyDataWriter
