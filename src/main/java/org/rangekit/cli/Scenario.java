package org.rangekit.cli;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.SiteCatalog;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapFormat;

/**
 * A scenario file (YAML): sites, ranges, earth model, targets, map settings and the outputs to
 * produce. Every value is checked while reading, so an error names the line it is on.
 *
 * <pre>
 * sites: [kapustin-yar]          # catalog ids, "LAT,LON" or DMS
 * preset: inf                    # or ranges: [480, 500]
 * earth: wgs84                   # or sphere
 * union: false                   # several sites: fill the union of their discs
 * targets: capitals              # or none, or a list of places to mark: [deveselu, "44.1,24.4"]
 * map: {projection: aeqd, size: 1600x1100, dpi: 150, extent_km: 6500, basemap: auto, title: ..., subtitle: ...}
 * outputs:
 *   maps: [../maps/x.png, {file: out/x-globe.png, projection: ortho}]
 *   geojson: out/x.geojson
 * </pre>
 * Output paths are relative to the scenario file's directory.
 *
 * @param sites launch sites
 * @param set ranges
 * @param earth figure of the Earth
 * @param union union of discs
 * @param capitals mark capitals in range
 * @param places places to mark
 * @param map map settings
 * @param maps map outputs
 * @param geojson GeoJSON output path, or null
 */
record Scenario(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, boolean capitals,
        List<Site> places, MapSettings map, List<MapOutput> maps, String geojson) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * Reads and checks a scenario.
     *
     * @throws BadInputException with the file, line and problem for anything wrong in the file
     */
    static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw BadInputException.of("scenario", file.toString(), "no such file");
        } catch (IOException e) {
            throw BadInputException.of("scenario", file.toString(), "cannot read: " + e.getMessage());
        }
        try {
            Raw raw = YAML.readValue(text, Raw.class);
            if (raw == null) {
                throw BadInputException.of("scenario", file.toString(), "empty file");
            }
            return raw.toScenario();
        } catch (JsonProcessingException e) {
            throw located(file, e);
        }
    }

    private static BadInputException located(Path file, JsonProcessingException e) {
        Throwable cause = e.getCause();
        String why = cause instanceof BadInputException || cause instanceof IllegalArgumentException
                ? cause.getMessage() : e.getOriginalMessage();
        String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? " (" + m.getPathReference().replaceFirst("^.*Raw\\[", "[").replace("\"", "'") + ")" : "";
        return new BadInputException("scenario " + file + where + path + ": " + why);
    }

    /** Map settings shared by all map outputs. */
    record MapSettings(ProjectionKind projection, int widthPx, int heightPx, double dpi, double extentKm,
            String basemap, String title, String subtitle) {

        @JsonCreator
        static MapSettings of(@JsonProperty("projection") String projection, @JsonProperty("size") String size,
                @JsonProperty("dpi") Double dpi, @JsonProperty("extent_km") Double extentKm,
                @JsonProperty("basemap") String basemap, @JsonProperty("title") String title,
                @JsonProperty("subtitle") String subtitle) {
            int[] wh = MapJob.parseSize("map.size", size == null ? "1600x1100" : size);
            return new MapSettings(MapJob.parseProjection("map.projection", projection == null ? "aeqd" : projection),
                    wh[0], wh[1], MapJob.checkDpi("map.dpi", dpi == null ? 150 : dpi),
                    MapJob.checkExtent("map.extent_km", extentKm), MapJob.checkBasemap("map.basemap", basemap),
                    title, subtitle);
        }

        static MapSettings defaults() {
            return of(null, null, null, null, null, null, null);
        }
    }

    /** One map output: a file and optional overrides of the map settings. */
    record MapOutput(String file, String projection, String size, Double extentKm, String title, String subtitle) {

        MapOutput {
            if (file == null || file.isBlank()) {
                throw new IllegalArgumentException("a map output needs a file");
            }
            MapFormat.ofFileName(file);
            if (projection != null) {
                MapJob.parseProjection("outputs.maps.projection", projection);
            }
            if (size != null) {
                MapJob.parseSize("outputs.maps.size", size);
            }
            MapJob.checkExtent("outputs.maps.extent_km", extentKm);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static MapOutput ofFile(String file) {
            return new MapOutput(file, null, null, null, null, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static MapOutput of(@JsonProperty("file") String file, @JsonProperty("projection") String projection,
                @JsonProperty("size") String size, @JsonProperty("extent_km") Double extentKm,
                @JsonProperty("title") String title, @JsonProperty("subtitle") String subtitle) {
            return new MapOutput(file, projection, size, extentKm, title, subtitle);
        }

        /** The job for this output: the scenario's settings with this output's overrides. */
        MapJob job(Scenario s) {
            MapSettings m = s.map();
            int[] wh = size != null ? MapJob.parseSize("size", size) : new int[] {m.widthPx(), m.heightPx()};
            return new MapJob(s.sites(), s.set(), s.earth(), s.union(), s.capitals(), s.places(),
                    projection != null ? ProjectionKind.parse(projection) : m.projection(), wh[0], wh[1], m.dpi(),
                    extentKm != null ? extentKm : m.extentKm(), m.basemap(),
                    title != null ? title : m.title(), subtitle != null ? subtitle : m.subtitle());
        }
    }

    /** The outputs section. */
    record Outputs(List<MapOutput> maps, String geojson) {
        @JsonCreator
        Outputs(@JsonProperty("maps") List<MapOutput> maps, @JsonProperty("geojson") String geojson) {
            this.maps = maps == null ? List.of() : List.copyOf(maps);
            this.geojson = geojson;
            if (this.maps.isEmpty() && geojson == null) {
                throw new IllegalArgumentException("outputs must list at least one map or a geojson file");
            }
        }
    }

    /** The file as written, checked field by field. */
    record Raw(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, boolean capitals,
            List<Site> places, MapSettings map, Outputs outputs) {

        @JsonCreator
        static Raw of(@JsonProperty("name") String name, @JsonProperty("description") String description,
                @JsonProperty("sites") List<String> sites, @JsonProperty("preset") String preset,
                @JsonProperty("ranges") List<Double> ranges, @JsonProperty("earth") String earth,
                @JsonProperty("union") Boolean union, @JsonProperty("targets") Object targets,
                @JsonProperty("map") MapSettings map, @JsonProperty("outputs") Outputs outputs) {
            if (sites == null || sites.isEmpty()) {
                throw new IllegalArgumentException("sites: at least one site is required");
            }
            SiteCatalog catalog = SiteCatalog.builtIn();
            List<Site> parsed = sites.stream().map(s -> SiteArgs.parse("sites", s, catalog)).toList();
            if ((preset == null) == (ranges == null)) {
                throw new IllegalArgumentException("give exactly one of preset (e.g. inf) or ranges (e.g. [480, 500])");
            }
            ThresholdSet set;
            if (preset != null) {
                set = ThresholdSet.preset(preset);
                if (set == null) {
                    throw new IllegalArgumentException("preset: unknown preset '" + preset + "'; expected one of "
                            + String.join(", ", ThresholdSet.presetNames()));
                }
            } else {
                set = ThresholdSet.custom(ranges);
            }
            boolean capitals = false;
            List<Site> places = List.of();
            if (targets instanceof List<?> list) {
                places = list.stream().map(o -> SiteArgs.parse("targets", String.valueOf(o), catalog)).toList();
            } else if (targets != null && !String.valueOf(targets).equalsIgnoreCase("none")) {
                if (!String.valueOf(targets).equalsIgnoreCase("capitals")) {
                    throw new IllegalArgumentException("targets: expected capitals, none or a list of places, got '"
                            + targets + "'");
                }
                capitals = true;
            }
            if (outputs == null) {
                throw new IllegalArgumentException("outputs: at least one output is required");
            }
            return new Raw(parsed, set, Options.earth(earth == null ? "wgs84" : earth), union != null && union,
                    capitals, places, map == null ? MapSettings.defaults() : map, outputs);
        }

        Scenario toScenario() {
            return new Scenario(sites, set, earth, union, capitals, places, map, outputs.maps(), outputs.geojson());
        }
    }
}
