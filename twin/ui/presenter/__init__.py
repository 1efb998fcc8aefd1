"""Presenter mode: the campus explained to residents on a projector (cards, tour, "my street").

:class:`~twin.ui.presenter.mode.PresenterMode` turns the main window into a full-screen, read-only
view with large plain-language cards; :mod:`~twin.ui.presenter.tour_player` plays a guided tour;
:mod:`~twin.ui.presenter.street` answers "what about my street?" for one commune.
"""
