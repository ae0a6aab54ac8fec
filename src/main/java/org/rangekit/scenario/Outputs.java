package org.rangekit.scenario;

import java.util.List;

/**
 * The files a scenario writes; paths are relative to the scenario's directory unless absolute.
 *
 * @param maps map files (PNG, SVG or PDF by extension), in order
 * @param geojson the GeoJSON file of every site's bands ({@code .geojson} or {@code .json}), or null for none
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
     * A GeoJSON output's file name must end in {@code .geojson} or {@code .json} (any case), so
     * that no map or report name receives GeoJSON.
     *
     * @throws IllegalArgumentException naming the file and the accepted extensions
     */
    public static void checkGeoJsonFile(String file) {
        if (file == null || !DataFiles.GEOJSON_EXTENSIONS.contains(DataFiles.extension(file))) {
            throw new IllegalArgumentException("the geojson output needs a file ending in .geojson or .json, got '"
                    + file + "'");
        }
    }
}
