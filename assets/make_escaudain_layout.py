"""Build the bundled default layout ``escaudain.campus.geojson`` from documented assumptions.

Run ``python assets/make_escaudain_layout.py`` after changing a figure here; a test checks that
the bundled file is exactly what this script writes, so the two never drift apart.

The real parcel outline and building plan of "Les Soufflantes" are not published. Everything
geometric below is a planning assumption sized from the published totals (38 ha, up to 700 MW,
a 6 ha reserve, PUE 1.2) and from comparable campuses; each figure says which it is. Sources:
``shared/domain/escaudain.md`` (Data4 / agglomeration press release of 15 Dec 2025,
economiematin.fr 11 Dec 2025, comparable campuses, Wikipedia coordinates).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from twin.io.geo import lonlat_to_projected  # noqa: E402
from twin.io.layout import save_layout  # noqa: E402
from twin.model.campus import (  # noqa: E402
    Building,
    BuildingKind,
    Campus,
    CoolingType,
    EquipmentKind,
    FigureSource,
    GeneratorYard,
    GeoReference,
    HeatRejection,
    NatureReserve,
    Pipe,
    PipeNetwork,
    PipeRole,
    Place,
    Placement,
    Receptor,
    Scenario,
    Site,
    Status,
    rectangle,
)

PUBLISHED = Status.PUBLISHED
DERIVED = Status.DERIVED
ASSUMPTION = Status.ASSUMPTION

SITE_CENTRE_LONLAT = (3.352, 50.327)  # estimate, +/- 1 km: to be confirmed on the cadastre
PLACES_LONLAT = {
    "escaudain": ("Escaudain", 3.3436, 50.3353),
    "lourches": ("Lourches", 3.3561, 50.3156),
    "roeulx": ("Roeulx", 3.3358, 50.3100),
    "abscon": ("Abscon", 3.3028, 50.3347),
    "denain": ("Denain", 3.3958, 50.3294),
    "mastaing": ("Mastaing", 3.3047, 50.3072),
}


def source(status: Status, note: str) -> FigureSource:
    return FigureSource(status, note)


def main() -> Path:
    east, north = lonlat_to_projected(*SITE_CENTRE_LONLAT)
    georef = GeoReference(origin_e=float(round(east)), origin_n=float(round(north)))

    def local(lon: float, lat: float) -> tuple[float, float]:
        e, n = lonlat_to_projected(lon, lat)
        return (round(e - georef.origin_e, 3), round(n - georef.origin_n, 3))

    # About 620 m x 615 m: the announced 38 ha.
    site = Site(
        boundary=((-311.0, -306.0), (306.0, -313.0), (313.0, 301.0), (-307.0, 310.0)),
        announced_area_ha=38.0,
        sources={
            "announced_area_ha": source(PUBLISHED, "Data4 press release, 15 Dec 2025 (one press quote says 36 ha)"),
            "boundary": source(ASSUMPTION, "real parcel outline not published; a 38 ha quadrilateral on the estimated site centre"),
        },
    )
    # An L-shaped 6 ha band along the north and west edges, between the halls and the homes of
    # Escaudain and Abscon: 600 m x 70 m + 70 m x ~257 m.
    reserve = NatureReserve(
        id="reserve",
        name="Nature reserve",
        boundary=((-305.5, 239.0), (-305.5, 308.0), (311.0, 299.0), (310.0, 230.0), (-236.5, 239.0),
                  (-236.5, -18.0), (-308.0, -18.0)),
        trees_per_ha=500.0,
        tree_height_m=12.0,
        sources={
            "boundary": source(ASSUMPTION, "6 ha announced; position and shape assumed as a buffer toward the homes"),
            "trees_per_ha": source(ASSUMPTION, "'thousands of trees' announced; 500/ha gives ~3,000"),
            "tree_height_m": source(ASSUMPTION, "mature mixed broadleaf height"),
        },
    )

    hall_sources = {
        "it_capacity_mw": source(DERIVED, "700 MW gross read as grid power: IT = 700 / PUE 1.2 = ~580 MW over 6 halls"),
        "height_m": source(ASSUMPTION, "AI buildings 15-30 m plus rooftop plant (comparable campuses)"),
        "footprint": source(ASSUMPTION, "150 m x 80 m, two storeys: ~24,000 m2 per ~100 MW, as Digital Realty Dugny"),
        "storeys": source(ASSUMPTION, "two data-hall floors"),
        "cooling": source(ASSUMPTION, "direct liquid cooling (GB200/GB300 class racks) with dry coolers, PUE 1.2"),
    }
    halls = []
    columns = (-150.0, 20.0, 190.0)
    rows = (150.0, 0.0)
    capacities = (100.0, 100.0, 100.0, 100.0, 90.0, 90.0)
    number = 0
    for row_y in rows:
        for column_x in columns:
            capacity = capacities[number]
            number += 1
            adiabatic = number in (3, 6)
            halls.append(
                Building(
                    id=f"dc{number}",
                    name=f"Data hall {number}",
                    kind=BuildingKind.DATA_HALL,
                    footprint=rectangle(column_x, row_y, 150.0, 80.0),
                    height_m=24.0,
                    storeys=2,
                    it_capacity_mw=capacity,
                    cooling=CoolingType.ADIABATIC if adiabatic else CoolingType.DIRECT_LIQUID_DRY_COOLERS,
                    heat_rejection=HeatRejection(
                        placement=Placement.ROOF,
                        footprint=rectangle(column_x, row_y, 130.0, 60.0),
                        height_m=4.5,
                        equipment=EquipmentKind.ADIABATIC_COOLER if adiabatic else EquipmentKind.DRY_COOLER,
                    ),
                    generator_yard=GeneratorYard(
                        footprint=rectangle(column_x, row_y - 57.0, 140.0, 18.0),
                        generator_count=40,
                        rating_mw_each=3.0,
                    ),
                    sources=hall_sources,
                )
            )
    support = [
        Building(
            id="substation",
            name="Substation",
            kind=BuildingKind.SUBSTATION,
            footprint=rectangle(-205.0, -215.0, 150.0, 110.0),
            height_m=12.0,
            sources={
                "footprint": source(ASSUMPTION, "225/400 kV, fed from Mastaing; placed toward Mastaing (SW); the substation plan is not published"),
                "height_m": source(ASSUMPTION, "gantries and transformer halls"),
            },
        ),
        Building(
            id="heat_recovery",
            name="Heat recovery",
            kind=BuildingKind.HEAT_RECOVERY_PLANT,
            footprint=rectangle(225.0, -190.0, 90.0, 60.0),
            height_m=14.0,
            storeys=1,
            sources={
                "footprint": source(ASSUMPTION, "heat pumps; heat recovery announced for campus and neighbouring districts; size assumed"),
            },
        ),
        Building(
            id="cooling_plant",
            name="Cooling plant",
            kind=BuildingKind.COOLING_PLANT,
            footprint=rectangle(105.0, -190.0, 70.0, 50.0),
            height_m=12.0,
            heat_rejection=HeatRejection(Placement.ROOF, rectangle(105.0, -190.0, 60.0, 40.0), 3.5, EquipmentKind.DRY_COOLER),
            sources={"footprint": source(ASSUMPTION, "central trim chillers for heat waves; size assumed")},
        ),
        Building(
            id="campus_hub",
            name="Training & incubator",
            kind=BuildingKind.OFFICES,
            footprint=rectangle(-20.0, -200.0, 90.0, 40.0),
            height_m=13.0,
            storeys=3,
            sources={
                "kind": source(PUBLISHED, "offices, incubators, training spaces, repair cafe, digital workshops (Data4 Good)"),
                "footprint": source(ASSUMPTION, "size and position assumed"),
            },
        ),
        Building(
            id="gatehouse",
            name="Gatehouse",
            kind=BuildingKind.GATEHOUSE,
            footprint=rectangle(-20.0, -285.0, 24.0, 12.0),
            height_m=4.0,
            sources={"footprint": source(ASSUMPTION, "main entrance on the south side")},
        ),
    ]

    pipe_sources = {
        "path": source(ASSUMPTION, "route assumed"),
        "diameter_m": source(DERIVED, "~580 MW at 10 K needs ~14,000 kg/s; two 1.2 m mains at ~3 m/s (assumed split)"),
    }
    cooling_supply = ((-225.0, 78.0), (265.0, 78.0), (280.0, 78.0), (280.0, -150.0), (240.0, -150.0))
    cooling_return = ((-225.0, 72.0), (265.0, 72.0), (274.0, 72.0), (274.0, -156.0), (240.0, -156.0))
    export_sources = {
        "path": source(ASSUMPTION, "toward the Denain and Lourches districts; real route not published"),
        "diameter_m": source(ASSUMPTION, "DN 600 district-heating transport line"),
    }
    export_supply = ((270.0, -195.0), (330.0, -195.0), (520.0, -330.0), (900.0, -420.0))
    export_return = ((270.0, -201.0), (326.0, -201.0), (516.0, -336.0), (896.0, -426.0))
    pipes = (
        Pipe("cooling_supply", "Facility water supply main", PipeNetwork.COOLING, PipeRole.SUPPLY, cooling_supply, 1.2, pipe_sources),
        Pipe("cooling_return", "Facility water return main", PipeNetwork.COOLING, PipeRole.RETURN, cooling_return, 1.2, pipe_sources),
        Pipe("export_supply", "District heat export, supply", PipeNetwork.HEAT_EXPORT, PipeRole.SUPPLY, export_supply, 0.6, export_sources),
        Pipe("export_return", "District heat export, return", PipeNetwork.HEAT_EXPORT, PipeRole.RETURN, export_return, 0.6, export_sources),
    )

    places = tuple(Place(pid, name, local(lon, lat)) for pid, (name, lon, lat) in PLACES_LONLAT.items())
    receptors = []
    # The nearest homes of each commune: its centre moved toward the site until about 300 m
    # (Escaudain, which borders the friche) to ~1.2 km (the others) from the site edge.
    nearest_m = {"escaudain": 650.0, "lourches": 1300.0, "roeulx": 1500.0, "abscon": 1600.0, "denain": 1800.0}
    for place in places:
        if place.id not in nearest_m:
            continue
        x, y = place.position
        distance = math.hypot(x, y)
        scale = nearest_m[place.id] / distance
        receptors.append(
            Receptor(
                id=f"homes_{place.id}",
                name=f"Nearest homes, {place.name}",
                commune=place.name,
                position=(round(x * scale, 3), round(y * scale, 3)),
                sources={"position": source(ASSUMPTION, "nearest dwellings toward the site, placed from the commune centre")},
            )
        )

    scenario = Scenario(
        name="Escaudain - Les Soufflantes (default layout)",
        announced_capacity_mw=700.0,
        grid_connection_mw=700.0,
        pue_target=1.2,
        reserve_target_ha=6.0,
        wind_from_deg=240.0,
        wind_speed_ms=5.0,
        ambient_c=11.0,
        district_supply_c=70.0,
        min_hall_spacing_m=20.0,
        site_setback_m=10.0,
        sources={
            "announced_capacity_mw": source(PUBLISHED, "'up to 700 MW', economiematin.fr 11 Dec 2025"),
            "grid_connection_mw": source(ASSUMPTION, "Mastaing very-high-voltage substation; the 700 MW gross figure read as grid power"),
            "pue_target": source(PUBLISHED, "PUE estimated at 1.2, Data4 press release"),
            "reserve_target_ha": source(PUBLISHED, "6 ha nature reserve, Data4 press release"),
            "wind_from_deg": source(PUBLISHED, "prevailing W-SW wind (qualitative, Meteo-France)"),
            "wind_speed_ms": source(ASSUMPTION, "~5 m/s mean in winter"),
            "ambient_c": source(PUBLISHED, "annual mean 11.0 C at Valenciennes, 1991-2020"),
            "district_supply_c": source(ASSUMPTION, "4th-generation district heating, < 70 C"),
            "min_hall_spacing_m": source(ASSUMPTION, "clear distance between halls for fire separation, maintenance access and air to the coolers"),
            "site_setback_m": source(ASSUMPTION, "clear strip inside the site boundary for landscaping, fence and perimeter road"),
        },
    )
    campus = Campus(
        georef=georef,
        site=site,
        buildings=tuple(halls + support),
        reserve=reserve,
        pipes=pipes,
        receptors=tuple(receptors),
        places=places,
        scenario=scenario,
    )
    target = ROOT / "assets" / "escaudain.campus.geojson"
    save_layout(campus, target)
    return target


if __name__ == "__main__":
    print(main())
