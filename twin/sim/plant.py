"""Cooling and heat-recovery plant of the campus, vectorised over buildings x time steps.

The model follows each data hall's IT heat from the chips to the outside air or to the district
heating line, and adds up the electricity every step needs, so PUE comes out of the physics
instead of being a constant::

    IT load ──► cold plates (liquid share, TCS loop) ──► CDU ─┐
           └──► residual air ──► CRAH coils ─────────────────┤   facility water loop
                                                              ├──► heat pumps ──► district line
                                                              ├──► dry coolers (adiabatic assist)
                                                              └──► trim chillers ──► air

Every array has shape ``(B, T)``: B data halls, T time steps (one step, or 8760 hours). The
numerics are closed-form per cell (no iteration, no Python loop over time), so a year for six
halls costs a few milliseconds; fluid properties come from CoolProp once, at configuration.

Energy balance (first law over the fence, closed every step to round-off)::

    total electricity = heat to outdoor air + heat exported to the district + heat stored

where heat stored is the change of the facility loop's thermal mass. All electricity ends as
heat; IT heat alone obeys ``IT + in-loop electricity = dry coolers + chiller evaporators +
heat-pump sources + stored`` per hall.

Sources of the figures are in :class:`PlantParameters` (shared/domain/escaudain.md s.4 unless
marked *assumption*). Known simplifications (assumptions):

- Steady state within a step except for the loop's thermal mass; variable-flow pumping holds the
  design facility temperature difference down to a 30 % minimum flow.
- Dry coolers: outlet = air inlet + approach, the approach proportional to the heat load per unit
  of design capacity and to fan speed^-0.8 (air-side heat transfer ~ Re^0.8); fans follow the
  cube law. The water-glycol intermediate circuit used against frost is ignored.
- Trim chillers sit downstream of the dry coolers and bring the water to the supply set-point;
  their condensers are air-cooled and stand at the central cooling plant when the campus has one.
- Heat pumps draw heat from the facility return header (shared by all halls) in parallel with the
  dry coolers and deliver the district supply temperature.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from twin.model.campus import Building, BuildingKind, Campus, CoolingType, PipeNetwork, PipeRole

HOURS_PER_YEAR = 8760
MWH_PER_HOME_YEAR = 10.0
"""Heat use of one home, MWh/yr: 1 TWh/yr ~ 100,000 homes (ADEME, escaudain.md s.4, tag V)."""

HOMES_ASSUMPTION = (
    "homes-equivalent = exported heat / 10 MWh per home per year "
    "(ADEME: 1 TWh/yr of heat ~ 100,000 homes)"
)

# Free-cooling mode codes in PlantResult.mode.
MODE_FREE = 0
"""Dry coolers (with or without adiabatic assist) carry all the rejected heat; chillers off."""
MODE_PARTIAL = 1
"""Dry coolers pre-cool, trim chillers finish."""
MODE_MECHANICAL = 2
"""Chillers carry everything (dry coolers useless: air hotter than the return water)."""


@dataclass(frozen=True)
class PlantParameters:
    """Every tunable figure of the plant model, with its source.

    Temperatures in degrees C, differences in K, powers as fractions or MW as named.
    """

    liquid_fraction: float = 0.88
    """Share of IT heat captured by cold plates (DLC); the rest goes to room air. Assumption
    (vendors quote 80-95 % for GB200/GB300-class racks)."""
    tcs_supply_c: float = 25.0
    """Cold-plate inlet (technology cooling system supply), ~25 C (factryze.ai, s.4, tag V)."""
    tcs_return_c: float = 45.0
    """Cold-plate outlet, ~45 C (factryze.ai, s.4, tag V)."""
    cdu_approach_k: float = 2.0
    """CDU heat-exchanger approach between facility water and TCS. Assumption (plate HX, 1-3 K)."""
    min_flow_fraction: float = 0.3
    """Minimum pump turndown; below it the loop dT shrinks. Assumption."""
    loop_volume_m3_per_mw: float = 6.0
    """Water in the facility + TCS loops per MW of design IT. Assumption (pipework, CDUs,
    buffer tanks; ~5 minutes of design flow)."""

    facility_dp_kpa: float = 100.0
    """Facility loop pressure drop at design flow in the equipment (CDU exchangers, dry-cooler
    coils, valves), without the campus pipework (see :attr:`pipe_friction_pa_per_m`). Assumption."""
    pipe_friction_pa_per_m: float = 250.0
    """Friction loss per metre of facility pipework at design flow, fittings included: the
    100-400 Pa/m band pipes are sized to (ASHRAE Handbook Fundamentals, ch. 22, pipe sizing).
    Assumption within that band. A hall's pumps work against ``facility_dp_kpa`` plus this times
    its supply + return route to the cooling plant (:attr:`PlantConfig.cooling_route_m`)."""
    default_route_m: float = 300.0
    """Supply + return route of a hall when the layout draws no cooling main and has no cooling
    plant to measure to. Assumption."""
    tcs_dp_kpa: float = 300.0
    """TCS (cold plates, manifolds, CDU) pressure drop at design flow. Assumption."""
    pump_efficiency: float = 0.7
    """Wire-to-water pump efficiency (motor x VFD x hydraulic). Assumption."""
    pump_fixed_dp_fraction: float = 0.4
    """Share of the design pressure drop held by the differential-pressure control at any flow
    (dp = dp_d (f0 + (1 - f0) flow^2)). Assumption."""
    crah_fan_kw_per_kw: float = 0.04
    """CRAH fan electricity per kW of room-air heat. Assumption (typical 0.03-0.06)."""

    dry_cooler_approach_k: float = 10.0
    """Coolant out minus ambient dry-bulb at design: median 10 K over 6,730 models (Energies
    16(9) 3661, 2023; s.4, tag V)."""
    dry_cooler_fan_kw_per_kw: float = 0.025
    """Dry-cooler fan electricity per kW rejected at design (full speed). Assumption: above the
    0.012-0.021 of open towers (same source) since dry coolers move 3-4x more air."""
    dry_cooler_min_fan_speed: float = 0.15
    """Lowest fan speed; below it the coolers bypass water to hold the set-point. Assumption."""
    dry_cooler_air_dt_k: float = 10.0
    """Air temperature rise across the coils at design, sets the air mass flow for the adiabatic
    water use. Assumption."""

    adiabatic_threshold_c: float = 22.0
    """Adiabatic pre-cooling runs when the coil inlet air is at least this warm and dry cooling
    alone cannot hold the set-point. Assumption (typical 20-26 C switch-on)."""
    adiabatic_effectiveness: float = 0.8
    """Saturation effectiveness of the pads: T_pre = T - eff (T - T_wb). Assumption (0.7-0.9)."""
    adiabatic_bleed_factor: float = 1.2
    """Water drawn / water evaporated (bleed-off and drift). Assumption."""

    chiller_carnot_fraction: float = 0.5
    """Chiller COP as a fraction of the Carnot COP of its lift: ~0.5-0.6 (s.4, low authority);
    0.5 for air-cooled units including condenser fans."""
    chiller_evaporator_approach_k: float = 2.0
    """Evaporating temperature below the chilled-water supply. Assumption."""
    chiller_condenser_approach_k: float = 12.0
    """Condensing temperature above the condenser air inlet (air-cooled). Assumption."""
    chiller_min_lift_k: float = 8.0
    """Smallest lift used in the COP formula, so a trim chiller never reports an absurd COP. Assumption."""
    chiller_max_cop: float = 9.0
    """Cap on chiller COP. Assumption."""
    chiller_capacity_fraction: Mapping[str, float] = field(
        default_factory=lambda: {
            CoolingType.DIRECT_LIQUID_DRY_COOLERS.value: 1.0,
            CoolingType.ADIABATIC.value: 0.7,
            CoolingType.CHILLERS.value: 1.2,
            CoolingType.NONE.value: 1.0,
        }
    )
    """Chiller capacity per cooling type, as a fraction of the hall's design heat. Assumption:
    sized so the 2019 record (41.5 C) is ridden through; adiabatic halls need less."""

    ups_efficiency: float = 0.965
    """UPS efficiency (losses = IT (1/eta - 1)). Assumption (double conversion at part load, 96-97 %)."""
    transformer_loss_fraction: float = 0.015
    """HV/MV/LV transformer and distribution losses, fraction of the power they carry. Assumption."""
    ancillary_fraction: float = 0.01
    """Lighting, security, BMS, offices and transformer no-load losses, fraction of design IT,
    constant. Assumption."""

    heat_pump_cop_table: tuple[tuple[float, float], ...] = ((60.0, 5.5), (70.0, 4.3), (80.0, 3.5))
    """Heat-pump COP delivering 60/70/80 C from a 45 C source (Zangeneh & Oi, SIMS conf.,
    Linkoping Electronic Conf. Proc. 747; s.4, tag V)."""
    heat_pump_table_source_c: float = 45.0
    """Source temperature of :attr:`heat_pump_cop_table`."""
    heat_pump_max_cop: float = 9.0
    """Cap on heat-pump COP. Assumption."""
    district_peak_demand_mw: float = 60.0
    """District heat demand at the design outdoor temperature. Assumption (several thousand
    dwellings of Denain/Lourches/Escaudain plus the campus; not published)."""
    district_base_fraction: float = 0.15
    """Summer demand (hot water, losses) as a fraction of the peak. Assumption."""
    district_base_temperature_c: float = 16.0
    """Outdoor temperature above which space heating stops (heating degree hours base). Assumption."""
    district_design_temperature_c: float = -7.0
    """Outdoor design temperature of the network (full demand). Assumption (Nord, EN 12831 order)."""
    export_line_capacity_mw: float = 50.0
    """Capacity of the export line to the districts. Assumption."""
    district_return_c: float = 40.0
    """Return temperature of the district line. Assumption (70/40 C network)."""
    ground_c: float = 10.0
    """Undisturbed soil temperature around the buried export pipes (Nord, ~1 m deep; annual
    mean air ~11 C). Assumption."""
    export_pipe_loss_w_per_m_k: float = 0.30
    """Heat loss per metre of one buried pre-insulated export pipe per K above the ground:
    0.25-0.35 W/(m K) for DN 250-300 insulation series 2 (EN 253 pipe makers' tables).
    Assumption within that band. The line loses ``L U ((T_s - T_g) + (T_r - T_g))``."""
    export_pipe_friction_pa_per_m: float = 150.0
    """Friction loss per metre of export pipe at design flow (district lines are sized to
    ~100-200 Pa/m). Assumption."""
    export_fixed_dp_kpa: float = 100.0
    """Pressure drop of the heat-pump condensers and the district substation. Assumption."""
    heat_pump_min_it_fraction: float = 0.02
    """The heat pumps run only while the campus IT load is at least this share of its design:
    pump and fan heat alone are no source for district heat. Assumption."""

    chiller_start_deficit_k: float = 0.5
    """Trim chillers of a hall start only when the dry coolers alone would leave the supply this
    much above its set-point (the supply floats up meanwhile): start/stop hysteresis, so a hall
    at the free-cooling limit does not cycle its chillers every step. Assumption (0.5-1 K
    staging dead bands are usual in plant controls)."""
    chiller_stop_margin_k: float = 1.0
    """Running chillers stop only when the dry coolers alone would hold the supply this much
    below its set-point. Assumption."""
    chiller_min_load_fraction: float = 0.1
    """Lowest load of a running chiller, as a share of its capacity: inside the dead band it
    carries this and the dry coolers the rest. Assumption (screw / centrifugal turndown 10-20 %)."""


@dataclass(frozen=True, eq=False)
class PlantConfig:
    """Per-hall arrays and fluid properties, built once from a campus (see :meth:`from_campus`).

    Attributes
    ----------
    building_ids
        Ids of the data halls, in the order of the first axis of every array.
    capacity_mw
        Design IT capacity per hall, MW.
    adiabatic
        True where the hall's dry coolers have evaporative pre-cooling.
    free_cooling
        False for all-mechanical halls (``CoolingType.CHILLERS``): no dry coolers.
    chiller_capacity_mw
        Trim-chiller capacity per hall, MW of heat.
    district_supply_c
        Supply temperature of the heat-export line (user setting), C.
    cooling_route_m
        Supply + return pipe route of each hall's facility water to the cooling plant, m (see
        :func:`cooling_routes_m`); sets the pumps' head.
    export_line_length_m
        Length of the heat-export line from the heat-recovery plant to its far end, m (one
        pipe; see :func:`export_line_length_m`); sets its heat loss and pumping.
    chiller_host, substation_host
        Building ids where chiller condensers and transformers stand (their heat goes to the air
        there); ``None`` puts it back on the halls.
    rho, cp
        Facility water density (kg/m3) and heat capacity (J/kg/K) at the mean loop temperature.
    cp_air, h_fg
        Air heat capacity (J/kg/K) and water latent heat at 20 C (J/kg).
    """

    building_ids: tuple[str, ...]
    capacity_mw: np.ndarray
    adiabatic: np.ndarray
    free_cooling: np.ndarray
    chiller_capacity_mw: np.ndarray
    district_supply_c: float
    params: PlantParameters
    cooling_route_m: np.ndarray
    export_line_length_m: float
    chiller_host: str | None
    substation_host: str | None
    rho: float
    cp: float
    cp_air: float
    h_fg: float

    @classmethod
    def from_campus(
        cls,
        campus: Campus,
        params: PlantParameters | None = None,
        district_supply_c: float | None = None,
    ) -> PlantConfig:
        """Build the configuration of every data hall of ``campus``.

        Parameters
        ----------
        campus
            The campus snapshot; halls are buildings with ``it_capacity_mw > 0``.
        params
            Model figures; the documented defaults when omitted.
        district_supply_c
            District supply temperature; ``campus.scenario.district_supply_c`` when omitted.
        """
        params = params or PlantParameters()
        halls = campus.data_halls
        if not halls:
            raise ValueError("the campus has no data hall (no building with it_capacity_mw > 0)")
        ids = tuple(b.id for b in halls)
        capacity = np.array([b.it_capacity_mw for b in halls], dtype=float)
        cooling = [_cooling_of(b) for b in halls]
        adiabatic = np.array([c == CoolingType.ADIABATIC for c in cooling])
        free = np.array([c != CoolingType.CHILLERS for c in cooling])
        ch_frac = np.array([params.chiller_capacity_fraction.get(c.value, 1.0) for c in cooling])
        chiller_host = next(
            (b.id for b in campus.buildings if b.kind == BuildingKind.COOLING_PLANT), None
        )
        substation = next(
            (b.id for b in campus.buildings if b.kind == BuildingKind.SUBSTATION), None
        )
        props = _fluid_properties(round(0.5 * (params.tcs_supply_c + params.tcs_return_c), 1))
        supply = (
            campus.scenario.district_supply_c if district_supply_c is None else district_supply_c
        )
        return cls(
            building_ids=ids,
            capacity_mw=capacity,
            adiabatic=adiabatic,
            free_cooling=free,
            chiller_capacity_mw=ch_frac * capacity,
            district_supply_c=float(supply),
            params=params,
            cooling_route_m=cooling_routes_m(campus, params),
            export_line_length_m=export_line_length_m(campus),
            chiller_host=chiller_host,
            substation_host=substation,
            **props,
        )

    def with_district_supply(self, supply_c: float) -> PlantConfig:
        """Return a copy with another district supply temperature."""
        return replace(self, district_supply_c=float(supply_c))

    @property
    def supply_setpoint_c(self) -> float:
        """Facility water supply set-point: TCS supply minus the CDU approach."""
        return self.params.tcs_supply_c - self.params.cdu_approach_k

    @property
    def design_dt_k(self) -> float:
        """Facility loop temperature difference at design flow (equals the TCS dT)."""
        return self.params.tcs_return_c - self.params.tcs_supply_c

    @property
    def loop_heat_capacity_mj_per_k(self) -> np.ndarray:
        """Thermal mass of each hall's loops, MJ/K."""
        return self.params.loop_volume_m3_per_mw * self.capacity_mw * self.rho * self.cp / 1e6

    @property
    def facility_dp_pa(self) -> np.ndarray:
        """Facility loop pressure drop of each hall at design flow, Pa (B,): equipment + pipes."""
        p = self.params
        return p.facility_dp_kpa * 1e3 + p.pipe_friction_pa_per_m * self.cooling_route_m

    @property
    def export_line_loss_mw(self) -> float:
        """Heat lost by the export line to the ground while in service, MW (supply + return pipe)."""
        p = self.params
        excess = (self.district_supply_c - p.ground_c) + (p.district_return_c - p.ground_c)
        return self.export_line_length_m * p.export_pipe_loss_w_per_m_k * max(excess, 0.0) / 1e6

    def initial_state(self) -> PlantState:
        """Loop state at design temperatures (as after a long steady run at full load), chillers off."""
        mean = np.full(len(self.building_ids), self.supply_setpoint_c + 0.5 * self.design_dt_k)
        return PlantState(loop_mean_c=mean, chiller_on=np.zeros(len(self.building_ids), dtype=bool))

    def intake_rise_array(
        self, intake_rise_k: Mapping[str, float] | np.ndarray | float | None
    ) -> np.ndarray:
        """Per-hall intake temperature rise (B,) from a dict (missing halls: 0), array or scalar."""
        if intake_rise_k is None:
            return np.zeros(len(self.building_ids))
        if isinstance(intake_rise_k, Mapping):
            return np.array([float(intake_rise_k.get(b, 0.0)) for b in self.building_ids])
        arr = np.asarray(intake_rise_k, dtype=float)
        return np.broadcast_to(arr, (len(self.building_ids),)).copy() if arr.ndim <= 1 else arr


def _cooling_of(building: Building) -> CoolingType:
    # A hall with no cooling declared gets the campus default (DLC + dry coolers).
    return (
        CoolingType.DIRECT_LIQUID_DRY_COOLERS
        if building.cooling == CoolingType.NONE
        else building.cooling
    )


def _manhattan(a: tuple[float, float], b: tuple[float, float]) -> float:
    # Pipes run along racks and roads at right angles, not as the crow flies.
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def _nearest_on_polyline(point: tuple[float, float], path: tuple[tuple[float, float], ...]) -> tuple[float, float, float]:
    """(distance to the path, arc length of the nearest point from the path's start, path length)."""
    best = (math.inf, 0.0)
    run = 0.0
    px, py = point
    for (x0, y0), (x1, y1) in zip(path[:-1], path[1:], strict=True):
        seg = math.hypot(x1 - x0, y1 - y0)
        t = 0.0 if seg == 0 else min(max(((px - x0) * (x1 - x0) + (py - y0) * (y1 - y0)) / seg**2, 0.0), 1.0)
        qx, qy = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        d = math.hypot(px - qx, py - qy)
        if d < best[0]:
            best = (d, run + t * seg)
        run += seg
    return best[0], best[1], run


def cooling_routes_m(campus: Campus, params: PlantParameters | None = None) -> np.ndarray:
    """Supply + return facility-water route of each data hall to the cooling plant, m (B,).

    With a cooling supply main drawn in the layout: twice (the hall's branch to the nearest
    point of the main, at right angles, plus the length along the main from there to its end
    nearer the cooling plant). Without a main: twice the right-angle distance to the cooling
    plant (or heat-recovery plant). Without either: :attr:`PlantParameters.default_route_m`.
    A hall moved away from the main therefore gets a longer route and a higher pump head.
    """
    params = params or PlantParameters()
    plant = next((b for b in campus.buildings if b.kind == BuildingKind.COOLING_PLANT), None) or next(
        (b for b in campus.buildings if b.kind == BuildingKind.HEAT_RECOVERY_PLANT), None)
    mains = [p for p in campus.pipes if p.network == PipeNetwork.COOLING and p.role == PipeRole.SUPPLY and len(p.path) >= 2]
    routes = []
    for hall in campus.data_halls:
        c = hall.centroid
        if mains:
            main = min(mains, key=lambda m: _nearest_on_polyline(c, m.path)[0])
            d, s, length = _nearest_on_polyline(c, main.path)
            to_end = length - s
            if plant is not None and _manhattan(main.path[0], plant.centroid) < _manhattan(main.path[-1], plant.centroid):
                to_end = s
            routes.append(2.0 * (d + to_end))
        elif plant is not None:
            routes.append(2.0 * _manhattan(c, plant.centroid))
        else:
            routes.append(params.default_route_m)
    return np.array(routes, dtype=float)


def export_line_length_m(campus: Campus) -> float:
    """Length of the heat-export line, m: its supply pipe plus the right-angle connection from
    the heat-recovery plant to the pipe's nearer end (0 when the layout draws no export line)."""
    lines = [p for p in campus.pipes if p.network == PipeNetwork.HEAT_EXPORT and p.role == PipeRole.SUPPLY and len(p.path) >= 2]
    if not lines:
        return 0.0
    plant = next((b for b in campus.buildings if b.kind == BuildingKind.HEAT_RECOVERY_PLANT), None)
    total = 0.0
    for line in lines:
        total += line.length_m
        if plant is not None:
            total += min(_manhattan(plant.centroid, line.path[0]), _manhattan(plant.centroid, line.path[-1]))
    return total


@functools.lru_cache(maxsize=8)
def _fluid_properties(t_mean_c: float) -> dict[str, float]:
    """Water and air properties from CoolProp, evaluated once per mean temperature."""
    from CoolProp.CoolProp import PropsSI  # heavy import, deferred until a plant is built

    t = t_mean_c + 273.15
    p = 300e3  # facility loop static pressure, Pa (assumption; properties barely depend on it)
    h_vap = PropsSI("H", "T", 293.15, "Q", 1, "Water") - PropsSI("H", "T", 293.15, "Q", 0, "Water")
    return {
        "rho": float(PropsSI("D", "T", t, "P", p, "Water")),
        "cp": float(PropsSI("C", "T", t, "P", p, "Water")),
        "cp_air": float(PropsSI("C", "T", 300.0, "P", 101325.0, "Air")),
        "h_fg": float(h_vap),
    }


@dataclass(frozen=True, eq=False)
class PlantState:
    """State carried between steps.

    Attributes
    ----------
    loop_mean_c
        Mean facility loop temperature per hall, C (B,).
    chiller_on
        Whether each hall's trim chillers run (B,), for the start/stop hysteresis; None = off.
    """

    loop_mean_c: np.ndarray
    chiller_on: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class PlantResult:
    """Outputs of :func:`simulate`, arrays of shape (B, T) per hall or (T,) for the campus.

    Powers in MW, temperatures in C, water in m3 per step. Per-hall arrays follow
    ``building_ids``. ``heat_to_air_mw`` (B, T) is the heat leaving into the air *at the hall*
    (its dry coolers, fans, ancillary loads); chiller condenser heat and transformer losses stand
    at ``chiller_host`` and ``substation_host`` (see :meth:`heat_to_air_by_building`).
    """

    building_ids: tuple[str, ...]
    dt_h: float
    it_mw: np.ndarray
    ambient_c: np.ndarray
    coil_air_c: np.ndarray
    supply_c: np.ndarray
    return_c: np.ndarray
    mode: np.ndarray
    adiabatic_on: np.ndarray
    chiller_on: np.ndarray
    dry_cooler_mw: np.ndarray
    chiller_load_mw: np.ndarray
    chiller_cop: np.ndarray
    heat_recovery_source_mw: np.ndarray
    stored_mw: np.ndarray
    pump_mw: np.ndarray
    crah_fan_mw: np.ndarray
    dry_cooler_fan_mw: np.ndarray
    chiller_mw: np.ndarray
    ups_loss_mw: np.ndarray
    ancillary_mw: np.ndarray
    transformer_loss_mw: np.ndarray
    heat_pump_mw: np.ndarray
    facility_mw: np.ndarray
    pue: np.ndarray
    heat_to_air_mw: np.ndarray
    chiller_condenser_mw: np.ndarray
    water_m3: np.ndarray
    district_demand_mw: np.ndarray
    exported_mw: np.ndarray
    export_loss_mw: np.ndarray
    heat_pump_cop: np.ndarray
    campus_pue: np.ndarray
    over_temperature: np.ndarray
    chiller_host: str | None = None
    substation_host: str | None = None
    final_state: PlantState | None = None

    @property
    def campus_it_mw(self) -> np.ndarray:
        """Campus IT load per step, MW (T,)."""
        return self.it_mw.sum(axis=0)

    @property
    def campus_facility_mw(self) -> np.ndarray:
        """Campus total electricity per step, MW (T,)."""
        return self.campus_it_mw + self.facility_mw.sum(axis=0)

    @property
    def campus_heat_to_air_mw(self) -> np.ndarray:
        """All heat released to outdoor air per step, MW (T,)."""
        return (
            self.heat_to_air_mw.sum(axis=0)
            + self.chiller_condenser_mw.sum(axis=0)
            + self.transformer_loss_mw.sum(axis=0)
        )

    def heat_to_air_by_building(self, step: int = -1) -> dict[str, float]:
        """Heat released to the air per building at one step, MW: the airflow solver's sources.

        Halls carry their dry-cooler and fan heat; the chiller host (central cooling plant)
        carries every trim chiller's condenser heat, the substation the transformer losses.
        Without those buildings the heat stays at the hall that caused it.
        """
        out = {
            b: float(v)
            for b, v in zip(self.building_ids, self.heat_to_air_mw[:, step], strict=True)
        }
        for host, arr in (
            (self.chiller_host, self.chiller_condenser_mw),
            (self.substation_host, self.transformer_loss_mw),
        ):
            if host is None:
                for b, v in zip(self.building_ids, arr[:, step], strict=True):
                    out[b] += float(v)
            else:
                out[host] = out.get(host, 0.0) + float(arr[:, step].sum())
        return out

    def annual_pue_by_building(self) -> dict[str, float]:
        """Energy-weighted PUE of each hall over the period (NaN for a hall with no IT energy)."""
        it = self.it_mw.sum(axis=1)
        total = it + self.facility_mw.sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            pue = np.where(it > 0, total / it, np.nan)
        return dict(zip(self.building_ids, map(float, pue), strict=True))

    def energy_balance_residual_mw(self) -> np.ndarray:
        """Electricity in minus (heat to air + export + export-line loss + stored), MW per step (T,); ~0."""
        heat_out = self.campus_heat_to_air_mw + self.exported_mw + self.export_loss_mw + self.stored_mw.sum(axis=0)
        return self.campus_facility_mw - heat_out

    def summary(self) -> dict[str, object]:
        """Totals over the simulated period (annual figures for a year of hours)."""
        dt = self.dt_h
        it_mwh = float(self.campus_it_mw.sum() * dt)
        total_mwh = float(self.campus_facility_mw.sum() * dt)
        hot = int(np.argmax(self.ambient_c))
        export_mwh = float(self.exported_mw.sum() * dt)
        hours = len(self.ambient_c) * dt
        return {
            "hours": hours,
            "it_energy_mwh": it_mwh,
            "facility_energy_mwh": total_mwh,
            "pue": total_mwh / it_mwh if it_mwh > 0 else float("nan"),
            "pue_hottest_hour": float(self.campus_pue[hot]),
            "hottest_hour_index": hot,
            "hottest_hour_ambient_c": float(self.ambient_c[hot]),
            "pue_max": float(np.nanmax(self.campus_pue)) if np.isfinite(self.campus_pue).any() else float("nan"),
            "chiller_hours": float(self.chiller_on.any(axis=0).sum() * dt),
            "chiller_hours_by_building": {
                b: float(v)
                for b, v in zip(self.building_ids, self.chiller_on.sum(axis=1) * dt, strict=True)
            },
            "free_cooling_hours": float((self.mode == MODE_FREE).all(axis=0).sum() * dt),
            "free_cooling_hours_by_building": {
                b: float(v)
                for b, v in zip(
                    self.building_ids, (self.mode == MODE_FREE).sum(axis=1) * dt, strict=True
                )
            },
            "adiabatic_hours": float(self.adiabatic_on.any(axis=0).sum() * dt),
            "over_temperature_hours": float(self.over_temperature.any(axis=0).sum() * dt),
            "heat_exported_mwh": export_mwh,
            "export_line_loss_mwh": float(self.export_loss_mw.sum() * dt),
            "homes_equivalent": export_mwh * (HOURS_PER_YEAR / hours) / MWH_PER_HOME_YEAR
            if hours > 0
            else 0.0,
            "homes_assumption": HOMES_ASSUMPTION,
            "heat_to_air_mwh": float(self.campus_heat_to_air_mw.sum() * dt),
            "water_m3": float(self.water_m3.sum()),
            "wue_l_per_kwh": float(self.water_m3.sum()) * 1000.0 / (it_mwh * 1000.0)
            if it_mwh > 0
            else 0.0,
            "max_energy_balance_residual_mw": float(
                np.abs(self.energy_balance_residual_mw()).max()
            ),
        }


def district_demand_mw(params: PlantParameters, ambient_c: np.ndarray) -> np.ndarray:
    """District heat demand (MW) from outdoor temperature: heating degree hours plus a base.

    demand = peak (base + (1 - base) clip((T_base - T) / (T_base - T_design), 0, 1)); the usual
    degree-day signature of space heating (assumption: linear, base 16 C).
    """
    share = np.clip(
        (params.district_base_temperature_c - ambient_c)
        / (params.district_base_temperature_c - params.district_design_temperature_c),
        0.0,
        1.0,
    )
    return params.district_peak_demand_mw * (
        params.district_base_fraction + (1.0 - params.district_base_fraction) * share
    )


def heat_pump_cop(
    params: PlantParameters, source_c: np.ndarray | float, supply_c: float
) -> np.ndarray:
    """Heat-pump heating COP from the source temperature to the district supply.

    The Carnot efficiency eta = COP / (T_sup / (T_sup - T_src)) is computed at the points of
    :attr:`PlantParameters.heat_pump_cop_table` (45 C source), interpolated in supply temperature
    (held flat outside 60-80 C), then applied to the actual source temperature. At 45 C source
    this returns the table exactly (5.5 / 4.3 / 3.5 at 60 / 70 / 80 C). A supply at or below the
    source needs no lift: the COP is then the cap (a plain exchanger plus pumps, assumption).
    """
    table = np.array(params.heat_pump_cop_table)
    t_sup_table = table[:, 0] + 273.15
    carnot_table = t_sup_table / (table[:, 0] - params.heat_pump_table_source_c)
    eta = np.interp(supply_c, table[:, 0], table[:, 1] / carnot_table)
    lift = supply_c - np.asarray(source_c, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        cop = np.where(
            lift > 1.0, eta * (supply_c + 273.15) / np.maximum(lift, 1.0), params.heat_pump_max_cop
        )
    return np.minimum(cop, params.heat_pump_max_cop)


def simulate(
    config: PlantConfig,
    it_mw: np.ndarray,
    ambient_c: np.ndarray | float,
    rh_pct: np.ndarray | float,
    *,
    intake_rise_k: Mapping[str, float] | np.ndarray | float | None = None,
    chiller_intake_rise_k: np.ndarray | float | None = None,
    dt_h: float = 1.0,
    state: PlantState | None = None,
) -> PlantResult:
    """Run the plant over T steps for every hall at once.

    Parameters
    ----------
    config
        From :meth:`PlantConfig.from_campus`.
    it_mw
        IT load, MW, shape (B,) for one step or (B, T).
    ambient_c, rh_pct
        Outdoor dry-bulb (C) and relative humidity (%), scalar or (T,).
    intake_rise_k
        Temperature rise of the air entering each hall's dry coolers above ambient, K, from the
        airflow solver (recirculation of warm plumes): a dict building id -> K, a (B,) array,
        a (B, T) array or a scalar. Missing halls rise 0 K.
    chiller_intake_rise_k
        Same for the chiller condensers (at the central cooling plant), K, a scalar or (T,)
        (hour by hour, as ``twin year`` sweeps it). When omitted and
        ``intake_rise_k`` is a dict with the chiller host's id (e.g. ``"cooling_plant"``), that
        entry is used, so the airflow solver can hand back one dict for every building.
    dt_h
        Step length, hours (storage term and energies).
    state
        Loop temperatures at the start; :meth:`PlantConfig.initial_state` when omitted.

    Returns
    -------
    PlantResult
        Per-hall and campus arrays, and ``final_state`` to chain the next call.
    """
    p = config.params
    it = np.asarray(it_mw, dtype=float)
    if it.ndim == 1:
        it = it[:, None]
    n_b, n_t = it.shape
    if n_b != len(config.building_ids):
        raise ValueError(f"it_mw has {n_b} rows, the plant has {len(config.building_ids)} halls")
    if np.any(it < 0) or not np.all(np.isfinite(it)):
        raise ValueError("it_mw must be finite and non-negative")
    amb = np.broadcast_to(np.asarray(ambient_c, dtype=float), (n_t,))
    rh = np.broadcast_to(np.asarray(rh_pct, dtype=float), (n_t,))
    if chiller_intake_rise_k is None:
        hosted = isinstance(intake_rise_k, Mapping) and config.chiller_host in intake_rise_k
        chiller_intake_rise_k = float(intake_rise_k[config.chiller_host]) if hosted else 0.0  # type: ignore[index]
    rise = config.intake_rise_array(intake_rise_k)
    rise = rise[:, None] if rise.ndim == 1 else rise
    state = state or config.initial_state()
    cap = config.capacity_mw[:, None]
    rho, cp = config.rho, config.cp

    # --- in-building electricity that ends in the facility water -------------------------
    ups_loss = it * (1.0 / p.ups_efficiency - 1.0)
    air_heat = it * (1.0 - p.liquid_fraction)
    crah_fan = air_heat * p.crah_fan_kw_per_kw
    load_frac = it / cap
    flow_frac = np.maximum(load_frac, p.min_flow_fraction)
    dt_design = config.design_dt_k
    # Design flows at full IT (kg/s) and pump power at part flow with a DP-controlled loop.
    m_fw_design = cap * 1e6 / (cp * dt_design)
    m_tcs_design = cap * p.liquid_fraction * 1e6 / (cp * dt_design)
    dp_shape = p.pump_fixed_dp_fraction + (1.0 - p.pump_fixed_dp_fraction) * flow_frac**2
    pump = (
        flow_frac
        * dp_shape
        * (m_fw_design * config.facility_dp_pa[:, None] + m_tcs_design * p.tcs_dp_kpa * 1e3)
        / (rho * p.pump_efficiency)
        / 1e6
    )
    loop_heat = it + ups_loss + crah_fan + pump  # MW into the facility water

    # --- heat recovery: the heat pumps draw from the shared return header -----------------
    return_c_design = config.supply_setpoint_c + dt_design * load_frac / flow_frac
    total_loop = loop_heat.sum(axis=0)
    demand = district_demand_mw(p, amb)
    # Source temperature: flow-weighted mean return of the halls.
    w = np.maximum(loop_heat, 1e-12)
    source_c = (return_c_design * w).sum(axis=0) / w.sum(axis=0)
    cop_hp = heat_pump_cop(p, source_c, config.district_supply_c)
    # The line runs only on real IT heat: pump and fan heat alone are no source.
    in_service = it.sum(axis=0) >= p.heat_pump_min_it_fraction * config.capacity_mw.sum()
    target = np.where(in_service, np.minimum(demand, p.export_line_capacity_mw), 0.0)
    # Export line: circulation pumps (their work ends as heat in the line water) and the loss to
    # the ground of the buried supply + return pipes, which the heat pumps make up.
    line_dt = max(config.district_supply_c - p.district_return_c, 1.0)
    line_flow = target * 1e6 / (cp * line_dt)  # kg/s
    line_dp = p.export_fixed_dp_kpa * 1e3 + p.export_pipe_friction_pa_per_m * 2.0 * config.export_line_length_m
    export_pump = line_flow * line_dp / (rho * p.pump_efficiency) / 1e6  # MW
    line_loss = np.where(in_service, config.export_line_loss_mw, 0.0)
    hp_out = np.maximum(target + line_loss - export_pump, 0.0)
    source_draw = hp_out * (1.0 - 1.0 / cop_hp)
    # Never take more than 90 % of the loop heat (the heat pumps need a warm source; assumption).
    limit = 0.9 * total_loop
    scale = np.where(source_draw > limit, limit / np.maximum(source_draw, 1e-12), 1.0)
    source_draw = source_draw * scale
    hp_out = hp_out * scale
    export_pump = export_pump * scale
    delivered = np.maximum(hp_out + export_pump - line_loss, 0.0)
    line_loss = hp_out + export_pump - delivered
    hp_elec = hp_out - source_draw + export_pump
    share = loop_heat / np.maximum(total_loop, 1e-12)
    hr_source = share * source_draw  # (B, T)

    # --- heat rejection: dry coolers (+ adiabatic), then trim chillers -------------------
    to_reject = loop_heat - hr_source  # >= 10 % of loop_heat by the 90 % limit above
    q_frac = to_reject / cap  # rejection load per unit of design capacity
    t_sp = config.supply_setpoint_c
    coil_dry = amb[None, :] + rise
    # A recirculated plume is warmer but carries the same moisture (dry coolers add sensible heat
    # only); at constant humidity ratio the wet bulb rises ~0.4 K per K of dry bulb near 25 C
    # (psychrometric chart; assumption for the whole range).
    wet_bulb = _wet_bulb(amb, rh)[None, :] + 0.4 * rise
    free = config.free_cooling[:, None]
    approach_full = p.dry_cooler_approach_k * q_frac  # approach at full fan speed
    needs_help = coil_dry + approach_full > t_sp
    adiabatic_on = (
        config.adiabatic[:, None] & free & needs_help & (coil_dry >= p.adiabatic_threshold_c)
    )
    coil_air = np.where(
        adiabatic_on, coil_dry - p.adiabatic_effectiveness * (coil_dry - wet_bulb), coil_dry
    )

    # Chilled share x_ch of the rejection: with return T_r and supply T_s, the dry coolers take
    # the water from T_r to T_dc = T_air + A q (1 - x_ch) and the chillers from T_dc to T_s:
    # x_ch = (T_dc - T_s) / dT. Solving gives x_dc = (T_r - T_air) / (dT + A q), clipped.
    dt_loop = np.where(to_reject > 0, dt_design * load_frac / flow_frac, dt_design)
    dt_loop = np.maximum(dt_loop, 1e-6)
    t_ret_sp = t_sp + dt_loop
    x_dc = np.clip((t_ret_sp - coil_air) / (dt_loop + approach_full), 0.0, 1.0)
    x_dc = np.where(free, x_dc, 0.0)
    x_ch = 1.0 - x_dc
    ch_cap_frac = np.minimum(
        config.chiller_capacity_mw[:, None] / np.maximum(to_reject, 1e-12), 1.0
    )
    # Start/stop hysteresis. deficit = how far above the set-point the dry coolers alone, fans
    # at full speed, would leave the supply (x_dc < 1 exactly when deficit > 0).
    deficit = coil_air + approach_full - t_sp
    state0 = state.chiller_on if state.chiller_on is not None else np.zeros(n_b, dtype=bool)
    running = _hysteresis(deficit > p.chiller_start_deficit_k, deficit < -p.chiller_stop_margin_k, state0)
    running = np.where(free, running, to_reject > 0)  # all-mechanical halls: chillers whenever loaded
    # Held in the dead band: a stopped chiller leaves the supply floating up by the deficit; a
    # running one carries at least its minimum load.
    min_share = np.minimum(p.chiller_min_load_fraction * ch_cap_frac, 1.0)
    x_ch = np.where(running, np.where(free, np.maximum(x_ch, min_share), x_ch), 0.0)
    floating = free & ~running & (deficit > 0)
    over = x_ch > ch_cap_frac + 1e-12
    # Chillers saturated: the supply floats up until dry coolers + full chillers balance:
    # T_s = T_air + A q (1 - x_max) - dT x_max (closed form of the same two relations).
    x_ch = np.where(over, ch_cap_frac, x_ch)
    x_dc = np.where(free, 1.0 - x_ch, 0.0)
    t_float = np.where(
        free,
        coil_air + approach_full * (1.0 - x_ch) - dt_loop * x_ch,
        # All-mechanical hall short of chiller capacity: the unmet share warms the supply
        # (a quasi-steady estimate; such a hall is flagged over_temperature).
        t_sp + dt_loop * (1.0 - x_ch),
    )
    t_supply = np.where(over | floating, t_float, t_sp)
    t_supply = np.maximum(t_supply, t_sp)
    t_return = t_supply + dt_loop
    mode = np.where(x_ch <= 1e-9, MODE_FREE, np.where(x_dc <= 1e-9, MODE_MECHANICAL, MODE_PARTIAL))

    # --- thermal storage of the loop: from the mean-temperature trajectory ---------------
    t_mean = 0.5 * (t_supply + t_return)
    prev = np.concatenate((state.loop_mean_c[:, None], t_mean[:, :-1]), axis=1)
    stored = config.loop_heat_capacity_mj_per_k[:, None] * (t_mean - prev) / (dt_h * 3600.0)  # MW
    chiller_load = x_ch * to_reject
    # The dry coolers are the swing equipment: they absorb the storage term so the balance closes.
    # (In an all-mechanical hall whose chillers are saturated this term is the unmet heat.)
    dry_cooler = to_reject - chiller_load - stored

    # Fans: speed so that the approach just holds the set-point in free cooling, full otherwise.
    margin = t_sp - coil_air
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = np.where(
            margin > 0,
            (p.dry_cooler_approach_k * np.maximum(q_frac, 0.0) / np.maximum(margin, 1e-9))
            ** (1.0 / 0.8),
            1.0,
        )
    # A chiller held on by the hysteresis while the air is cold enough: the dry coolers carry
    # the rest at the speed that share needs.
    held = running & free & (deficit <= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        speed_held = (p.dry_cooler_approach_k * np.maximum(q_frac * x_dc, 0.0) / np.maximum(margin, 1e-9)) ** (1.0 / 0.8)
    speed = np.where(mode == MODE_FREE, np.clip(speed, p.dry_cooler_min_fan_speed, 1.0),
                     np.where(held, np.clip(speed_held, p.dry_cooler_min_fan_speed, 1.0), 1.0))
    speed = np.where(free & (to_reject > 0), speed, 0.0)
    dc_fan = p.dry_cooler_fan_kw_per_kw * cap * speed**3

    # Chillers: COP a fraction of Carnot between evaporator and air-cooled condenser.
    t_evap = t_supply - p.chiller_evaporator_approach_k + 273.15
    t_cond = amb[None, :] + chiller_intake_rise_k + p.chiller_condenser_approach_k + 273.15
    lift = np.maximum(t_cond - t_evap, p.chiller_min_lift_k)
    cop_ch = np.minimum(p.chiller_carnot_fraction * t_evap / lift, p.chiller_max_cop)
    chiller_on = chiller_load > 1e-9
    chiller_elec = np.where(chiller_on, chiller_load / cop_ch, 0.0)

    # Adiabatic water: evaporation of the sensible cooling of the coil air, plus bleed.
    air_mass = cap * 1e6 / (config.cp_air * p.dry_cooler_air_dt_k)  # kg/s at design
    evaporated = np.where(
        adiabatic_on, air_mass * config.cp_air * (coil_dry - coil_air) / config.h_fg, 0.0
    )
    water_m3 = evaporated * p.adiabatic_bleed_factor * dt_h * 3600.0 / 1000.0

    # --- electricity and losses ---------------------------------------------------------
    ancillary = np.broadcast_to(p.ancillary_fraction * cap, it.shape)
    hp_share = share * hp_elec  # heat-pump electricity attributed by source share
    inside = it + ups_loss + crah_fan + pump + dc_fan + chiller_elec + ancillary + hp_share
    transformer = p.transformer_loss_fraction * inside
    facility = inside - it + transformer
    with np.errstate(divide="ignore", invalid="ignore"):
        pue = np.where(it > 0, (it + facility) / it, np.nan)
        campus_it = it.sum(axis=0)
        campus_pue = np.where(campus_it > 0, (campus_it + facility.sum(axis=0)) / campus_it, np.nan)

    return PlantResult(
        building_ids=config.building_ids,
        dt_h=dt_h,
        it_mw=it,
        ambient_c=np.array(amb),
        coil_air_c=coil_air,
        supply_c=t_supply,
        return_c=t_return,
        mode=mode,
        adiabatic_on=adiabatic_on,
        chiller_on=chiller_on,
        dry_cooler_mw=dry_cooler,
        chiller_load_mw=chiller_load,
        chiller_cop=np.where(chiller_on, cop_ch, np.nan),
        heat_recovery_source_mw=hr_source,
        stored_mw=stored,
        pump_mw=pump,
        crah_fan_mw=crah_fan,
        dry_cooler_fan_mw=dc_fan,
        chiller_mw=chiller_elec,
        ups_loss_mw=ups_loss,
        ancillary_mw=np.array(ancillary),
        transformer_loss_mw=transformer,
        heat_pump_mw=hp_share,
        facility_mw=facility,
        pue=pue,
        heat_to_air_mw=dry_cooler + dc_fan + ancillary,
        chiller_condenser_mw=chiller_load + chiller_elec,
        water_m3=water_m3,
        district_demand_mw=demand,
        exported_mw=delivered,
        export_loss_mw=line_loss,
        heat_pump_cop=cop_hp,
        campus_pue=campus_pue,
        over_temperature=over,
        chiller_host=config.chiller_host,
        substation_host=config.substation_host,
        final_state=PlantState(loop_mean_c=t_mean[:, -1].copy(), chiller_on=running[:, -1].copy()),
    )


def _hysteresis(start: np.ndarray, stop: np.ndarray, initial: np.ndarray) -> np.ndarray:
    """(B, T) on/off state: switch on where ``start``, off where ``stop``, else keep the last state.

    Vectorised: the index of the last switching event is carried forward along time with a
    running maximum, and the state is read at that index (``initial`` before any event).
    """
    n_b, n_t = start.shape
    event = np.where(start, 1, np.where(stop, 0, -1))
    event = np.concatenate((np.asarray(initial, dtype=int).reshape(n_b, 1), event), axis=1)
    index = np.where(event >= 0, np.arange(n_t + 1)[None, :], 0)
    last = np.maximum.accumulate(index, axis=1)
    return (np.take_along_axis(event, last, axis=1) == 1)[:, 1:]


def _wet_bulb(ambient_c: np.ndarray, rh_pct: np.ndarray) -> np.ndarray:
    # Local import keeps the dependency explicit: weather is a sibling module of sim.
    from twin.sim.weather import wet_bulb_stull

    return wet_bulb_stull(ambient_c, rh_pct)


@dataclass(frozen=True, eq=False)
class PlantStep:
    """One step of :class:`PlantModel`, reduced to what the GUI shows (scalars and dicts)."""

    result: PlantResult

    def _last_by_building(self, per_building: np.ndarray, cast: type) -> dict:
        """Building id -> the step's value of a (B, T) result array."""
        return dict(zip(self.result.building_ids, map(cast, per_building[:, -1]), strict=True))

    @property
    def campus_pue(self) -> float:
        """Campus PUE at this step."""
        return float(self.result.campus_pue[-1])

    @property
    def pue_by_building(self) -> dict[str, float]:
        """PUE per hall."""
        return self._last_by_building(self.result.pue, float)

    @property
    def heat_to_air_mw(self) -> dict[str, float]:
        """Heat to outdoor air per building id, MW (the airflow solver's heat sources)."""
        return self.result.heat_to_air_by_building(-1)

    @property
    def supply_c(self) -> dict[str, float]:
        """Facility water supply temperature per hall, C."""
        return self._last_by_building(self.result.supply_c, float)

    @property
    def return_c(self) -> dict[str, float]:
        """Facility water return temperature per hall, C."""
        return self._last_by_building(self.result.return_c, float)

    @property
    def chiller_on(self) -> dict[str, bool]:
        """Whether each hall's trim chillers run."""
        return self._last_by_building(self.result.chiller_on, bool)

    @property
    def free_cooling(self) -> dict[str, str]:
        """Free-cooling state per hall: ``"free"``, ``"partial"`` or ``"mechanical"``."""
        names = {MODE_FREE: "free", MODE_PARTIAL: "partial", MODE_MECHANICAL: "mechanical"}
        return {
            b: names[int(m)]
            for b, m in zip(self.result.building_ids, self.result.mode[:, -1], strict=True)
        }

    @property
    def exported_mw(self) -> float:
        """Heat delivered to the district line, MW."""
        return float(self.result.exported_mw[-1])

    @property
    def water_m3(self) -> float:
        """Water drawn by adiabatic assist during the step, m3."""
        return float(self.result.water_m3[:, -1].sum())


class PlantModel:
    """Stateful wrapper for live use: keeps the loop state between calls to :meth:`step`.

    Not thread-safe by design: the solver thread owns it (see architecture.md, data flow).
    """

    def __init__(self, config: PlantConfig) -> None:
        self.config = config
        self.state = config.initial_state()
        self.hours_chiller = np.zeros(len(config.building_ids))
        self.water_m3 = 0.0
        self.exported_mwh = 0.0

    def step(
        self,
        it_mw: Mapping[str, float] | np.ndarray,
        ambient_c: float,
        rh_pct: float,
        *,
        intake_rise_k: Mapping[str, float] | np.ndarray | float | None = None,
        dt_h: float = 1.0,
    ) -> PlantStep:
        """Advance one step of ``dt_h`` hours and return its outputs.

        ``it_mw`` is a dict building id -> MW (missing halls: 0) or a (B,) array.
        """
        if isinstance(it_mw, Mapping):
            it = np.array([float(it_mw.get(b, 0.0)) for b in self.config.building_ids])
        else:
            it = np.asarray(it_mw, dtype=float)
        res = simulate(
            self.config,
            it,
            ambient_c,
            rh_pct,
            intake_rise_k=intake_rise_k,
            dt_h=dt_h,
            state=self.state,
        )
        self.state = res.final_state or self.state
        self.hours_chiller += res.chiller_on[:, -1] * dt_h
        self.water_m3 += float(res.water_m3.sum())
        self.exported_mwh += float(res.exported_mw.sum() * dt_h)
        return PlantStep(res)
