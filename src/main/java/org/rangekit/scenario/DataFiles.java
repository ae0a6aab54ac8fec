package org.rangekit.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats of data outputs by file extension: the one rule for {@code -o} of {@code coverage},
 * {@code compare} and {@code rings}, for scenario coverage outputs and for the library
 * ({@code org.rangekit.io.out.report.Format#ofFileName}). A report is CSV, JSON or Markdown by
 * {@code .csv}, {@code .json} or {@code .md}; overlays (rings, bands, sites, target points) are
 * GeoJSON ({@code .geojson}, {@code .json}), KML ({@code .kml}), KMZ ({@code .kmz}), GeoPackage
 * ({@code .gpkg}), FlatGeobuf ({@code .fgb}) or CSV with a WKT column ({@code .csv}): see
 * {@link OverlayFormat}.
 * A file name without an extension (a device such as {@code /dev/stdout}, a FIFO such as
 * {@code /dev/fd/63}) names no format; any other extension is refused, so that a file never holds
 * a format its name denies. Part of the scenario model (like {@link MapFormat}), so that readers
 * and the scenario check it without depending on the writers.
 */
public final class DataFiles {

    /** Report extensions, in the order of their formats' names: csv, json, md. */
    public static final List<String> REPORT_EXTENSIONS = List.of(".csv", ".json", ".md");
    /** Extensions of a GeoJSON output. */
    public static final List<String> GEOJSON_EXTENSIONS = List.of(".geojson", ".json");

    /** Extensions of an overlay output, in the order of {@link OverlayFormat}. */
    public static final List<String> OVERLAY_EXTENSIONS = java.util.Arrays.stream(OverlayFormat.values())
            .flatMap(f -> f.extensions().stream()).toList();

    private DataFiles() {
    }

    /**
     * The extension of the last element of {@code fileName}, lower case with its dot
     * ({@code ".csv"}), or {@code ""} when it has none.
     *
     * @param fileName a path as typed
     */
    public static String extension(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /**
     * The report format a file name asks for: {@code csv}, {@code json} or {@code md}, or empty
     * when the name has no extension.
     *
     * @param fileName a path as typed
     * @throws IllegalArgumentException for any other extension, naming it and the accepted ones
     */
    public static Optional<String> reportFormat(String fileName) {
        String ext = extension(fileName);
        if (ext.isEmpty()) {
            return Optional.empty();
        }
        if (!REPORT_EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("expected a file ending in .csv, .json or .md, got " + ext);
        }
        return Optional.of(ext.substring(1));
    }

    /**
     * Whether {@code fileName} ends in a report extension ({@code .csv}, {@code .json}, {@code .md}).
     *
     * @param fileName a path as typed
     */
    public static boolean isReport(String fileName) {
        return REPORT_EXTENSIONS.contains(extension(fileName));
    }

    /**
     * Checks that a GeoJSON output's name ends in {@code .geojson} or {@code .json}, or has no extension.
     *
     * @param fileName a path as typed
     * @throws IllegalArgumentException for any other extension, naming it and the accepted ones
     */
    public static void checkGeoJson(String fileName) {
        String ext = extension(fileName);
        if (!ext.isEmpty() && !GEOJSON_EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("expected a file ending in .geojson or .json, got " + ext);
        }
    }

    /**
     * The overlay format a file name asks for ({@link OverlayFormat}); a name without an extension
     * (a device, a FIFO, {@code -} for stdout) is GeoJSON.
     *
     * @param fileName a path as typed
     * @throws IllegalArgumentException for any other extension, naming it and the accepted ones
     */
    public static OverlayFormat overlayFormat(String fileName) {
        String ext = extension(fileName);
        if (ext.isEmpty()) {
            return OverlayFormat.GEOJSON;
        }
        for (OverlayFormat f : OverlayFormat.values()) {
            if (f.extensions().contains(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("expected a file ending in " + String.join(", ", OVERLAY_EXTENSIONS)
                + ", got " + ext);
    }

    /**
     * Whether {@code fileName} ends in the extension of an overlay format that is not also a report
     * format ({@code .geojson}, {@code .kml}, {@code .kmz}, {@code .gpkg}, {@code .fgb}): for commands
     * whose {@code -o} takes either a report or point features.
     *
     * @param fileName a path as typed
     */
    public static boolean isFeatureFile(String fileName) {
        String ext = extension(fileName);
        return OVERLAY_EXTENSIONS.contains(ext) && !REPORT_EXTENSIONS.contains(ext);
    }
}
