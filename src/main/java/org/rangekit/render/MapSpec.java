package org.rangekit.render;

import java.util.EnumSet;
import java.util.Set;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.text.Quote;

/**
 * What map to draw: canvas, projection, centre and extent, layers, style and titles.
 *
 * @param widthPx canvas width (pixels), in 1..20000
 * @param heightPx canvas height (pixels), in 1..20000
 * @param dpi resolution (dots per inch): text and line sizes are given in points and scale with it
 * @param projection projection kind
 * @param centre centre of azimuthal projections (the site, or the middle of several sites)
 * @param extentKm distance from the centre to the nearer edge of the map (kilometres), or NaN to fit
 *        the content (azimuthal maps) or show the whole world (world maps)
 * @param earth figure of the Earth
 * @param layers layers to draw
 * @param style colours and sizes
 * @param basemapScale {@code 110m}, {@code 50m} or {@code 10m}, or null to follow the extent
 * @param title title, may be empty
 * @param subtitle subtitle, may be empty
 */
public record MapSpec(int widthPx, int heightPx, double dpi, ProjectionKind projection, GeoPoint centre,
        double extentKm, EarthModel earth, Set<MapLayer> layers, MapStyle style, String basemapScale,
        String title, String subtitle) {

    /** Largest canvas side (pixels): more than any press map needs. */
    public static final int MAX_SIDE_PX = 20_000;
    /** Largest canvas (pixels): 64 megapixels are 256 MB as an RGB image, within a default JVM heap. */
    public static final long MAX_PIXELS = 64_000_000;

    public MapSpec {
        if (widthPx < 1 || heightPx < 1 || widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX) {
            throw new IllegalArgumentException("map size must be between 1x1 and " + MAX_SIDE_PX + "x" + MAX_SIDE_PX
                    + " pixels, got " + widthPx + "x" + heightPx);
        }
        if ((long) widthPx * heightPx > MAX_PIXELS) {
            throw new IllegalArgumentException("map size must be at most " + MAX_PIXELS / 1_000_000
                    + " megapixels, got " + widthPx + "x" + heightPx);
        }
        if (!(dpi >= 10 && dpi <= 2400)) {
            throw new IllegalArgumentException("dpi must be a number in [10, 2400], got " + dpi);
        }
        if (projection == null || centre == null || earth == null || style == null) {
            throw new IllegalArgumentException("projection, centre, earth model and style are required");
        }
        if (!Double.isNaN(extentKm) && !(extentKm > 0 && extentKm <= 20_000)) {
            throw new IllegalArgumentException("extent must be a number in (0, 20000] km, got " + extentKm);
        }
        if (basemapScale != null && !basemapScale.matches("110m|50m|10m")) {
            throw new IllegalArgumentException("basemap scale must be 110m, 50m or 10m, got " + Quote.of(basemapScale));
        }
        layers = layers == null || layers.isEmpty() ? EnumSet.allOf(MapLayer.class) : EnumSet.copyOf(layers);
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
    }

    /** A spec with default layers and style, fitted to the content. */
    public static MapSpec of(int widthPx, int heightPx, ProjectionKind projection, GeoPoint centre) {
        return new MapSpec(widthPx, heightPx, 150, projection, centre, Double.NaN, EarthModel.WGS84,
                EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, null, "", "");
    }

    /** Pixels per typographic point at this resolution. */
    public double pxPerPt() {
        return dpi / 72.0;
    }

    /** A copy with another title and subtitle. */
    public MapSpec withTitles(String newTitle, String newSubtitle) {
        return new MapSpec(widthPx, heightPx, dpi, projection, centre, extentKm, earth, layers, style, basemapScale,
                newTitle, newSubtitle);
    }

    /** A copy in another projection. */
    public MapSpec withProjection(ProjectionKind kind) {
        return new MapSpec(widthPx, heightPx, dpi, kind, centre, extentKm, earth, layers, style, basemapScale,
                title, subtitle);
    }

    /** A copy with another extent (kilometres, NaN to fit). */
    public MapSpec withExtentKm(double km) {
        return new MapSpec(widthPx, heightPx, dpi, projection, centre, km, earth, layers, style, basemapScale,
                title, subtitle);
    }
}
