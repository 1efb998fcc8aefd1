"""Qt-free, VTK-free file formats: layout GeoJSON, weather files, CSV, image writers."""
