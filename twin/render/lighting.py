"""The scene's lights, and VTK's lighting equation evaluated outside the GPU where it pays.

Two directional lights light the campus (:meth:`twin.render.scene.CampusScene._setup_renderer`):
a low afternoon sun from the south-west, fixed in the scene, and a weak headlight that follows
the camera so faces turned from the sun do not go black. On Mesa's llvmpipe every lit pixel
costs about 7 ns of processor time more than an unlit one (measured here at 1280x720: a lit
full-screen quad 19 ms, an unlit one 12 ms), so surfaces whose lit colour is known without
the GPU are drawn unlit in that colour: the ground (:mod:`twin.render.ground`, exactly) and the
plume veil (:class:`twin.render.overlays.PlumeSurface`, at its points, recomputed when the
camera turns: :class:`VertexLighting`).

VTK's equation for directional lights (``vtkOpenGLPolyDataMapper``, lighting complexity 2),
for a surface of colour :math:`C`, ambient and diffuse coefficients :math:`k_a, k_d` and no
specular term:

.. math::

    c = k_a\\,C + k_d\\,C \\sum_i \\max(0,\\; \\mathbf{n} \\cdot (-\\mathbf{l}_i))\\; I_i\\,\\mathbf{L}_i

with :math:`\\mathbf{n}` the unit normal (flipped for a back face: two-sided lighting) and,
per light, :math:`\\mathbf{l}_i` its unit direction of travel, :math:`I_i` its intensity and
:math:`\\mathbf{L}_i` its colour, all in the same frame (VTK uses view coordinates, where the
headlight travels along :math:`(0, 0, -1)`).
"""

from __future__ import annotations

import math

import numpy as np

from twin.render.vtk import vtk_to_numpy, vtkActor, vtkRenderer

SUN_POSITION = (-600.0, -900.0, 1100.0)
"""The sun light's position (campus metres); it shines towards the campus origin: from the
south-west, about 42 degrees above the horizon."""
SUN_INTENSITY = 0.9
SUN_COLOR = (1.0, 0.97, 0.92)
HEADLIGHT_INTENSITY = 0.35
TURN_TOLERANCE_DEG = 1.5
"""How far the camera may turn before :class:`VertexLighting` recomputes its colours. Only the
headlight follows the camera; turning it by an angle theta changes a point's diffuse term by at
most ``HEADLIGHT_INTENSITY * 2 sin(theta / 2)``, so a colour channel of at most 1 with a diffuse
coefficient of at most 0.4 moves by under ``255 * 0.4 * 0.35 * theta`` = 0.93 of an 8-bit level
at 1.5 degrees. An orbit (0.5 degree a frame in ``twin bench --render``) then recomputes and
re-uploads the veil's ~20,000 colours every third frame instead of every frame."""


def sun_direction() -> np.ndarray:
    """Unit vector along which the sun's light travels (campus frame)."""
    direction = -np.asarray(SUN_POSITION, dtype=float)
    return direction / np.linalg.norm(direction)


def _view_rotation(renderer: vtkRenderer) -> np.ndarray:
    matrix = renderer.GetActiveCamera().GetViewTransformMatrix()
    return np.array([[matrix.GetElement(r, c) for c in range(3)] for r in range(3)])


def lit_colour(renderer: vtkRenderer, actor: vtkActor, normal=(0.0, 0.0, 1.0)) -> tuple[float, float, float]:
    """The colour VTK draws a flat, unspecular ``actor`` facing ``normal`` in, under the renderer's lights now.

    Directional lights only (the scene's two, and VTK's default one); each light switched on
    adds its diffuse term (see the module docstring). Exact for a flat surface: the value is
    the one the GPU computes at every one of its pixels.
    """
    prop = actor.GetProperty()
    return surface_colour(renderer, normal, prop.GetAmbient(), prop.GetAmbientColor(), prop.GetDiffuse(),
                          prop.GetDiffuseColor())


def surface_colour(renderer: vtkRenderer, normal, ambient: float, ambient_color, diffuse: float,
                   diffuse_color) -> tuple[float, float, float]:
    """:func:`lit_colour` from the lighting coefficients and colours rather than an actor's property."""
    rotation = _view_rotation(renderer)
    world_normal = np.asarray(normal, dtype=float)
    n = rotation @ world_normal
    n /= np.linalg.norm(n)
    camera = renderer.GetActiveCamera()
    # Two-sided lighting: a face seen from behind is lit as if its normal pointed at the camera.
    if renderer.GetTwoSidedLighting() and np.dot(world_normal, np.array(camera.GetPosition()) - np.array(camera.GetFocalPoint())) < 0.0:
        n = -n
    diffuse_sum = np.zeros(3)
    lights = renderer.GetLights()
    lights.InitTraversal()
    for _ in range(lights.GetNumberOfItems()):
        light = lights.GetNextItem()
        if not light.GetSwitch():
            continue
        if light.LightTypeIsHeadlight():
            direction = np.array([0.0, 0.0, -1.0])
        else:
            direction = np.array(light.GetFocalPoint()) - np.array(light.GetPosition())
            if not light.LightTypeIsCameraLight():  # a scene light: world to view coordinates
                direction = rotation @ direction
            direction = direction / max(np.linalg.norm(direction), 1e-12)
        diffuse_sum += max(0.0, float(np.dot(n, -direction))) * light.GetIntensity() * np.array(light.GetDiffuseColor())
    colour = ambient * np.array(ambient_color) + diffuse * np.array(diffuse_color) * diffuse_sum
    return tuple(float(c) for c in np.clip(colour, 0.0, 1.0))


def vertex_colours(normals: np.ndarray, color, ambient: float, diffuse: float, sun: np.ndarray,
                   view: np.ndarray) -> np.ndarray:
    """RGB bytes (n, 3) of VTK's lighting equation evaluated at points of unit ``normals`` (n, 3).

    ``sun`` is the sun's direction of travel and ``view`` the camera's direction of projection
    (along which the headlight travels), both unit vectors in the normals' frame. This is the
    equation the GPU evaluates at every pixel (see the module docstring), evaluated at the
    points instead and interpolated across each triangle (Gouraud shading).
    """
    facing_sun = np.maximum(0.0, normals @ -np.asarray(sun, dtype=float))
    facing_camera = np.maximum(0.0, normals @ -np.asarray(view, dtype=float))
    light = (SUN_INTENSITY * facing_sun[:, None] * np.asarray(SUN_COLOR)[None, :]
             + HEADLIGHT_INTENSITY * facing_camera[:, None])
    rgb = np.asarray(color, dtype=float)[None, :] * (ambient + diffuse * light)
    return np.clip(np.rint(rgb * 255.0), 0, 255).astype(np.uint8)


class VertexLighting:
    """Keeps the point colours of an unlit actor equal to VTK's lighting of it, camera after camera.

    On llvmpipe a lit pixel costs about 7 ns of processor time more than an unlit one; the
    plume veil (~37,000 triangles on the default campus) covers a large part of the view, so
    lighting its ~20,000 points on the processor when the camera turns (about a millisecond)
    is cheaper than lighting its pixels every frame. Recomputed just before a render (the
    renderer's ``StartEvent``) and only when the camera has turned, so a still view stays
    unmodified and its frames can be skipped.

    Parameters
    ----------
    renderer
        The renderer whose camera lights the actor (the headlight follows it).
    colours
        The actor's point colours (a ``vtkUnsignedCharArray`` of 3 components), rewritten in place.
    normals
        Unit point normals (n, 3) in the actor's frame, on the side the camera sees.
    rotation_deg
        Counter-clockwise turn of the actor's frame from the campus frame about the vertical.
    color, ambient, diffuse
        The surface's colour and VTK lighting coefficients.
    """

    def __init__(self, renderer: vtkRenderer, colours, normals: np.ndarray, rotation_deg: float,  # noqa: ANN001
                 color, ambient: float, diffuse: float) -> None:
        import weakref

        self.renderer = renderer
        self.colours = colours
        self.normals = np.asarray(normals, dtype=float)
        angle = np.radians(rotation_deg)
        c, s = np.cos(angle), np.sin(angle)
        self._to_actor = np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])  # campus -> actor frame
        self.color, self.ambient, self.diffuse = color, ambient, diffuse
        # the turn that moves a colour by under one 8-bit level (see TURN_TOLERANCE_DEG)
        level_turn = 1.0 / max(255.0 * max(color) * diffuse * HEADLIGHT_INTENSITY, 1e-12)
        self._still_cosine = math.cos(min(math.radians(TURN_TOLERANCE_DEG), level_turn))
        self._camera_state: tuple | None = None
        self.bakes = 0
        """How many times the colours were computed (tests)."""
        me = weakref.ref(self)  # the renderer (VTK) must not keep this Python object alive
        self._observer = renderer.AddObserver("StartEvent", lambda *_: (v := me()) is not None and v.update())

    def update(self, force: bool = False) -> None:
        """Recompute the colours if the camera turned by :data:`TURN_TOLERANCE_DEG` or more since
        they were last computed (or whenever it turned at all, with ``force``)."""
        state = tuple(self.renderer.GetActiveCamera().GetDirectionOfProjection())
        if state == self._camera_state:
            return
        if not force and self._camera_state is not None:
            cosine = float(np.dot(state, self._camera_state)) / max(float(np.linalg.norm(state)) * float(np.linalg.norm(self._camera_state)), 1e-12)
            if cosine >= self._still_cosine:
                return  # under one 8-bit level from the exact colours: not worth a re-upload
        self._camera_state = state
        view = self._to_actor @ np.asarray(state, dtype=float)
        target = vtk_to_numpy(self.colours)
        target[:] = vertex_colours(self.normals, self.color, self.ambient, self.diffuse,
                                   self._to_actor @ sun_direction(), view)
        self.colours.Modified()
        self.bakes += 1

    def remove(self) -> None:
        """Stop following the camera."""
        if self._observer is not None:
            self.renderer.RemoveObserver(self._observer)
            self._observer = None
