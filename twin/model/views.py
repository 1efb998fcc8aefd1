"""Named camera presets of the 3-D view (view state, known without importing VTK)."""

CAMERA_PRESETS = ("overview", "top", "escaudain", "lourches")
"""overview: from the south-west over the site; top: plan view, north up; escaudain and
lourches: eye level (1.7 m) from the nearest homes of that commune, toward the site."""
