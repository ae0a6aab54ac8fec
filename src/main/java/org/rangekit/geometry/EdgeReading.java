package org.rangekit.geometry;

import java.util.Locale;

/**
 * How a reader draws the edge between two consecutive vertices of a polygon or line: as a
 * straight line in lon/lat (RFC 7946 §3.1.1 clients, GDAL, QGIS, geojson.io) or as the shortest
 * path on the globe (Google Earth, BigQuery, Cesium draw great circles). An output is densified
 * for the reading it is meant for ({@link GeodesicDensifier}), so that its edges stay within the
 * tolerance of the true ring under that reading.
 */
public enum EdgeReading {
    /** Edges are straight lines in longitude/latitude. */
    LONLAT,
    /** Edges are great circles or geodesics. */
    GEODESIC;

    /** The option value: {@code lonlat} or {@code geodesic}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code lonlat} or {@code geodesic} (any case).
     *
     * @param text the value as typed
     * @throws IllegalArgumentException for anything else, naming the value and the accepted ones
     */
    public static EdgeReading parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "lonlat" -> LONLAT;
            case "geodesic" -> GEODESIC;
            default -> throw new IllegalArgumentException("expected lonlat or geodesic, got '" + text + "'");
        };
    }
}
