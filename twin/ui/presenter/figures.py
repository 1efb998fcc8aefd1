"""The figures a consultation shows, computed by the same functions as ``twin year`` and ``twin residents``.

Presenter cards and "what about my street?" must never invent a number nor show a stale one, and
must say the same as the commands (architecture.md, "one code path per answer"). So this module
only calls :func:`twin.sweep.annual.run_year` (annual PUE, heat exported, homes) and
:func:`twin.sim.residents.residents_table` (noise by day and night against the rule, warm air,
per commune) and keeps their answers with the layout they were computed for. It imports no Qt
and runs on a worker thread (about 6 s on two cores: 5 s for the plant year, 0.4 s for the table).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from twin.model.campus import Campus


@dataclass(frozen=True)
class ConsultationFigures:
    """The plain-language figures of one layout in one weather year.

    Every figure is ``None`` when it could not be computed; the cards then say so in words.

    Attributes
    ----------
    campus
        The layout the figures belong to (a later edit makes them stale).
    annual_pue
        Total facility energy / IT energy over the year (``twin year``'s ``annual_pue``).
    homes_per_year
        Homes whose yearly heat the exported heat covers (``homes_equivalent``; 10 MWh a home).
    heat_exported_mwh
        Heat delivered to the district network over the year, MWh.
    residents
        ``twin residents``' table (:func:`~twin.sim.residents.residents_table`) at ``at_index``.
    at_index
        Hour of the weather year the residents' table describes (its night is that evening's).
    errors
        What failed, in words, for the cards' "not computed" line.
    """

    campus: Campus
    annual_pue: float | None = None
    homes_per_year: int | None = None
    heat_exported_mwh: float | None = None
    residents: dict | None = None
    at_index: int = 0
    errors: tuple[str, ...] = field(default_factory=tuple)

    def receptor(self, commune: str) -> dict | None:
        """The residents' table row of the nearest homes of ``commune`` (case-insensitive), if computed."""
        if not self.residents:
            return None
        for row in self.residents.get("receptors", ()):
            if str(row.get("commune", "")).lower() == commune.lower():
                return row
        return None


def compute_figures(campus: Campus, weather, at_index: int | None = None) -> ConsultationFigures:  # noqa: ANN001 - WeatherYear
    """Run the plant year and the residents' table for ``campus`` in ``weather``.

    Parameters
    ----------
    campus
        The layout.
    weather
        The weather year (:class:`twin.sim.weather.WeatherYear`).
    at_index
        Hour index in ``weather`` for the residents' table; by default 20 July 00:00, a summer
        night (windows open, the plant's fans at their hardest), or the middle of a shorter series.
    """
    from twin.sim.residents import residents_table
    from twin.sweep.annual import run_year

    errors: list[str] = []
    n = len(weather.time)
    if at_index is None:
        summer_night = (np.datetime64(str(weather.time[0])[:4] + "-07-20T00:00") - weather.time[0]) // np.timedelta64(1, "h")
        at_index = int(summer_night) if 0 <= summer_night < n else n // 2
    at_index = int(np.clip(at_index, 0, n - 1))
    try:
        year = run_year(campus, weather)
        annual = year.figures()
    except Exception as error:  # noqa: BLE001 - said on the card, the rest still shows
        return ConsultationFigures(campus, at_index=at_index, errors=(f"plant year: {error}",))
    residents = None
    try:
        residents = residents_table(campus, weather, year.result, year.config, at_index)
    except Exception as error:  # noqa: BLE001
        errors.append(f"residents: {error}")
    pue = annual.get("annual_pue")
    homes = annual.get("homes_equivalent")
    heat = annual.get("heat_exported_mwh")
    return ConsultationFigures(
        campus,
        annual_pue=float(pue) if pue is not None and np.isfinite(pue) else None,
        homes_per_year=int(homes) if homes is not None else None,
        heat_exported_mwh=float(heat) if heat is not None and np.isfinite(heat) else None,
        residents=residents,
        at_index=at_index,
        errors=tuple(errors),
    )
