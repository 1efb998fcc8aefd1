"""The solver resolution the "Wind and heat" dock asks for, checked before the solver gets it.

A preset is a cell size (horizontal, vertical) and the cell budget it may use. The 4 m preset
gives building-scale detail (a 24 m hall six cells tall, a 4.5 m roof of dry coolers about one
cell) at about four times the cells of the default 8 m grid (1.77 M on the bundled campus in
the prevailing wind, against 0.44 M), so it may use a larger budget than the other presets; a site whose 4 m grid
would exceed even that is refused before anything changes, with the solver's own message
(:class:`~twin.sim.airflow.domain.GridTooLargeError`, which names a cell size that fits). The
grid is planned exactly as the solver will plan it (:func:`~twin.sim.airflow.domain.plan_grid`:
the site, its margins, the wind direction), so what is refused here is what the solver would
refuse.
"""

from __future__ import annotations

import dataclasses

from twin.model.campus import Campus
from twin.sim.airflow.domain import AirflowSettings, GridTooLargeError, plan_grid

DETAILED_MAX_CELLS = 2_000_000
"""Cell budget of the 4 m preset (assumption). The grid turns with the wind, so the bundled
campus needs 1.20 M cells at 4 m x 5 m with the wind along a site axis, 1.77 M from the
prevailing 240 degrees and 1.98 M at 45 degrees to the axes; a larger site is refused rather
than left to run far below real time on two cores."""


def preset_settings(settings: AirflowSettings, dx_m: float, dz_m: float, max_cells: int | None = None) -> AirflowSettings:
    """``settings`` at the cell size ``dx_m`` x ``dz_m``, with the preset's budget (``None``: the default budget)."""
    budget = AirflowSettings().max_cells if max_cells is None else int(max_cells)
    return dataclasses.replace(settings, dx_m=float(dx_m), dz_m=float(dz_m), max_cells=budget)


def grid_refusal(campus: Campus, settings: AirflowSettings) -> str | None:
    """The solver's message if the grid ``settings`` ask for over ``campus`` exceeds their budget, else ``None``."""
    try:
        plan_grid(campus, settings, settings.wind_from_deg)
    except GridTooLargeError as exc:
        return str(exc)
    return None


def grid_cells(campus: Campus, settings: AirflowSettings) -> int:
    """Cells of the grid ``settings`` give over ``campus`` (whatever the budget)."""
    grid, _, _ = plan_grid(campus, dataclasses.replace(settings, max_cells=2**62), settings.wind_from_deg)
    return int(grid.cells)
