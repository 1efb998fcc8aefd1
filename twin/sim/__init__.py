"""Qt-free numerics: airflow and heat solver, cooling plant, weather, the solver thread."""
