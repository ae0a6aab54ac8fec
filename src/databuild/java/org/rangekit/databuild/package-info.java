/**
 * Builds {@code data/} from pinned source packages (run by {@code scripts/build-data}, never at
 * run time): TopoJSON decoding, the antimeridian and pole repair, country attribute joins, city
 * selection, deterministic GeoJSON and FlatGeobuf writers, MANIFEST.tsv and SOURCES.md.
 */
package org.rangekit.databuild;
