/**
 * Map projections: pure math from geodetic latitude/longitude (degrees) to plane coordinates
 * (metres) and back. No drawing, no I/O.
 *
 * <p>{@link org.rangekit.projection.AzimuthalEquidistant} is exact on the ellipsoid (GeographicLib);
 * the orthographic globe, Lambert azimuthal equal-area, Robinson world map and Web Mercator come from
 * Apache SIS ({@link org.rangekit.projection.SisProjection}). Each projection states the region of the
 * globe it can show honestly ({@link org.rangekit.projection.Domain}); renderers clip to it before
 * projecting.
 */
package org.rangekit.projection;
