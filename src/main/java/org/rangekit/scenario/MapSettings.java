package org.rangekit.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.text.Quote;

/**
 * How a scenario's maps are drawn, and the grammar of each setting as the command line and the
 * YAML file write it ({@code 1600x1100}, {@code 150}, {@code 50m}, {@code aeqd}). The parse
 * methods throw an {@link IllegalArgumentException} whose message says what was expected, for
 * the caller to prefix with the option or line the text came from.
 *
 * @param projection projection
 * @param widthPx width (pixels), 1 to {@value #MAX_SIDE_PX}
 * @param heightPx height (pixels), 1 to {@value #MAX_SIDE_PX}, at most {@value #MAX_PIXELS} pixels in all
 * @param dpi resolution (dots per inch), 10 to 2400: text and lines are sized in points
 * @param extentKm distance from the centre to the nearer map edge (kilometres), in (0, 20000], or NaN to fit the rings
 *        (world and Mercator maps: to show the whole world; given, they show a window around the centre, the
 *        extent measured along its meridian)
 * @param basemap Natural Earth scale {@code 110m}, {@code 50m} or {@code 10m}, or null to choose by km per pixel
 * @param title title, or null for the default (what and from where)
 * @param subtitle subtitle, or null for the default (the Earth model and the sites' uncertainty)
 * @param centre centre of the map (typed in the grammar of {@code org.rangekit.geodesy.CoordinateParser#parsePoint}:
 *        {@code 48.5,46.0} or DMS), or null for the middle of the sites (or the area) as {@code map}
 *        centres it by default: the projection's centre of azimuthal maps (aeqd, ortho, laea); the
 *        central meridian of a Web Mercator map and, when the map is cropped in height, the latitude
 *        of its middle row (as far as the world reaches); the central meridian of a Robinson world
 *        map, which without a centre stays on Greenwich (the renderer's {@code Projections}); with an
 *        extent, the middle of a world or Mercator map's window
 */
public record MapSettings(ProjectionKind projection, int widthPx, int heightPx, double dpi, double extentKm,
        String basemap, String title, String subtitle, GeoPoint centre) {

    /** Largest side of a map (pixels); the renderer's {@code MapSpec} has the same limit. */
    public static final int MAX_SIDE_PX = 20_000;
    /** Most pixels of a map; the renderer's {@code MapSpec} has the same limit. */
    public static final long MAX_PIXELS = 64_000_000;

    /** A scenario's defaults: azimuthal equidistant, 1600×1100 pixels at 150 dpi, fitted, automatic basemap. */
    public static final MapSettings DEFAULT = new MapSettings(ProjectionKind.AEQD, 1600, 1100, 150, Double.NaN, null,
            null, null);

    /** Settings centred as {@code map} centres by default (on the sites or the area). */
    public MapSettings(ProjectionKind projection, int widthPx, int heightPx, double dpi, double extentKm,
            String basemap, String title, String subtitle) {
        this(projection, widthPx, heightPx, dpi, extentKm, basemap, title, subtitle, null);
    }

    private static final Pattern SIZE = Pattern.compile("(\\d{1,6})\\s*[x×]\\s*(\\d{1,6})");

    public MapSettings {
        if (projection == null) {
            throw new IllegalArgumentException("projection is required");
        }
        checkSize(widthPx, heightPx);
        if (!(dpi >= 10 && dpi <= 2400)) {
            throw new IllegalArgumentException("dpi must be a number in [10, 2400], got " + dpi);
        }
        if (!Double.isNaN(extentKm)) {
            checkExtentKm(extentKm);
        }
        if (basemap != null && !basemap.matches("110m|50m|10m")) {
            throw new IllegalArgumentException("basemap must be 110m, 50m, 10m or null, got " + Quote.of(basemap));
        }
    }

    /** These settings with another centre (null: on the sites or the area). */
    public MapSettings withCentre(GeoPoint newCentre) {
        return new MapSettings(projection, widthPx, heightPx, dpi, extentKm, basemap, title, subtitle, newCentre);
    }

    static void checkSize(int widthPx, int heightPx) {
        if (widthPx < 1 || heightPx < 1 || widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX
                || (long) widthPx * heightPx > MAX_PIXELS) {
            throw new IllegalArgumentException("map size must be between 1x1 and " + MAX_SIDE_PX + "x" + MAX_SIDE_PX
                    + " pixels and at most " + MAX_PIXELS / 1_000_000 + " megapixels, got " + widthPx + "x" + heightPx);
        }
    }

    static void checkExtentKm(double km) {
        if (!(km > 0 && km <= 20_000)) {
            throw new IllegalArgumentException("expected a distance in (0, 20000] km");
        }
    }

    /**
     * Parses {@code WIDTHxHEIGHT} in pixels ({@code 2000x1400}, {@code 2000 × 1400}).
     *
     * @return {width, height} (pixels)
     * @throws IllegalArgumentException saying what was expected
     */
    public static int[] parseSize(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected WIDTHxHEIGHT in pixels, e.g. 2000x1400");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 1 || h < 1 || w > MAX_SIDE_PX || h > MAX_SIDE_PX) {
            throw new IllegalArgumentException("each side must be between 1 and " + MAX_SIDE_PX + " pixels");
        }
        if ((long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("at most " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
        return new int[] {w, h};
    }

    /**
     * Parses a projection name: {@code aeqd}, {@code ortho}, {@code laea}, {@code world} or {@code mercator}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static ProjectionKind parseProjection(String text) {
        for (ProjectionKind k : ProjectionKind.values()) {
            if (k.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown projection; expected one of aeqd, ortho, laea, world, mercator");
    }

    /**
     * Parses a resolution (dots per inch) between 10 and 2400.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static double parseDpi(String text) {
        double dpi;
        try {
            dpi = Double.parseDouble(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number; expected a resolution between 10 and 2400 dpi");
        }
        if (!(dpi >= 10 && dpi <= 2400)) {
            throw new IllegalArgumentException("expected a resolution between 10 and 2400 dpi");
        }
        return dpi;
    }

    /**
     * Parses a basemap scale: {@code 110m}, {@code 50m}, {@code 10m}, or {@code auto} (and null)
     * for automatic, returned as null.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static String parseBasemap(String text) {
        if (text == null || text.equalsIgnoreCase("auto")) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("110m|50m|10m")) {
            throw new IllegalArgumentException("expected 110m, 50m, 10m or auto");
        }
        return t;
    }

    /**
     * Checks an extent (kilometres); null means "fit the rings" and gives NaN.
     *
     * @param km distance from the centre to the nearer map edge (kilometres), or null
     * @throws IllegalArgumentException unless in (0, 20000] km
     */
    public static double extentKmOrFit(Double km) {
        if (km == null) {
            return Double.NaN;
        }
        checkExtentKm(km);
        return km;
    }
}
