"""Warm air beyond the airflow box: Briggs plume rise and Gaussian dispersion (:mod:`.plume`),
validated against Briggs' formulae and heat conservation (:mod:`.validation`). Qt-free."""
