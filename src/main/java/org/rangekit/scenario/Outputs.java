package org.rangekit.scenario;

import java.util.List;

/**
 * The files a scenario writes; paths are relative to the scenario's directory unless absolute.
 *
 * @param maps map files (PNG, SVG or PDF by extension), in order
 * @param geojson the overlay file of every site's bands, rings and sites, in the format its extension names
 *        ({@link DataFiles#overlayFormat}: {@code .geojson}, {@code .json}, {@code .kml}, {@code .kmz},
 *        {@code .gpkg}, {@code .fgb}, {@code .csv}), or null for none
 * @param coverage the coverage report, or null for none
 */
public record Outputs(List<MapOutput> maps, String geojson, CoverageOutput coverage) {

    public Outputs {
        maps = maps == null ? List.of() : List.copyOf(maps);
        if (geojson != null) {
            checkGeoJsonFile(geojson);
        }
        if (maps.isEmpty() && geojson == null && coverage == null) {
            throw new IllegalArgumentException("outputs must list at least one map, a geojson file or a coverage report");
        }
    }

    /**
     * An overlay output's file name must end in an overlay extension (any case, {@link
     * DataFiles#OVERLAY_EXTENSIONS}), so that no map name receives an overlay.
     *
     * @throws IllegalArgumentException naming the file and the accepted extensions
     */
    public static void checkGeoJsonFile(String file) {
        if (file == null || !DataFiles.OVERLAY_EXTENSIONS.contains(DataFiles.extension(file))) {
            throw new IllegalArgumentException("the geojson output needs a file ending in "
                    + String.join(", ", DataFiles.OVERLAY_EXTENSIONS) + ", got '" + file + "'");
        }
    }
}
