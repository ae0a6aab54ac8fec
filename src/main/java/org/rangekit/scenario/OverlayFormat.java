package org.rangekit.scenario;

import java.util.List;

import org.rangekit.geometry.EdgeReading;

/**
 * Formats of overlay outputs (rings, bands, sites, radials, sectors, target points), chosen by the
 * file extension through {@link DataFiles#overlayFormat}. Each knows its extensions, whether it
 * holds several layers, and how its usual reader draws edges (the default of {@code --edges}).
 */
public enum OverlayFormat {
    /** RFC 7946 GeoJSON, one FeatureCollection: {@code .geojson}, {@code .json}. */
    GEOJSON(List.of(".geojson", ".json"), false, EdgeReading.LONLAT),
    /** KML 2.2 for Google Earth: a Document with a Folder per site. */
    KML(List.of(".kml"), true, EdgeReading.GEODESIC),
    /** Zipped KML ({@code doc.kml}) with the legend as a ScreenOverlay image. */
    KMZ(List.of(".kmz"), true, EdgeReading.GEODESIC),
    /** OGC GeoPackage 1.3: one table per layer, an R-tree index each, QGIS layer styles. */
    GPKG(List.of(".gpkg"), true, EdgeReading.LONLAT),
    /** FlatGeobuf 3: one layer with one declared geometry type. */
    FGB(List.of(".fgb"), false, EdgeReading.LONLAT),
    /** CSV with a WKT geometry column first, then the properties. */
    CSV(List.of(".csv"), false, EdgeReading.LONLAT);

    private final List<String> extensions;
    private final boolean multiLayer;
    private final EdgeReading defaultEdges;

    OverlayFormat(List<String> extensions, boolean multiLayer, EdgeReading defaultEdges) {
        this.extensions = extensions;
        this.multiLayer = multiLayer;
        this.defaultEdges = defaultEdges;
    }

    /** The file extensions of this format, lower case with their dot. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * Whether the format holds several layers (sites, bands, rings, radials, targets); single-layer
     * formats hold the main layer only (see {@code io.out.OverlayLayers}).
     */
    public boolean multiLayer() {
        return multiLayer;
    }

    /** How the format's usual readers draw edges: the default of {@code --edges}. */
    public EdgeReading defaultEdges() {
        return defaultEdges;
    }
}
