package org.rangekit.cli;

import org.rangekit.geometry.EdgeReading;
import org.rangekit.scenario.OverlayFormat;

import picocli.CommandLine.Option;

/**
 * {@code --edges lonlat|geodesic} and {@code --style}: how an overlay's edges are densified and
 * whether GeoJSON carries simplestyle properties; shared by every command that writes overlays.
 */
final class OverlayOptions {

    @Option(names = "--edges", paramLabel = "READING",
            description = "How the output's readers draw edges: lonlat (straight in lon/lat: GeoJSON, "
                    + "GeoPackage, FlatGeobuf, CSV, QGIS) or geodesic (great circles: Google Earth, BigQuery, "
                    + "Cesium); edges stay within --tolerance of the true ring read that way. "
                    + "Default: geodesic for .kml/.kmz, lonlat otherwise.")
    String edges;

    @Option(names = "--style", description = "GeoJSON: add simplestyle-spec 1.1 properties (fill, fill-opacity, "
            + "stroke, stroke-width, title, description) in the map's colours, for geojson.io and GitHub.")
    boolean style;

    /** The edge reading asked for, or the format's default. */
    EdgeReading edges(OverlayFormat format) {
        return edges == null ? format.defaultEdges() : Options.parsed("--edges", edges, () -> EdgeReading.parse(edges));
    }
}
