package org.rangekit.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapFormat;

/**
 * A scenario file (YAML): sites, ranges, earth model, targets, map settings and the outputs to
 * produce. Every value is checked while reading, and an error names the line it is on.
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
 *   coverage: out/x-coverage.md  # or {file: ..., targets: capitals|cities|countries, summary: true}
 * </pre>
 * Output paths are relative to the scenario file's directory.
 *
 * @param sites launch sites
 * @param siteArgs the sites as written in the file
 * @param set ranges
 * @param earth figure of the Earth
 * @param union union of discs
 * @param capitals mark capitals in range
 * @param places places to mark
 * @param map map settings
 * @param maps map outputs
 * @param geojson GeoJSON output path, or null
 * @param coverage coverage report output, or null
 */
record Scenario(List<Site> sites, List<String> siteArgs, ThresholdSet set, EarthModel earth, boolean union,
        boolean capitals, List<Site> places, MapSettings map, List<MapOutput> maps, String geojson,
        CoverageOutput coverage) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "sites", "preset", "ranges", "earth",
            "union", "targets", "map", "outputs");
    private static final Set<String> MAP_KEYS = Set.of("projection", "size", "dpi", "extent_km", "basemap", "title",
            "subtitle");
    private static final Set<String> OUTPUT_KEYS = Set.of("maps", "geojson", "coverage");
    private static final Set<String> COVERAGE_KEYS = Set.of("file", "targets", "summary");
    private static final Set<String> MAP_OUTPUT_KEYS = Set.of("file", "projection", "size", "extent_km", "title",
            "subtitle");

    /**
     * Reads and checks a scenario.
     *
     * @throws BadInputException "scenario FILE line N: what is wrong" for anything wrong in the file
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
        Reader r = new Reader(file);
        JsonNode root;
        try {
            r.indexLines(text);
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadInputException("scenario " + file + (line > 0 ? " line " + line : "") + ": not valid YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw BadInputException.of("scenario", file.toString(), "cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new BadInputException("scenario " + file + ": empty file");
        }
        return r.scenario(root);
    }

    /** Map settings shared by all map outputs. */
    record MapSettings(ProjectionKind projection, int widthPx, int heightPx, double dpi, double extentKm,
            String basemap, String title, String subtitle) {
    }

    /** One map output: a file and optional overrides of the map settings. */
    record MapOutput(String file, ProjectionKind projection, int[] size, Double extentKm, String title,
            String subtitle) {

        /** The job for this output: the scenario's settings with this output's overrides. */
        MapJob job(Scenario s) {
            MapSettings m = s.map();
            return new MapJob(s.sites(), s.set(), s.earth(), s.union(), s.capitals(), s.places(),
                    projection != null ? projection : m.projection(), size != null ? size[0] : m.widthPx(),
                    size != null ? size[1] : m.heightPx(), m.dpi(), extentKm != null ? extentKm : m.extentKm(),
                    m.basemap(), title != null ? title : m.title(), subtitle != null ? subtitle : m.subtitle());
        }
    }

    /**
     * A coverage report, as {@code rangekit coverage} writes it.
     *
     * @param file output path (.md, .csv or .json)
     * @param targets built-in target set: capitals, cities or countries
     * @param summary one row per site and band instead of one per target
     */
    record CoverageOutput(String file, String targets, boolean summary) {
    }

    /** Reads a parsed tree, turning every problem into a message with its line. */
    private static final class Reader {
        private final Path file;
        private final Map<String, Integer> lines = new HashMap<>();
        /** The source text of every scalar by its JSON pointer: YAML reads {@code 0x10} as the number 16. */
        private final Map<String, String> scalars = new HashMap<>();

        Reader(Path file) {
            this.file = file;
        }

        /** Records the line of every key and array element by its JSON pointer. */
        void indexLines(String text) throws IOException {
            try (JsonParser p = YAML.getFactory().createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    String ptr = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                            ? p.getParsingContext().getParent() == null ? ""
                            : p.getParsingContext().getParent().pathAsPointer().toString()
                            : p.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(ptr, p.currentTokenLocation().getLineNr());
                    if (t.isScalarValue()) {
                        scalars.putIfAbsent(ptr, p.getText());
                    }
                }
            }
        }

        private BadInputException error(String ptr, String message) {
            Integer line = null;
            for (String p = ptr; line == null && p != null; p = p.isEmpty() ? null : p.substring(0, p.lastIndexOf('/'))) {
                line = lines.get(p);
            }
            return new BadInputException("scenario " + file + (line != null ? " line " + line : "") + ": " + message);
        }

        /** Runs a check; its bad-input or argument error gets the line of {@code ptr}. */
        private <T> T at(String ptr, java.util.function.Supplier<T> check) {
            try {
                return check.get();
            } catch (BadInputException | IllegalArgumentException e) {
                throw error(ptr, e.getMessage());
            }
        }

        private void keys(JsonNode obj, String ptr, Set<String> allowed, String what) {
            if (!obj.isObject()) {
                throw error(ptr, what + " must be a mapping of keys to values");
            }
            for (Iterator<String> it = obj.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    throw error(ptr + "/" + k, "unknown key '" + k + "' in " + what + "; expected one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private String text(JsonNode obj, String key, String ptr) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isValueNode()) {
                throw error(ptr + "/" + key, key + " must be a single value");
            }
            // A text value is read as written, not as YAML's number or boolean for it (size: 0x10 is not 16).
            return n.isTextual() ? n.asText() : scalars.getOrDefault(ptr + "/" + key, n.asText());
        }

        /** The source text of a scalar (as written in the file) or, failing that, the node's text. */
        private String source(JsonNode obj, String key, String ptr) {
            JsonNode n = obj.get(key);
            return n == null ? null : scalars.getOrDefault(ptr + "/" + key, n.asText());
        }

        private Double number(JsonNode obj, String key, String ptr) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isNumber()) {
                throw error(ptr + "/" + key, key + " must be a number, got '" + n.asText() + "'");
            }
            return n.asDouble();
        }

        private List<JsonNode> list(JsonNode obj, String key, String ptr) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isArray()) {
                throw error(ptr + "/" + key, key + " must be a list, e.g. [a, b]");
            }
            List<JsonNode> out = new ArrayList<>();
            n.forEach(out::add);
            return out;
        }

        Scenario scenario(JsonNode root) {
            keys(root, "", TOP_KEYS, "the scenario");
            SiteCatalog catalog = SiteCatalog.builtIn();
            List<JsonNode> siteNodes = list(root, "sites", "");
            if (siteNodes == null || siteNodes.isEmpty()) {
                throw error("/sites", "sites: at least one site is required, e.g. sites: [kapustin-yar]");
            }
            List<Site> sites = new ArrayList<>();
            List<String> siteArgs = new ArrayList<>();
            for (int i = 0; i < siteNodes.size(); i++) {
                String v = siteNodes.get(i).asText();
                sites.add(at("/sites/" + i, () -> SiteArgs.parse("sites", v, catalog)));
                siteArgs.add(v);
            }
            String preset = text(root, "preset", "");
            List<JsonNode> ranges = list(root, "ranges", "");
            if ((preset == null) == (ranges == null)) {
                throw error(preset != null ? "/preset" : "", "give exactly one of preset (e.g. inf) or ranges (e.g. [480, 500])");
            }
            ThresholdSet set;
            if (preset != null) {
                set = ThresholdSet.preset(preset);
                if (set == null) {
                    throw error("/preset", "preset '" + preset + "': unknown; expected one of "
                            + String.join(", ", ThresholdSet.presetNames()));
                }
            } else {
                List<Double> km = new ArrayList<>();
                for (int i = 0; i < ranges.size(); i++) {
                    JsonNode n = ranges.get(i);
                    if (!n.isNumber()) {
                        throw error("/ranges/" + i, "ranges: '" + n.asText() + "' is not a number of km");
                    }
                    km.add(n.asDouble());
                }
                set = at("/ranges", () -> ThresholdSet.custom(km));
            }
            String earthText = text(root, "earth", "");
            EarthModel earth = at("/earth", () -> Options.earth(earthText == null ? "wgs84" : earthText));
            JsonNode unionNode = root.get("union");
            if (unionNode != null && !unionNode.isBoolean()) {
                throw error("/union", "union must be true or false");
            }
            boolean union = unionNode != null && unionNode.asBoolean();
            boolean capitals = false;
            List<Site> places = List.of();
            JsonNode targets = root.get("targets");
            if (targets != null && targets.isArray()) {
                List<Site> ps = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    String v = targets.get(i).asText();
                    ps.add(at("/targets/" + i, () -> SiteArgs.parse("targets", v, catalog)));
                }
                places = ps;
            } else if (targets != null && !targets.asText().equalsIgnoreCase("none")) {
                if (!targets.asText().equalsIgnoreCase("capitals")) {
                    throw error("/targets", "targets '" + targets.asText() + "': expected capitals, none or a list of places");
                }
                capitals = true;
            }
            MapSettings map = mapSettings(root.get("map") == null ? YAML.createObjectNode() : root.get("map"));
            JsonNode outputs = root.get("outputs");
            if (outputs == null) {
                throw error("", "outputs: at least one output is required, e.g. outputs: {maps: [map.png]}");
            }
            keys(outputs, "/outputs", OUTPUT_KEYS, "outputs");
            List<MapOutput> maps = new ArrayList<>();
            List<JsonNode> mapNodes = list(outputs, "maps", "/outputs");
            if (mapNodes != null) {
                for (int i = 0; i < mapNodes.size(); i++) {
                    maps.add(mapOutput(mapNodes.get(i), "/outputs/maps/" + i));
                }
            }
            String geojson = text(outputs, "geojson", "/outputs");
            CoverageOutput coverage = coverage(outputs.get("coverage"), capitals);
            if (maps.isEmpty() && geojson == null && coverage == null) {
                throw error("/outputs", "outputs must list at least one map, a geojson file or a coverage report");
            }
            return new Scenario(sites, List.copyOf(siteArgs), set, earth, union, capitals, places, map, maps, geojson,
                    coverage);
        }

        private CoverageOutput coverage(JsonNode n, boolean capitals) {
            String ptr = "/outputs/coverage";
            if (n == null || n.isNull()) {
                return null;
            }
            String file;
            String targets = capitals ? "capitals" : "cities";
            boolean summary = true;
            if (n.isValueNode()) {
                file = n.asText();
            } else {
                keys(n, ptr, COVERAGE_KEYS, "the coverage output");
                file = text(n, "file", ptr);
                if (text(n, "targets", ptr) != null) {
                    targets = text(n, "targets", ptr).strip().toLowerCase(java.util.Locale.ROOT);
                }
                JsonNode sum = n.get("summary");
                if (sum != null && !sum.isBoolean()) {
                    throw error(ptr + "/summary", "summary must be true or false");
                }
                summary = sum == null || sum.asBoolean();
            }
            if (file == null || !file.matches("(?i).*\\.(md|csv|json)")) {
                throw error(ptr, "the coverage report needs a file ending in .md, .csv or .json, got '" + file + "'");
            }
            if (!Set.of("capitals", "cities", "countries").contains(targets)) {
                throw error(ptr + "/targets", "targets '" + targets + "': expected capitals, cities or countries");
            }
            return new CoverageOutput(file, targets, summary);
        }

        private MapSettings mapSettings(JsonNode m) {
            keys(m, "/map", MAP_KEYS, "map");
            String proj = text(m, "projection", "/map");
            String size = text(m, "size", "/map");
            Double dpi = number(m, "dpi", "/map");
            Double extent = number(m, "extent_km", "/map");
            String basemap = text(m, "basemap", "/map");
            ProjectionKind kind = at("/map/projection", () -> MapJob.parseProjection("map.projection",
                    proj == null ? "aeqd" : proj));
            int[] wh = at("/map/size", () -> MapJob.parseSize("map.size", size == null ? "1600x1100" : size));
            double d = dpi == null ? 150 : at("/map/dpi", () -> MapJob.parseDpi("map.dpi", source(m, "dpi", "/map")));
            double e = at("/map/extent_km", () -> MapJob.checkExtent("map.extent_km", extent));
            String b = at("/map/basemap", () -> MapJob.checkBasemap("map.basemap", basemap));
            return new MapSettings(kind, wh[0], wh[1], d, e, b, text(m, "title", "/map"), text(m, "subtitle", "/map"));
        }

        private MapOutput mapOutput(JsonNode n, String ptr) {
            if (n.isValueNode()) {
                String f = n.asText();
                at(ptr, () -> MapFormat.ofFileName(f));
                return new MapOutput(f, null, null, null, null, null);
            }
            keys(n, ptr, MAP_OUTPUT_KEYS, "a map output");
            String f = text(n, "file", ptr);
            if (f == null || f.isBlank()) {
                throw error(ptr, "a map output needs a file");
            }
            at(ptr + "/file", () -> MapFormat.ofFileName(f));
            String proj = text(n, "projection", ptr);
            String size = text(n, "size", ptr);
            Double extent = number(n, "extent_km", ptr);
            ProjectionKind kind = proj == null ? null
                    : at(ptr + "/projection", () -> MapJob.parseProjection("projection", proj));
            int[] wh = size == null ? null : at(ptr + "/size", () -> MapJob.parseSize("size", size));
            if (extent != null) {
                at(ptr + "/extent_km", () -> MapJob.checkExtent("extent_km", extent));
            }
            return new MapOutput(f, kind, wh, extent, text(n, "title", ptr), text(n, "subtitle", ptr));
        }
    }
}
