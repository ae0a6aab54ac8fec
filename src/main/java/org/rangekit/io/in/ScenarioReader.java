package org.rangekit.io.in;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rangekit.geodesy.CoordinateParser;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Category;
import org.rangekit.range.CategorySet;
import org.rangekit.range.Interval;
import org.rangekit.range.LengthUnit;
import org.rangekit.range.Lengths;
import org.rangekit.range.Fan;
import org.rangekit.range.MissileSystem;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.RingSeries;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapFormat;
import org.rangekit.scenario.CoverageOutput;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.MapOutput;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Outputs;
import org.rangekit.scenario.Scenario;
import org.rangekit.scenario.ScenarioArea;
import org.rangekit.scenario.Targets;
import org.rangekit.text.EditDistance;
import org.rangekit.text.Quote;

/**
 * Reads a scenario file (YAML) into a {@link Scenario}. Every value is checked while reading, and
 * an error names the file and the line it is on:
 * {@code scenario a.yaml line 4: map.size '0x10': expected WIDTHxHEIGHT in pixels, e.g. 2000x1400}.
 *
 * <pre>
 * sites: [kapustin-yar]          # catalog ids, "LAT,LON" or DMS, as --site takes them
 * sites_file: sites.gpkg         # and/or sites from a file, as --sites-file reads it (relative to the scenario's folder)
 * preset: inf                    # or ranges: [480, 500, "1000 km", 300mi, 2350..2500] (km unless a unit m, km,
 *                                #   mi, nmi, ft; MIN..MAX: a range known as an interval of estimates),
 *                                #   or interval: 500km with count: 11, or max_range: 400km (min_range: 50km)
 * system: 9m729                  # a missile system of data/systems.csv: its claimed and estimated ranges,
 *                                #   added to preset/ranges if given (alone: with the INF categories)
 * categories:                    # with ranges: your own named categories instead of the INF Treaty's
 *   name: tactical               #   the set's name (default custom)
 *   rest: other                  #   the name of ranges in no interval (default other)
 *   intervals: {short: "[0, 300] km", long: "(300, 1000]"}   # [ ] include the edge, ( ) exclude it
 * earth: wgs84                   # or sphere
 * compare_earth: true            # maps and coverage report set the sphere beside WGS84 (as --compare-earth)
 * union: false                   # several sites: fill the union of their discs
 * targets: capitals              # or none, or a list of places to mark: [deveselu, "44.1,24.4"]
 * radials: 8                     # or bearings: [0, 45, 90]; radial_length: 1000km (default: outermost range)
 * sectors: ["0..500km,330..30"]  # INNER..OUTER,FROM..TO: radii, then azimuths clockwise from north
 * map: {projection: aeqd, size: 1600x1100, dpi: 150, extent_km: 6500, basemap: auto, title: ..., subtitle: ...,
 *      centre: "48.5, 46.0"}        # centre: LAT,LON or DMS, as --site; default the middle of the sites
 * outputs:
 *   maps: [../maps/x.png, {file: out/x-globe.png, projection: ortho}]
 *   geojson: out/x.geojson
 *   coverage: out/x-coverage.md  # or {file: ..., targets: capitals|cities|countries, summary: true}
 * </pre>
 * Output paths stay as written; {@code org.rangekit.api.Scenarios} resolves them against the
 * scenario file's directory. Unknown keys are refused (a misspelt key would otherwise be ignored
 * silently), with the nearest known key for a near miss ({@code mapp}: did you mean 'map'?); a key
 * given twice is refused; YAML aliases ({@code *name}) are refused, since they would be read as the
 * anchor's name rather than its value. YAML scalars are read as written: {@code size: 0x10} is the
 * text {@code 0x10}, not 16. A file must be UTF-8 and at most {@value #MAX_SCENARIO_BYTES} bytes.
 *
 * <p>Thread safety: stateless; thread-safe.
 */
public final class ScenarioReader {

    /** Duplicate keys are an error (YAML forbids them; Jackson would keep the last one silently). */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    /** Jackson's message for a key given twice under {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Set<String> TOP_KEYS = Set.of("name", "description", "sites", "preset", "ranges", "system",
            "categories", "earth", "union", "targets", "map", "outputs", "radials", "bearings", "radial_length", "sectors",
            "compare_earth", "area", "sites_file", "interval", "count", "min_range", "max_range");
    private static final Set<String> AREA_KEYS = Set.of("file", "country", "part_containing", "geojson", "wkt", "name");
    private static final Set<String> MAP_KEYS = Set.of("projection", "size", "dpi", "extent_km", "basemap", "title",
            "subtitle", "centre");
    private static final Set<String> OUTPUT_KEYS = Set.of("maps", "geojson", "coverage");
    private static final Set<String> COVERAGE_KEYS = Set.of("file", "targets", "summary");
    private static final Set<String> CATEGORY_KEYS = Set.of("name", "rest", "intervals");
    private static final Pattern INTERVAL = Pattern.compile(
            "([\\[(])\\s*([^,]+?)\\s*,\\s*([^,\\])]+?)\\s*([\\])])\\s*(?i:(nmi|mi|km|ft|m))?");
    private static final Set<String> MAP_OUTPUT_KEYS = Set.of("file", "projection", "size", "extent_km", "title",
            "subtitle");

    /**
     * Most bytes of a scenario file (1 MiB; the examples hold under 2 KB). The file is read whole
     * before parsing, so this bounds the memory a scenario takes. {@link #parse} bounds its text to
     * as many characters.
     */
    public static final int MAX_SCENARIO_BYTES = 1 << 20;

    private static final String TOO_LARGE = "larger than " + MAX_SCENARIO_BYTES
            + " bytes (1 MiB), the limit for a scenario file";

    private ScenarioReader() {
    }

    /**
     * Reads and checks a scenario file.
     *
     * @param file the YAML file
     * @throws InvalidScenarioException "scenario FILE line N: what is wrong" for anything wrong in the file
     */
    public static Scenario read(Path file) {
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // At most one byte past the limit: a huge file, or /dev/zero, is never read whole.
            bytes = in.readNBytes(MAX_SCENARIO_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InvalidScenarioException("scenario " + Quote.of(file) + ": no such file");
        } catch (IOException e) {
            throw new InvalidScenarioException("scenario " + Quote.of(file) + ": cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_SCENARIO_BYTES) {
            throw new InvalidScenarioException("scenario " + file + ": " + TOO_LARGE);
        }
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidScenarioException("scenario " + file + ": not UTF-8 text (scenario files are UTF-8)");
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), folder == null ? Path.of("") : folder);
    }

    /**
     * Checks a scenario given as YAML text.
     *
     * @param yaml the text of the scenario
     * @param name what to call it in messages, e.g. its file name
     * @throws InvalidScenarioException "scenario NAME line N: what is wrong" for anything wrong in the text
     */
    public static Scenario parse(String yaml, String name) {
        return parse(yaml, name, Path.of(""));
    }

    /**
     * As {@link #parse(String, String)}, with the folder that a {@code sites_file} is relative to
     * (the scenario file's; {@link #parse(String, String)} uses the working directory).
     */
    public static Scenario parse(String yaml, String name, Path folder) {
        if (yaml.length() > MAX_SCENARIO_BYTES) {
            throw new InvalidScenarioException("scenario " + name + ": " + TOO_LARGE);
        }
        Reader r = new Reader(name, folder);
        JsonNode root;
        try {
            r.indexLines(yaml);
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            Matcher dup = DUPLICATE.matcher(oneLine(e.getOriginalMessage()));
            throw new InvalidScenarioException("scenario " + name + (line > 0 ? " line " + line : "") + ": "
                    + (dup.matches() ? "key " + Quote.excerpt(dup.group(1)) + " is given twice; give each key once"
                            : "not valid YAML: " + oneLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidScenarioException("scenario " + Quote.of(name) + ": cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InvalidScenarioException("scenario " + name + ": empty file");
        }
        return r.scenario(root);
    }

    /**
     * An interval of range in bracket notation: {@code [500, 1000]}, {@code (1000, 5500] km},
     * {@code [5500, inf)}; a square bracket includes its edge, a round one excludes it. Each edge is
     * a length as {@code --range} takes it ({@code 300mi}, {@code 500 km}); a unit after the
     * closing bracket applies to both; the lower edge may be 0, the upper {@code inf} or {@code ∞}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    static Interval interval(String text) {
        Matcher m = INTERVAL.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an interval such as [500, 1000] km or (1000, 5500] "
                    + "([ ] include the edge, ( ) exclude it)");
        }
        LengthUnit unit = m.group(5) == null ? LengthUnit.KM : LengthUnit.ofSymbol(m.group(5)).orElseThrow();
        String lower = m.group(2).strip();
        double lowerKm = lower.matches("[+]?0*\\.?0*") ? 0 : Lengths.parseKm("lower edge", lower, unit);
        String upper = m.group(3).strip();
        boolean unbounded = upper.matches("(?i)\\+?(inf|infinity|∞)");
        double upperKm = unbounded ? Double.POSITIVE_INFINITY : Lengths.parseKm("upper edge", upper, unit);
        if (unbounded && m.group(4).equals("]")) {
            throw new IllegalArgumentException("an unbounded interval ends with ), e.g. [5500, inf)");
        }
        return new Interval(lowerKm, m.group(1).equals("["), upperKm, m.group(4).equals("]"));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Reads a parsed tree, turning every problem into a message with its line. */
    private static final class Reader {
        private final String name;
        private final Path folder;
        private final Map<String, Integer> lines = new HashMap<>();
        /** The source text of every scalar by its JSON pointer: YAML reads {@code 0x10} as the number 16. */
        private final Map<String, String> scalars = new HashMap<>();

        Reader(String name, Path folder) {
            this.name = name;
            this.folder = folder;
        }

        /**
         * Records the line of every key and array element by its JSON pointer, and refuses YAML
         * aliases: Jackson reads {@code title: *t} as the text "t", not as the anchored value.
         */
        void indexLines(String text) throws IOException {
            try (JsonParser p = YAML.getFactory().createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                        throw new InvalidScenarioException("scenario " + name + " line "
                                + p.currentTokenLocation().getLineNr() + ": YAML alias " + Quote.excerpt("*" + p.getText())
                                + " is not supported; write the value out in full");
                    }
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

        private InvalidScenarioException error(String ptr, String message) {
            Integer line = null;
            for (String p = ptr; line == null && p != null; p = p.isEmpty() ? null : p.substring(0, p.lastIndexOf('/'))) {
                line = lines.get(p);
            }
            return new InvalidScenarioException("scenario " + name + (line != null ? " line " + line : "") + ": "
                    + oneLine(message));
        }

        /**
         * Parses one value from the file: {@code parse} is a single call to a grammar or record
         * constructor, whose {@link IllegalArgumentException} is the user's bad value, reported as
         * {@code KEY 'TEXT': message} with the line of {@code ptr}.
         */
        private <T> T parsed(String ptr, String key, String text, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException e) {
                throw error(ptr, key + " " + Quote.of(text) + ": " + e.getMessage());
            }
        }

        private void keys(JsonNode obj, String ptr, Set<String> allowed, String what) {
            if (!obj.isObject()) {
                throw error(ptr, what + " must be a mapping of keys to values");
            }
            for (Iterator<String> it = obj.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    throw error(ptr + "/" + k, "unknown key " + Quote.excerpt(k) + " in " + what + "; expected one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + nearest(k, allowed));
                }
            }
        }

        /**
         * {@code "; did you mean 'map'?"} for an unknown key within two edits (one for keys of up
         * to three letters) of exactly one allowed key, the nearest; otherwise nothing.
         */
        private static String nearest(String key, Set<String> allowed) {
            String k = key.strip().toLowerCase(Locale.ROOT);
            int limit = k.length() <= 3 ? 1 : 2;
            List<String> best = new ArrayList<>();
            int bestDistance = limit + 1;
            for (String a : allowed.stream().sorted().toList()) {
                int d = EditDistance.between(k, a);
                if (d < bestDistance) {
                    best.clear();
                    bestDistance = d;
                }
                if (d == bestDistance) {
                    best.add(a);
                }
            }
            return bestDistance <= limit ? "; did you mean " + String.join(" or ", best.stream()
                    .map(Quote::of).toList()) + "?" : "";
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
                throw error(ptr + "/" + key, key + " must be a number, got " + Quote.of(n.asText()));
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

        private boolean bool(JsonNode obj, String key, String ptr, boolean absent) {
            JsonNode n = obj.get(key);
            if (n != null && !n.isBoolean()) {
                throw error(ptr + "/" + key, key + " must be true or false");
            }
            return n == null ? absent : n.asBoolean();
        }

        Scenario scenario(JsonNode root) {
            keys(root, "", TOP_KEYS, "the scenario");
            SiteCatalog catalog = SiteCatalog.builtIn();
            List<JsonNode> siteNodes = list(root, "sites", "");
            String sitesFile = text(root, "sites_file", "");
            JsonNode areaNode = root.get("area");
            if (areaNode != null && (siteNodes != null || sitesFile != null)) {
                throw error("/area", "give either sites (or sites_file) or area, not both");
            }
            if (areaNode == null && (siteNodes == null || siteNodes.isEmpty()) && sitesFile == null) {
                throw error("/sites", "sites: at least one site is required, e.g. sites: [kapustin-yar] "
                        + "(or sites_file: FILE)");
            }
            List<String> siteTexts = siteNodes == null ? List.of() : siteNodes.stream().map(JsonNode::asText).toList();
            List<Site> sites;
            try {
                sites = SiteParser.parseAll("sites", siteTexts, catalog, i -> "line " + lines.get("/sites/" + i));
            } catch (SiteParser.BadSiteException e) {
                throw error("/sites/" + e.index(), e.getMessage());
            }
            if (sitesFile != null) {
                sites = sitesFromFile(sites, sitesFile);
            }
            ThresholdSet set = ranges(root);
            String earthText = text(root, "earth", "");
            EarthModel earth = earthText == null ? EarthModel.WGS84 : parsed("/earth", "earth", earthText, () -> {
                try {
                    return EarthModel.parse(earthText.strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown earth model; expected wgs84 or sphere");
                }
            });
            ScenarioArea area = areaNode == null ? null : area(areaNode, earth);
            boolean union = bool(root, "union", "", false);
            Targets targets = targets(root.get("targets"), catalog);
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
            if (geojson != null) {
                try {
                    Outputs.checkGeoJsonFile(geojson);
                } catch (IllegalArgumentException e) {
                    throw error("/outputs/geojson", e.getMessage());
                }
            }
            CoverageOutput coverage = coverage(outputs.get("coverage"), targets.capitals());
            if (maps.isEmpty() && geojson == null && coverage == null) {
                throw error("/outputs", "outputs must list at least one map, a geojson file or a coverage report");
            }
            boolean compareEarth = bool(root, "compare_earth", "", false);
            if (compareEarth && earth != EarthModel.WGS84) {
                throw error("/compare_earth", "compare_earth sets the sphere beside WGS84; it needs earth: wgs84, not "
                        + earth.label());
            }
            if (compareEarth && maps.isEmpty() && coverage == null) {
                throw error("/compare_earth", "compare_earth applies to maps and the coverage report; "
                        + "the scenario writes neither");
            }
            if (compareEarth && area != null) {
                throw error("/compare_earth", "compare_earth goes with sites, not with an area");
            }
            Fan fan = fan(root);
            if (area != null && (union || !fan.isEmpty())) {
                throw error(union ? "/union" : "/area", "union, radials, bearings and sectors go with sites, not with an area");
            }
            return new Scenario(sites, set, earth, union, targets, map, new Outputs(maps, geojson, coverage), fan,
                    compareEarth, area);
        }

        /**
         * {@code area: FILE} (GeoJSON, WKT or KML, relative to the scenario's folder), or
         * {@code area: {country: RUS, part_containing: "54.71,20.51"}}, {@code {geojson: GEOMETRY}},
         * {@code {wkt: TEXT}} or {@code {file: FILE}}, each with an optional {@code name}.
         */
        private ScenarioArea area(JsonNode n, EarthModel earth) {
            String expected = "area must be a file name, {country: RUS, part_containing: \"54.71,20.51\"}, "
                    + "{geojson: GEOMETRY} or {wkt: TEXT}";
            String file;
            String name = null;
            if (n.isTextual()) {
                file = n.asText();
            } else if (n.isObject()) {
                keys(n, "/area", AREA_KEYS, "area");
                name = text(n, "name", "/area");
                file = text(n, "file", "/area");
                int given = (file != null ? 1 : 0) + (n.has("country") ? 1 : 0) + (n.has("geojson") ? 1 : 0)
                        + (n.has("wkt") ? 1 : 0);
                if (given != 1) {
                    throw error("/area", expected + " (exactly one of file, country, geojson, wkt)");
                }
                if (n.has("part_containing") && !n.has("country")) {
                    throw error("/area/part_containing", "part_containing only goes with country");
                }
            } else {
                throw error("/area", expected);
            }
            try {
                if (file != null) {
                    String ptr = n.isTextual() ? "/area" : "/area/file";
                    try {
                        return new ScenarioArea(name != null ? name : file, AreaReader.read(folder.resolve(file), earth));
                    } catch (IOException e) {
                        throw error(ptr, "area file " + Quote.of(file) + ": cannot read: " + e.getMessage());
                    }
                }
                if (n.has("country")) {
                    String code = text(n, "country", "/area");
                    String part = text(n, "part_containing", "/area");
                    GeoPoint p = part == null ? null : parsed("/area/part_containing", "part_containing", part,
                            () -> CoordinateParser.parsePoint(part));
                    return new ScenarioArea(name != null ? name : AreaReader.countryName(code, p),
                            AreaReader.country(code, p, earth));
                }
                if (n.has("geojson")) {
                    return new ScenarioArea(name != null ? name : "inline GeoJSON",
                            AreaReader.geoJson(n.get("geojson"), "area geojson", earth));
                }
                String wkt = text(n, "wkt", "/area");
                return new ScenarioArea(name != null ? name : "inline WKT", AreaReader.wkt(wkt, "area wkt", earth));
            } catch (IllegalArgumentException e) {
                throw error("/area", e.getMessage());
            }
        }

        /** A parse whose grammar names the field and value itself ({@link Fan}); its error becomes the scenario's. */
        private <T> T named(String ptr, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException e) {
                throw error(ptr, e.getMessage());
            }
        }

        /** {@code radials: 8} or {@code bearings: [0, 45]}, {@code radial_length: 1000km}, {@code sectors: [...]}. */
        private Fan fan(JsonNode root) {
            String radials = text(root, "radials", "");
            JsonNode bearingsNode = root.get("bearings");
            if (radials != null && bearingsNode != null) {
                throw error("/bearings", "give either radials or bearings, not both");
            }
            List<Double> bearings = List.of();
            if (radials != null) {
                bearings = named("/radials", () -> Fan.evenBearings("radials", radials));
            } else if (bearingsNode != null) {
                String b = bearingsNode.isArray() ? String.join(",", java.util.stream.StreamSupport
                        .stream(bearingsNode.spliterator(), false).map(JsonNode::asText).toList()) : bearingsNode.asText();
                bearings = named("/bearings", () -> Fan.parseBearings("bearings", b));
            }
            String length = text(root, "radial_length", "");
            double lengthKm = length == null ? 0
                    : named("/radial_length", () -> Fan.parseRadialLengthKm("radial_length", length));
            List<Fan.SectorSpec> sectors = new ArrayList<>();
            List<JsonNode> sectorNodes = list(root, "sectors", "");
            if (sectorNodes != null) {
                for (int i = 0; i < sectorNodes.size(); i++) {
                    String t = sectorNodes.get(i).asText();
                    sectors.add(named("/sectors/" + i, () -> Fan.SectorSpec.parse("sectors", t)));
                }
            }
            return new Fan(bearings, lengthKm, sectors);
        }

        /**
         * {@code sites_file: FILE}: the sites of FILE ({@link SiteFiles}, as {@code --sites-file} reads
         * it), relative to the scenario's folder, added after {@code sites}.
         */
        private List<Site> sitesFromFile(List<Site> before, String file) {
            String label = "sites_file " + Quote.of(file);
            try {
                return SiteFiles.appended(before, SiteFiles.read(folder, file, label), label);
            } catch (java.nio.file.InvalidPathException e) {
                throw error("/sites_file", label + ": not a file path");
            } catch (IllegalArgumentException e) {
                throw error("/sites_file", e.getMessage());
            } catch (IOException e) {
                throw error("/sites_file", label + ": cannot read (" + e.getMessage() + ")");
            }
        }

        private Site site(String ptr, String key, String text, SiteCatalog catalog) {
            try {
                return SiteParser.parse(key, text, catalog);
            } catch (IllegalArgumentException e) {
                throw error(ptr, e.getMessage());
            }
        }

        private ThresholdSet ranges(JsonNode root) {
            String system = text(root, "system", "");
            ThresholdSet base = baseRanges(root, system != null);
            if (system == null) {
                return base;
            }
            SystemCatalog catalog = SystemCatalog.builtIn();
            MissileSystem ms = catalog.find(system).orElseThrow(() -> error("/system", "system '" + system
                    + "': unknown missile system; expected one of " + String.join(", ", catalog.ids())));
            try {
                return ms.ranges(base);
            } catch (IllegalArgumentException e) {
                throw error("/system", "system '" + system + "': " + e.getMessage());
            }
        }

        private ThresholdSet baseRanges(JsonNode root, boolean haveSystem) {
            String preset = text(root, "preset", "");
            List<JsonNode> ranges = list(root, "ranges", "");
            String interval = text(root, "interval", "");
            String count = text(root, "count", "");
            String minRange = text(root, "min_range", "");
            String maxRange = text(root, "max_range", "");
            if (interval != null && count == null || count != null && interval == null) {
                throw error(interval != null ? "/interval" : "/count", "give interval and count together, "
                        + "e.g. interval: 500km with count: 11");
            }
            if (minRange != null && maxRange == null) {
                throw error("/min_range", "min_range goes with max_range, e.g. min_range: 50km with max_range: 400km");
            }
            int given = (preset != null ? 1 : 0) + (ranges != null ? 1 : 0) + (interval != null ? 1 : 0)
                    + (maxRange != null ? 1 : 0);
            if (given > 1 || given == 0 && !haveSystem) {
                String ptr = preset != null ? "/preset" : ranges != null ? "/ranges" : interval != null ? "/interval" : "";
                throw error(given > 1 ? ptr : "", "give exactly one of preset (e.g. inf), ranges (e.g. [480, 500]), "
                        + "interval with count, or max_range (with min_range), or a system (e.g. 9m729)");
            }
            CategorySet own = root.get("categories") == null ? CategorySet.inf() : null;
            if (interval != null) {
                CategorySet cs = own != null ? own : categories(root.get("categories"));
                try {
                    return RingSeries.every("interval", interval, "count", count, cs);
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage().startsWith("count ") ? "/count" : "/interval", e.getMessage());
                }
            }
            if (maxRange != null) {
                CategorySet cs = own != null ? own : categories(root.get("categories"));
                return named(minRange != null ? "/min_range" : "/max_range",
                        () -> RingSeries.minMax("min_range", minRange, "max_range", maxRange, cs));
            }
            if (preset == null && ranges == null) {
                if (root.get("categories") != null) {
                    throw error("/categories", "categories go with ranges");
                }
                return null;
            }
            if (preset != null) {
                ThresholdSet set = ThresholdSet.preset(preset);
                if (set == null) {
                    throw error("/preset", "preset " + Quote.of(preset) + ": unknown; expected one of "
                            + String.join(", ", ThresholdSet.presetNames()));
                }
                if (root.get("categories") != null) {
                    throw error("/categories", "categories go with ranges: the preset " + set.name()
                            + " has its own");
                }
                return set;
            }
            List<RangeEstimate> km = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                JsonNode n = ranges.get(i);
                if (!n.isValueNode()) {
                    throw error("/ranges/" + i, "ranges: each range is a length such as 500, \"500 km\" or 300mi");
                }
                // The text as written, so that 1e3 and "500 km" read exactly as --range reads them.
                String text = n.isTextual() ? n.asText() : scalars.getOrDefault("/ranges/" + i, n.asText());
                try {
                    km.add(Lengths.parseRangeKm("ranges", text, LengthUnit.KM));
                } catch (IllegalArgumentException e) {
                    throw error("/ranges/" + i, e.getMessage());
                }
            }
            CategorySet categories = root.get("categories") == null ? CategorySet.inf()
                    : categories(root.get("categories"));
            try {
                return ThresholdSet.ofRanges(km, categories);
            } catch (IllegalArgumentException e) {
                throw error("/ranges", e.getMessage());
            }
        }

        /**
         * {@code categories: {name: mine, rest: other, intervals: {short: "[0, 300] km", long: "(1000, 3000]"}}}:
         * named intervals of range with explicit edges; the ranges in none of them are named {@code rest}.
         */
        private CategorySet categories(JsonNode n) {
            String ptr = "/categories";
            keys(n, ptr, CATEGORY_KEYS, "categories");
            String setName = text(n, "name", ptr);
            String rest = text(n, "rest", ptr);
            JsonNode intervals = n.get("intervals");
            if (intervals == null || !intervals.isObject() || intervals.isEmpty()) {
                throw error(ptr, "categories need intervals, e.g. intervals: {short: \"[0, 300] km\", "
                        + "long: \"(1000, 3000] km\"}");
            }
            List<Category> named = new ArrayList<>();
            for (Iterator<String> it = intervals.fieldNames(); it.hasNext();) {
                String name = it.next();
                String iptr = ptr + "/intervals/" + name;
                String written = text(intervals, name, ptr + "/intervals");
                if (written == null) {
                    throw error(iptr, "category " + Quote.of(name) + " needs an interval such as \"[500, 1000] km\"");
                }
                Interval interval;
                try {
                    interval = interval(written);
                } catch (IllegalArgumentException e) {
                    throw error(iptr, "category " + Quote.of(name) + " interval " + Quote.of(written) + ": " + e.getMessage());
                }
                named.add(new Category(name, interval));
            }
            try {
                return CategorySet.covering(setName == null ? "custom" : setName, named, rest == null ? "other" : rest);
            } catch (IllegalArgumentException e) {
                throw error(ptr + "/intervals", e.getMessage());
            }
        }

        private Targets targets(JsonNode targets, SiteCatalog catalog) {
            if (targets != null && targets.isArray()) {
                List<Site> ps = new ArrayList<>();
                for (int i = 0; i < targets.size(); i++) {
                    ps.add(site("/targets/" + i, "targets", targets.get(i).asText(), catalog));
                }
                return Targets.places(ps);
            }
            if (targets == null || targets.asText().equalsIgnoreCase("none")) {
                return Targets.NONE;
            }
            if (!targets.asText().equalsIgnoreCase("capitals")) {
                throw error("/targets", "targets " + Quote.of(targets.asText()) + ": expected capitals, none or a list of places");
            }
            return Targets.CAPITALS;
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
                    targets = text(n, "targets", ptr).strip().toLowerCase(Locale.ROOT);
                }
                summary = bool(n, "summary", ptr, true);
            }
            if (file == null || !org.rangekit.scenario.DataFiles.isReport(file)) {
                throw error(ptr, "the coverage report needs a file ending in .md, .csv or .json, got " + Quote.of(file));
            }
            if (!CoverageOutput.TARGET_SETS.contains(targets)) {
                throw error(ptr + "/targets", "targets " + Quote.of(targets) + ": expected capitals, cities or countries");
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
            MapSettings d = MapSettings.DEFAULT;
            ProjectionKind kind = proj == null ? d.projection()
                    : parsed("/map/projection", "map.projection", proj, () -> MapSettings.parseProjection(proj));
            int[] wh = size == null ? new int[] {d.widthPx(), d.heightPx()}
                    : parsed("/map/size", "map.size", size, () -> MapSettings.parseSize(size));
            String dpiText = source(m, "dpi", "/map");
            double dp = dpi == null ? d.dpi() : parsed("/map/dpi", "map.dpi", dpiText, () -> MapSettings.parseDpi(dpiText));
            double e = extent == null ? d.extentKm() : parsed("/map/extent_km", "map.extent_km", Double.toString(extent),
                    () -> MapSettings.extentKmOrFit(extent));
            String b = parsed("/map/basemap", "map.basemap", basemap, () -> MapSettings.parseBasemap(basemap));
            String centre = text(m, "centre", "/map");
            GeoPoint c = null;
            if (centre != null) {
                try {
                    c = CoordinateParser.parsePoint("map.centre", centre);
                } catch (IllegalArgumentException ex) {
                    throw error("/map/centre", ex.getMessage());
                }
            }
            return new MapSettings(kind, wh[0], wh[1], dp, e, b, text(m, "title", "/map"), text(m, "subtitle", "/map"),
                    c);
        }

        private MapOutput mapOutput(JsonNode n, String ptr) {
            if (n.isValueNode()) {
                String f = n.asText();
                checkMapFile(ptr, f);
                return MapOutput.of(f);
            }
            keys(n, ptr, MAP_OUTPUT_KEYS, "a map output");
            String f = text(n, "file", ptr);
            if (f == null || f.isBlank()) {
                throw error(ptr, "a map output needs a file");
            }
            checkMapFile(ptr + "/file", f);
            String proj = text(n, "projection", ptr);
            String size = text(n, "size", ptr);
            Double extent = number(n, "extent_km", ptr);
            ProjectionKind kind = proj == null ? null
                    : parsed(ptr + "/projection", "projection", proj, () -> MapSettings.parseProjection(proj));
            int[] wh = size == null ? null : parsed(ptr + "/size", "size", size, () -> MapSettings.parseSize(size));
            if (extent != null) {
                parsed(ptr + "/extent_km", "extent_km", Double.toString(extent), () -> MapSettings.extentKmOrFit(extent));
            }
            return new MapOutput(f, kind, wh == null ? null : wh[0], wh == null ? null : wh[1], extent,
                    text(n, "title", ptr), text(n, "subtitle", ptr));
        }

        /** The map format follows the file extension, as for {@code rangekit map -o}. */
        private void checkMapFile(String ptr, String file) {
            try {
                MapFormat.ofFileName(file);
            } catch (IllegalArgumentException e) {
                throw error(ptr, e.getMessage());
            }
        }
    }
}
