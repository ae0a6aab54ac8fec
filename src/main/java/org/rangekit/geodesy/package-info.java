/**
 * Points and figures of the Earth: {@link org.rangekit.geodesy.GeoPoint} and
 * {@link org.rangekit.geodesy.EarthModel} (WGS84, or a sphere of the mean radius for comparison),
 * with the direct and inverse geodesic problems solved by GeographicLib (Karney 2013,
 * doi:10.1007/s00190-012-0578-z), and {@link org.rangekit.geodesy.CoordinateParser}, the one grammar
 * for coordinates typed by people (decimal and DMS). Degrees at the API, metres for distances. No I/O.
 */
package org.rangekit.geodesy;
