/**
 * The embedded basemap and city data (read-only, loaded lazily from the classpath).
 *
 * <p>{@link org.rangekit.io.in.data.EmbeddedData} is the entry point: countries and land at 1:110m,
 * 1:50m and 1:10m, coastlines and lakes at 1:110m and 1:50m, GeoNames cities. Geometries are JTS
 * in lon/lat degrees, valid read flat (antimeridian cut, Antarctica closed along the South Pole),
 * counter-clockwise shells. The files come from {@code data/}, which {@code scripts/build-data}
 * rebuilds with the classes of {@code org.rangekit.databuild}; docs/data.md tells how.
 */
package org.rangekit.io.in.data;
