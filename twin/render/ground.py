"""The ground plane drawn as the window's clear colour whenever it fills the whole view.

On Mesa's llvmpipe (software OpenGL) every pass over the window's pixels costs processor time:
measured at 1280x720 on this project's 2-core machine, the sky gradient costs ~13 ms of
processor time a frame and the lit ground quad under the campus ~19 ms, together about as much
as everything else in a campus-only frame. From the overview and top cameras the ground covers
the whole view, so the sky is never seen and the ground's colour is the same at every pixel
(a flat surface under directional lights only, with no specular term). There the frame starts
from a clear in that colour, and neither the sky nor the ground quad is drawn: the clear is a
memset (~1 ms).

The decision is taken just before each render (the renderer's ``StartEvent``), whoever
renders (window, snapshot, video), from the camera: the four corners of the view, cast as rays,
must meet the ground plane in front of the camera and inside the ground square. The four hits
of a rectangle's corners bound the whole view's footprint on the plane (a perspective image of
a rectangle is a convex quadrilateral), and the square is convex, so the ground then covers
every pixel. Otherwise (eye-level views with the horizon in sight, a camera zoomed out beyond
the ground's edge) the sky gradient and the lit quad are drawn as before.

The colour is VTK's own lighting equation for directional lights, evaluated in Python
(:func:`twin.render.lighting.lit_colour`); only the headlight's term changes with the camera,
so it is recomputed every frame. ``tests/test_render_ground.py`` checks the clear colour against
pixels of the lit quad drawn the old way.
"""

from __future__ import annotations

import weakref

import numpy as np

from twin.render.lighting import lit_colour, surface_colour
from twin.render.vtk import vtkActor, vtkRenderer


class ClearGround:
    """Draws ``ground`` (a flat square at height ``z``) as the clear colour when it fills the view.

    Parameters
    ----------
    renderer
        The scene's renderer (its camera, lights and background are used).
    ground
        The ground quad's actor: hidden while the clear colour stands in for it.
    half_size_m, z_m
        The ground square: ``|x|, |y| <= half_size_m`` at height ``z_m``.
    """

    def __init__(self, renderer: vtkRenderer, ground: vtkActor, half_size_m: float, z_m: float) -> None:
        self.renderer = renderer
        self.ground = ground
        self.half_size_m = float(half_size_m)
        self.z_m = float(z_m)
        self.enabled = True
        """False draws the sky and the lit quad every frame (as before; the benchmark compares)."""
        self.visible = True
        """Whether the ground is shown at all (:meth:`set_visible`; the benchmark hides layers)."""
        self.cleared = False
        """Whether the last render drew the ground as the clear colour."""
        self._sky = (tuple(renderer.GetBackground()), tuple(renderer.GetBackground2()), bool(renderer.GetGradientBackground()))
        layer = weakref.ref(self)  # the renderer (VTK) must not keep this Python object alive
        self._observer = renderer.AddObserver("StartEvent", lambda *_: (g := layer()) is not None and g.update())

    def covers_view(self) -> bool:
        """Whether the ground square fills every pixel of the renderer's view now."""
        renderer = self.renderer
        width, height = renderer.GetSize()
        if width <= 0 or height <= 0:
            return False
        camera = renderer.GetActiveCamera()
        near = camera.GetClippingRange()[0]
        eye = np.array(camera.GetPosition())
        axis = np.array(camera.GetDirectionOfProjection())
        x0, y0 = renderer.GetOrigin()
        for dx, dy in ((0, 0), (width, 0), (0, height), (width, height)):
            renderer.SetDisplayPoint(x0 + dx, y0 + dy, 1.0)
            renderer.DisplayToWorld()
            far = np.array(renderer.GetWorldPoint()[:3]) / renderer.GetWorldPoint()[3]
            ray = far - eye
            if ray[2] >= 0.0:
                return False  # this corner looks at or above the horizon
            t = (self.z_m - eye[2]) / ray[2]
            hit = eye + t * ray
            if t <= 0.0 or max(abs(hit[0]), abs(hit[1])) > self.half_size_m:
                return False
            if np.dot(hit - eye, axis) <= near:  # clipped by the near plane: background shows
                return False
        return True

    def update(self) -> None:
        """Choose, for the camera as it is now, between the clear colour and the sky + lit quad."""
        renderer = self.renderer
        if not self.cleared:
            self._sky = (tuple(renderer.GetBackground()), tuple(renderer.GetBackground2()), bool(renderer.GetGradientBackground()))
        clear = self.enabled and self.visible and self.covers_view()
        if clear:
            colour = lit_colour(renderer, self.ground)
            # Set only on a change: an unchanged frame must leave VTK's modification times alone.
            if tuple(renderer.GetBackground()) != colour:
                renderer.SetBackground(*colour)
            if renderer.GetGradientBackground():
                renderer.GradientBackgroundOff()
            if self.ground.GetVisibility():
                self.ground.VisibilityOff()
        else:
            if self.cleared:
                self._restore_sky()
            if bool(self.ground.GetVisibility()) != self.visible:
                self.ground.SetVisibility(self.visible)
        self.cleared = clear

    def set_visible(self, visible: bool) -> None:
        """Show or hide the ground (applied at the next render)."""
        self.visible = bool(visible)
        self.update()

    def _restore_sky(self) -> None:
        background, background2, gradient = self._sky
        self.renderer.SetBackground(*background)
        self.renderer.SetBackground2(*background2)
        self.renderer.SetGradientBackground(gradient)

    def remove(self) -> None:
        """Stop deciding; the sky and the quad are drawn as before."""
        if self._observer is not None:
            self.renderer.RemoveObserver(self._observer)
            self._observer = None
        if self.cleared:
            self._restore_sky()
            self.cleared = False
        self.ground.SetVisibility(self.visible)


class FlatLit:
    """Flat surfaces (the site, the reserve's ground) drawn unlit in the colour VTK's lighting gives them.

    A flat surface under directional lights with no specular term has one colour at every
    pixel (:func:`twin.render.lighting.lit_colour`); drawn unlit in that colour it looks the
    same and spares llvmpipe the per-pixel lighting (about 7 ns a pixel: ~2 ms of a 720p frame
    for the site seen from the overview). The colour depends on the camera (the headlight), so
    it is recomputed just before a render when the camera has turned. VTK draws an unlit
    surface in ``ambient * ambient colour + diffuse * diffuse colour``, so the surface gets
    ambient 1, diffuse 0 and the lit colour as its ambient colour; :meth:`set_enabled` puts the
    lighting back.
    """

    def __init__(self, renderer: vtkRenderer) -> None:
        self.renderer = renderer
        self._items: dict[int, tuple[vtkActor, tuple, tuple]] = {}
        self.enabled = True
        self._camera_state: tuple | None = None
        layer = weakref.ref(self)  # the renderer (VTK) must not keep this Python object alive
        self._observer = renderer.AddObserver("StartEvent", lambda *_: (f := layer()) is not None and f.update())

    def add(self, actor: vtkActor, normal=(0.0, 0.0, 1.0)) -> None:
        """Draw ``actor`` (flat, facing ``normal``, no specular) unlit in its lit colour from now on."""
        prop = actor.GetProperty()
        lit = (prop.GetAmbient(), tuple(prop.GetAmbientColor()), prop.GetDiffuse(), tuple(prop.GetDiffuseColor()))
        self._items[id(actor)] = (actor, tuple(normal), lit)
        self._camera_state = None
        if self.enabled:
            self._unlit(actor)

    def discard(self, actor: vtkActor) -> None:
        """Stop managing ``actor`` (it is being removed from the scene)."""
        self._items.pop(id(actor), None)

    @staticmethod
    def _unlit(actor: vtkActor) -> None:
        prop = actor.GetProperty()
        prop.LightingOff()
        prop.SetAmbient(1.0)
        prop.SetDiffuse(0.0)

    def set_enabled(self, enabled: bool) -> None:
        """Unlit in the lit colour (``True``) or lit by the GPU as before (``False``, to compare)."""
        self.enabled = bool(enabled)
        self._camera_state = None
        for actor, _normal, lit in self._items.values():
            if self.enabled:
                self._unlit(actor)
            else:
                ambient, ambient_color, diffuse, diffuse_color = lit
                prop = actor.GetProperty()
                prop.LightingOn()
                prop.SetAmbient(ambient)
                prop.SetAmbientColor(*ambient_color)
                prop.SetDiffuse(diffuse)
                prop.SetDiffuseColor(*diffuse_color)
        self.update()

    def update(self) -> None:
        """Recompute the colours if the camera turned since the last render."""
        if not self.enabled:
            return
        camera = self.renderer.GetActiveCamera()
        state = (tuple(camera.GetDirectionOfProjection()), tuple(camera.GetPosition()))
        if state == self._camera_state:
            return
        self._camera_state = state
        for actor, normal, (ambient, ambient_color, diffuse, diffuse_color) in self._items.values():
            colour = surface_colour(self.renderer, normal, ambient, ambient_color, diffuse, diffuse_color)
            if tuple(actor.GetProperty().GetAmbientColor()) != colour:
                actor.GetProperty().SetAmbientColor(*colour)

    def remove(self) -> None:
        """Stop following the camera (the scene is going)."""
        if self._observer is not None:
            self.renderer.RemoveObserver(self._observer)
            self._observer = None
