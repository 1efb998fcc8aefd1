"""The airflow and heat solver, one room: grid, campus rasterisation, kernels, solver, runner.

- :mod:`~twin.sim.airflow.grid`: staggered grid, wind-aligned frame, array conventions.
- :mod:`~twin.sim.airflow.domain`: the campus rasterised into solids, heat sources, canopy.
- :mod:`~twin.sim.airflow.kernels`: pure array kernels (numpy reference implementation).
- :mod:`~twin.sim.airflow.solver`: :class:`CampusAirflow` and the generic :class:`BoxFlow`.
- :mod:`~twin.sim.airflow.runner`: the solver thread publishing immutable frames.
- :mod:`~twin.sim.airflow.validation`: the benchmark cases behind ``twin validate``.
- :mod:`~twin.sim.airflow.bench`: the figures behind ``twin bench``.

Importing this package imports nothing heavy; import the submodule you need.
"""
