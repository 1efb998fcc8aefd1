"""Stdlib + numpy helpers shared by every layer: paths, small geometry, events."""
