"""Batch runs of the airflow solver: layouts x wind cases, cached, on a pluggable executor.

The annual figures of the twin need the recirculation (the warm-air rise at each hall's
coolers) for every hour of a weather year. Solving 8760 hours is out of the question; the wind
rose is not: the hours are binned by wind sector and speed class (:mod:`twin.sweep.cases`),
each bin is solved once until settled (:mod:`twin.sweep.recirculation`), results are cached
on disk by a hash of layout, settings and code (:mod:`twin.sweep.cache`), and the cases run
on an :class:`~twin.sweep.executor.Executor` (serial today; a Dask executor plugs in later).
:mod:`twin.sweep.annual` turns this into the year of plant figures that both ``twin year`` and
the window show.

Layers: ``twin.sweep`` sits beside :mod:`twin.session`, :mod:`twin.io` and :mod:`twin.render`;
it imports :mod:`twin.sim`, :mod:`twin.live`, :mod:`twin.model`, :mod:`twin.core`, never Qt or VTK.
"""
