"""Markers at the nearest homes of each commune with a badge: plant noise and warm air there.

A pin (a downward cone) stands at each receptor; its badge reads the commune, the plant's night
and day L_Aeq and the temperature change at 2 m, coloured by the ICPE verdict (green within the
rule, red above it). Fed by the rows of :func:`twin.sim.residents.residents_table`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from twin.core.i18n import format_number, tr
from twin.render import palette
from twin.render.overlays import INVALID_GREY, _Overlay
from twin.render.vtk import vtkActor, vtkBillboardTextActor3D, vtkConeSource, vtkPolyDataMapper

PIN_HEIGHT_M = 40.0
"""Height of the pin (seen from the overview camera, which is kilometres away)."""


def badge_text(row: Mapping) -> str:
    """The badge of one receptor row: commune, night / day dB(A) with the verdict, warming in K."""
    night, day = row["noise"]["night"], row["noise"]["day"]
    ok = night["passes_icpe"] and day["passes_icpe"]
    verdict = tr("Overlay", "within the rule") if ok else tr("Overlay", "above the rule")
    dt = row["warm_air"]["delta_t_2m_k"]
    return tr("Overlay", "{commune}\nnight {night} / day {day} dB(A), {verdict}\nwarm air {dt} K").format(
        commune=row["commune"],
        night=format_number(night["plant_dba"], 0),
        day=format_number(day["plant_dba"], 0),
        verdict=verdict,
        dt=format_number(dt if dt is not None else float("nan"), 2, signed=True),
    )


class ReceptorBadges(_Overlay):
    """One pin and badge per receptor."""

    def update(self, rows: Sequence[Mapping], positions: Mapping[str, tuple[float, float]]) -> None:
        """Draw the receptors of ``rows`` (residents-table rows) at ``positions`` (id -> x, y)."""
        actors = []
        for row in rows:
            if row["id"] not in positions:
                continue
            x, y = positions[row["id"]]
            ok = row["noise"]["night"]["passes_icpe"] and row["noise"]["day"]["passes_icpe"]
            colour = palette.BADGE_OK if ok else palette.BADGE_ALERT
            cone = vtkConeSource()
            cone.SetHeight(PIN_HEIGHT_M)
            cone.SetRadius(PIN_HEIGHT_M / 4.0)
            cone.SetDirection(0.0, 0.0, -1.0)
            cone.SetCenter(x, y, PIN_HEIGHT_M / 2.0)
            cone.SetResolution(16)
            mapper = vtkPolyDataMapper()
            mapper.SetInputConnection(cone.GetOutputPort())
            pin = vtkActor()
            pin.SetMapper(mapper)
            pin.GetProperty().SetColor(*colour)
            label = vtkBillboardTextActor3D()
            label.SetInput(badge_text(row))
            label.SetPosition(x, y, PIN_HEIGHT_M * 1.3)
            prop = label.GetTextProperty()
            prop.SetFontSize(13)
            prop.SetBold(True)
            prop.SetJustificationToCentered()
            prop.SetColor(1.0, 1.0, 1.0)
            prop.SetBackgroundColor(*colour)
            prop.SetBackgroundOpacity(0.9)
            actors += [pin, label]
        self._replace(actors)

    def _grey(self) -> None:
        # stale figures must not read as current: say so on each badge
        for actor in self.actors:
            if isinstance(actor, vtkBillboardTextActor3D):
                actor.SetInput(tr("Overlay", "neighbours: recomputing"))
                actor.GetTextProperty().SetBackgroundColor(*INVALID_GREY)
