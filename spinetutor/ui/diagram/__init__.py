"""The clickable spine-to-foot plate: geometry from the SVG, items, scene and view."""
