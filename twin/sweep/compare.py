"""Two layouts side by side: the comparison table ``twin compare`` prints and the window shows.

Both columns come from :meth:`twin.sweep.annual.YearRun.figures` (the same code as
``twin year``). A row carries both values, the difference B - A, and which way is better, so
the window can highlight the differences and the command can print them; :func:`table_csv`
writes the same rows as CSV.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass

from twin.core.i18n import tr

LOWER_IS_BETTER = -1
HIGHER_IS_BETTER = 1
NEUTRAL = 0


@dataclass(frozen=True)
class Row:
    """One line of the comparison: a figure for A and for B, and how they differ."""

    key: str
    label: str
    unit: str
    a: float | None
    b: float | None
    better: int
    """:data:`LOWER_IS_BETTER`, :data:`HIGHER_IS_BETTER` or :data:`NEUTRAL`."""
    digits: int = 1

    @property
    def difference(self) -> float | None:
        """B - A, or None when either is missing."""
        if self.a is None or self.b is None:
            return None
        return self.b - self.a

    @property
    def verdict(self) -> str:
        """``"B better"``, ``"B worse"``, ``"same"`` or ``"no data"`` (untranslated keys)."""
        d = self.difference
        if d is None:
            return "no data"
        if abs(d) < 0.5 * 10 ** (-self.digits) or self.better == NEUTRAL:
            return "same" if abs(d) < 0.5 * 10 ** (-self.digits) else "changed"
        return "B better" if d * self.better > 0 else "B worse"

    def as_dict(self) -> dict[str, object]:
        """JSON-ready row."""
        d = self.difference
        return {
            "key": self.key, "label": self.label, "unit": self.unit,
            "a": _round(self.a, self.digits), "b": _round(self.b, self.digits),
            "difference": _round(d, self.digits), "verdict": self.verdict,
        }


def _round(v: float | None, digits: int) -> float | None:
    return None if v is None or not math.isfinite(v) else round(v, digits)


def _num(v: object) -> float | None:
    if v is None:
        return None
    f = float(v)  # type: ignore[arg-type]
    return f if math.isfinite(f) else None


def comparison_rows(a: Mapping[str, object], b: Mapping[str, object]) -> list[Row]:
    """The rows comparing the figures of layout A and layout B (dicts from ``YearRun.figures``).

    Per-hall rows cover every hall of either layout (a hall missing from one side shows
    "no data" there).
    """
    rows = [
        Row("annual_pue", tr("Compare", "annual PUE"), "", _num(a["annual_pue"]), _num(b["annual_pue"]), LOWER_IS_BETTER, 4),
        Row("pue_max", tr("Compare", "peak PUE (worst hour)"), "", _num(a["pue_max"]), _num(b["pue_max"]), LOWER_IS_BETTER, 4),
        Row("pue_hottest_hour", tr("Compare", "PUE at the hottest hour"), "", _num(a["pue_hottest_hour"]),
            _num(b["pue_hottest_hour"]), LOWER_IS_BETTER, 4),
        Row("chiller_hours", tr("Compare", "hours with a chiller on"), "h", _num(a["chiller_hours"]),
            _num(b["chiller_hours"]), LOWER_IS_BETTER, 0),
        Row("free_cooling_hours", tr("Compare", "hours of full free cooling"), "h", _num(a["free_cooling_hours"]),
            _num(b["free_cooling_hours"]), HIGHER_IS_BETTER, 0),
        Row("water_m3", tr("Compare", "water (adiabatic assist)"), "m3", _num(a["water_m3"]), _num(b["water_m3"]),
            LOWER_IS_BETTER, 0),
        Row("heat_exported_mwh", tr("Compare", "heat exported to the districts"), "MWh", _num(a["heat_exported_mwh"]),
            _num(b["heat_exported_mwh"]), HIGHER_IS_BETTER, 0),
        Row("homes_equivalent", tr("Compare", "homes-equivalent heated"), "", _num(a["homes_equivalent"]),
            _num(b["homes_equivalent"]), HIGHER_IS_BETTER, 0),
        Row("export_line_loss_mwh", tr("Compare", "export line heat loss"), "MWh", _num(a["export_line_loss_mwh"]),
            _num(b["export_line_loss_mwh"]), LOWER_IS_BETTER, 0),
        Row("mean_reserve_air_rise_k", tr("Compare", "air over the reserve, mean rise"), "K",
            _num(a.get("mean_reserve_air_rise_k")), _num(b.get("mean_reserve_air_rise_k")), LOWER_IS_BETTER, 2),
    ]
    halls = list(dict.fromkeys([*a["buildings"], *b["buildings"]]))  # type: ignore[misc]
    for hall in halls:
        ra = a["mean_intake_rise_k_by_building"].get(hall)  # type: ignore[attr-defined]
        rb = b["mean_intake_rise_k_by_building"].get(hall)  # type: ignore[attr-defined]
        rows.append(Row(f"intake_rise_k.{hall}", tr("Compare", "{hall}: mean intake rise").format(hall=hall), "K",
                        _num(ra), _num(rb), LOWER_IS_BETTER, 2))
    for hall in halls:
        pa = a["annual_pue_by_building"].get(hall)  # type: ignore[attr-defined]
        pb = b["annual_pue_by_building"].get(hall)  # type: ignore[attr-defined]
        rows.append(Row(f"annual_pue.{hall}", tr("Compare", "{hall}: annual PUE").format(hall=hall), "",
                        _num(pa), _num(pb), LOWER_IS_BETTER, 4))
    for hall in halls:
        ca = a["chiller_hours_by_building"].get(hall)  # type: ignore[attr-defined]
        cb = b["chiller_hours_by_building"].get(hall)  # type: ignore[attr-defined]
        rows.append(Row(f"chiller_hours.{hall}", tr("Compare", "{hall}: chiller hours").format(hall=hall), "h",
                        _num(ca), _num(cb), LOWER_IS_BETTER, 0))
    return rows


def verdict_text(verdict: str) -> str:
    """The translated words of :attr:`Row.verdict`."""
    return {
        "no data": tr("Compare", "no data"),
        "same": tr("Compare", "same"),
        "changed": tr("Compare", "changed"),
        "B better": tr("Compare", "B better"),
        "B worse": tr("Compare", "B worse"),
    }[verdict]


def format_value(value: float | None, digits: int) -> str:
    """A figure with ``digits`` decimals and thousands separators, or "no data"."""
    if value is None or not math.isfinite(value):
        return tr("Compare", "no data")
    return f"{value:,.{digits}f}"


def table_csv(rows: list[Row], name_a: str, name_b: str) -> str:
    """The rows as CSV text (header: figure, unit, A, B, B - A, verdict)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([tr("Compare", "figure"), tr("Compare", "unit"), name_a, name_b, tr("Compare", "B - A"),
                     tr("Compare", "verdict")])
    for r in rows:
        d = r.as_dict()
        writer.writerow([r.label, r.unit, "" if d["a"] is None else d["a"], "" if d["b"] is None else d["b"],
                         "" if d["difference"] is None else d["difference"], verdict_text(r.verdict)])
    return out.getvalue()


def table_text(rows: list[Row], name_a: str, name_b: str) -> str:
    """The rows as an aligned plain-text table for the terminal."""
    header = [tr("Compare", "figure"), name_a, name_b, tr("Compare", "B - A"), tr("Compare", "verdict")]
    body = []
    for r in rows:
        unit = f" ({r.unit})" if r.unit else ""
        d = r.difference
        body.append([r.label + unit, format_value(r.a, r.digits), format_value(r.b, r.digits),
                     format_value(d, r.digits) if d is None else f"{d:+,.{r.digits}f}", verdict_text(r.verdict)])
    widths = [max(len(str(line[i])) for line in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True)))
             for line in [header, *body]]
    return "\n".join(lines)
