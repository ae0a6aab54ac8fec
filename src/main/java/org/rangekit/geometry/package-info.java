/**
 * Pictures of exact rings: lon/lat polygons of discs and bands that follow RFC 7946 (antimeridian
 * cut, pole closure, right-hand rule) to a tolerance in metres, and exact disc and band areas on
 * the ellipsoid. See {@link org.rangekit.geometry.RingPolygons} and {@code docs/geometry.md}.
 * {@link org.rangekit.geometry.AntimeridianRepair} turns rings that cross ±180° without the cut
 * (spherical data, uncut GeoJSON targets) into polygons valid read flat. No I/O.
 */
package org.rangekit.geometry;
