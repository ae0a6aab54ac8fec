package org.rangekit.io.in.targets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.coverage.Target;
import org.rangekit.geometry.AntimeridianRepair;
import org.rangekit.text.Quote;

/**
 * Streams targets from a GeoJSON FeatureCollection (RFC 7946), one feature at a time.
 *
 * <p>Point features become point targets; Polygon and MultiPolygon features become area targets
 * whose representative point is an interior point of the area (JTS {@code getInteriorPoint}).
 * Properties are kept as text; {@code name}, {@code country} (or {@code iso_a3}) and
 * {@code population} (or {@code pop_est}) fill the named fields. A feature with another or a
 * broken geometry is skipped with its line number.
 *
 * <p>Polygons are read flat in lon/lat, as RFC 7946 §3.1.9 prescribes: one that crosses the
 * antimeridian must be cut there into parts on either side. Read flat, an uncut polygon with an
 * edge from 179° to −179° would span 358° of longitude the long way round (a Fiji-sized polygon
 * 7,153 km from Kapustin Yar instead of 14,480 km). Such a polygon is repaired by the shortest-edge
 * rule: every edge whose ends differ by more than 180° of longitude is taken the short way across
 * ±180°, and the polygon is cut there ({@link AntimeridianRepair}; vertices move by at most
 * 5.6 cm). The repair is reported to the warning handler once per file, naming the first such
 * feature (0-based index among the features) and its line; a handler that throws refuses it
 * ({@code --strict}).
 *
 * <p>A {@code "crs"} member (GeoJSON 2008; removed by RFC 7946 §4) on the collection, a feature or
 * a geometry must name WGS 84 longitude/latitude (CRS84 or EPSG:4326); any other makes the file
 * unusable ({@link #checkCrs}).
 *
 * <p>Limits (docs/coverage.md): JSON nested deeper than {@value #MAX_NESTING_DEPTH} levels, a
 * feature (or the members before {@code "features"}) of more than {@value #MAX_FEATURE_BYTES}
 * bytes (16 MiB), and Jackson's other read constraints (numbers of more than 1,000 digits, strings
 * of more than 20,000,000 characters), make the file unusable, naming the line. The file is
 * streamed, so its size is not limited; one feature is held in memory at a time, and the feature
 * limit bounds that memory (a 16 MiB feature takes about 100 MB as a tree; the largest Natural
 * Earth 10m country as GeoJSON is far smaller).
 */
public final class GeoJsonTargetReader extends FileTargetReader {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Deepest JSON nesting read (Jackson's default, stated here so that it is a documented limit): a
     * GeoJSON MultiPolygon needs 8 levels.
     */
    public static final int MAX_NESTING_DEPTH = 1000;

    /**
     * Most bytes of one feature, and of the members before {@code "features"} (bytes read; the
     * parser reads ahead by at most 8,000 bytes): one feature is held in memory as a tree, so this
     * bounds the memory a file can take, whatever its size.
     */
    public static final int MAX_FEATURE_BYTES = 16 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build()
            .setCodec(MAPPER);

    /** Longitude step (degrees) of a polygon edge beyond which it is taken for an uncut antimeridian crossing. */
    static final double ANTIMERIDIAN_JUMP_DEG = 180;

    private final JsonParser parser;
    private final CountingStream counter;
    private final Consumer<InputWarning> onWarning;
    private boolean done;
    private long featureIndex = -1;
    /** The line where the feature being read starts. */
    private long featureLine;
    private boolean warnedAntimeridian;

    private GeoJsonTargetReader(String source, JsonParser parser, CountingStream counter, Consumer<BadRow> onBadRow,
                                Consumer<InputWarning> onWarning) {
        super(source, counter, onBadRow);
        this.parser = parser;
        this.counter = counter;
        this.onWarning = onWarning;
    }

    /**
     * Opens the file and positions the parser at the first feature.
     *
     * @throws TargetFormatException when the file is not a GeoJSON FeatureCollection
     */
    public static GeoJsonTargetReader open(Path file, Consumer<BadRow> onBadRow) throws IOException {
        return open(file, onBadRow, warning -> { });
    }

    /**
     * As {@link #open(Path, Consumer)}, passing warnings (an uncut antimeridian crossing) to
     * {@code onWarning}.
     */
    public static GeoJsonTargetReader open(Path file, Consumer<BadRow> onBadRow, Consumer<InputWarning> onWarning)
            throws IOException {
        return open(file.getFileName().toString(), Files.newInputStream(file), onBadRow, onWarning);
    }

    /**
     * As {@link #open(Path, Consumer, Consumer)}, reading {@code raw} once from its start (standard
     * input, a FIFO); the reader closes it.
     *
     * @param name the file's name for messages, e.g. {@code stdin}
     */
    static GeoJsonTargetReader open(String name, InputStream raw, Consumer<BadRow> onBadRow, Consumer<InputWarning> onWarning)
            throws IOException {
        JsonParser p = null;
        try {
            CountingStream counter = new CountingStream(raw);
            counter.budget(MAX_FEATURE_BYTES);
            p = FACTORY.createParser(counter);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TargetFormatException(name + ": not a GeoJSON object (expected a FeatureCollection)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("features") && t == JsonToken.START_ARRAY) {
                    return new GeoJsonTargetReader(name, p, counter, onBadRow, onWarning);
                }
                if (field.equals("crs")) {
                    long line = p.currentLocation().getLineNr();
                    checkCrs(name, line, "", MAPPER.readTree(p));
                    continue;
                }
                p.skipChildren();
            }
            throw new TargetFormatException(name + ": no 'features' array (expected a GeoJSON FeatureCollection)");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            raw.close();
            if (tooDeep(e)) {
                throw new TargetFormatException(name + ":" + lineOf(e, p) + ": " + TOO_DEEP);
            }
            throw new TargetFormatException(name + ": not valid JSON at line "
                    + lineOf(e, p) + " (expected a GeoJSON FeatureCollection)");
        } catch (java.io.CharConversionException e) {
            raw.close();
            throw new TargetFormatException(name + ": " + NOT_UTF8);
        } catch (OverBudget e) {
            raw.close();
            throw new TargetFormatException(name + ":" + (p == null ? 0 : p.currentLocation().getLineNr())
                    + ": more than " + MAX_FEATURE_BYTES + " bytes (16 MiB) before the \"features\" array, the limit "
                    + "for target files");
        } catch (RuntimeException | IOException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public Target next() throws IOException {
        while (!done) {
            JsonToken t;
            long line;
            JsonNode feature;
            try {
                counter.budget(MAX_FEATURE_BYTES);
                t = parser.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    done = true;
                    return null;
                }
                line = parser.currentLocation().getLineNr();
                featureLine = line;
                featureIndex++;
                feature = MAPPER.readTree(parser);
                checkCrs(source, line, "feature " + featureIndex + " ", feature.get("crs"));
                JsonNode g = feature.get("geometry");
                checkCrs(source, line, "geometry of feature " + featureIndex + " ", g == null ? null : g.get("crs"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new TargetFormatException(source + ":" + lineOf(e, parser) + ": "
                        + (tooDeep(e) ? TOO_DEEP : "broken JSON"));
            } catch (java.io.CharConversionException e) {
                throw new TargetFormatException(source + ":" + featureLine + ": " + NOT_UTF8);
            } catch (OverBudget e) {
                throw new TargetFormatException(source + ":" + featureLine + ": feature "
                        + featureIndex + " is larger than " + MAX_FEATURE_BYTES + " bytes (16 MiB), the limit for one "
                        + "feature of a target file");
            }
            Target target;
            try {
                target = toTarget(feature);
            } catch (IllegalArgumentException e) {
                skip(line, e.getMessage());
                continue;
            }
            double[] jump = target.area() == null ? null : longitudeJump(target.area());
            if (jump == null) {
                return target;
            }
            if (!warnedAntimeridian) {
                warnedAntimeridian = true;
                onWarning.accept(new InputWarning(source, line, "feature " + featureIndex + " crosses \u00b1180\u00b0 "
                        + "without the cut RFC 7946 section 3.1.9 requires (an edge from longitude " + num(jump[0])
                        + " to " + num(jump[1]) + ")", "repaired by taking every edge the short way across "
                        + "\u00b1180\u00b0 and cutting it there; only the first such feature is reported"));
            }
            try {
                return repaired(target);
            } catch (IllegalArgumentException e) {
                skip(line, e.getMessage());
            }
        }
        return null;
    }

    /**
     * The target with its area repaired by the shortest-edge rule and cut at ±180°, its
     * representative point an interior point of the repaired area.
     *
     * @throws IllegalArgumentException when the rings cannot be repaired (one winds around a pole
     *     more than once, or they do not bound an area)
     */
    private static Target repaired(Target t) {
        Geometry area = t.area();
        List<List<Coordinate[]>> polygons = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            Polygon p = (Polygon) area.getGeometryN(i);
            List<Coordinate[]> rings = new ArrayList<>();
            rings.add(p.getExteriorRing().getCoordinates());
            for (int r = 0; r < p.getNumInteriorRing(); r++) {
                rings.add(p.getInteriorRingN(r).getCoordinates());
            }
            polygons.add(rings);
        }
        Geometry fixed;
        try {
            fixed = new AntimeridianRepair(GF).polygons(polygons);
        } catch (IllegalStateException | org.locationtech.jts.geom.TopologyException e) {
            throw new IllegalArgumentException("polygon crossing \u00b1180\u00b0 cannot be repaired: "
                    + e.getMessage());
        }
        if (fixed.isEmpty()) {
            throw new IllegalArgumentException("polygon crossing \u00b1180\u00b0 bounds no area");
        }
        Point inside = fixed.getInteriorPoint();
        return new Target(t.name(), t.country(), inside.getY(), inside.getX(), t.population(), fixed, t.properties());
    }

    /**
     * A population property as target files write it (blank: unknown), shared by the GeoJSON, KML
     * and GeoPackage readers.
     *
     * @throws IllegalArgumentException naming the text when it is not a number
     */
    static long population(String popText) {
        long pop = Target.UNKNOWN_POPULATION;
        if (!popText.isBlank()) {
            try {
                double v = Double.parseDouble(popText);
                if (v >= 0 && !Double.isInfinite(v)) {
                    pop = Math.round(v);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("population " + Quote.excerpt(popText) + " is not a number >= 0");
            }
        }
        return pop;
    }

    static Target toTarget(JsonNode feature) {
        JsonNode geom = feature.get("geometry");
        if (geom == null || geom.isNull()) {
            throw new IllegalArgumentException("feature has no geometry");
        }
        Map<String, String> props = new LinkedHashMap<>();
        JsonNode p = feature.get("properties");
        if (p != null && p.isObject()) {
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                props.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        String name = take(props, "name", "NAME");
        String country = take(props, "country", "iso_a3", "ISO_A3");
        String popText = take(props, "population", "pop_est", "POP_EST");
        long pop = population(popText);
        String type = geom.path("type").asText();
        JsonNode c = geom.get("coordinates");
        switch (type) {
            case "Point" -> {
                Coordinate xy = position(c);
                return new Target(name, country, xy.y, xy.x, pop, null, props);
            }
            case "Polygon", "MultiPolygon" -> {
                Geometry area = type.equals("Polygon") ? polygon(c) : multiPolygon(c);
                Point inside = area.getInteriorPoint();
                return new Target(name, country, inside.getY(), inside.getX(), pop, area, props);
            }
            default -> throw new IllegalArgumentException("geometry type " + Quote.excerpt(type)
                    + " is not supported (expected Point, Polygon or MultiPolygon)");
        }
    }

    /**
     * Names of the one CRS a target file may declare, WGS 84 longitude/latitude (compared without
     * regard to case): OGC CRS84 as GeoJSON 2008 writers (ogr2ogr) name it, and EPSG:4326, which
     * those writers also use for lon/lat.
     */
    private static final java.util.Set<String> LON_LAT_CRS = java.util.Set.of(
            "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84", "ogc:crs84", "crs84",
            "urn:ogc:def:crs:epsg::4326", "urn:ogc:def:crs:epsg:6.6:4326", "epsg:4326",
            "http://www.opengis.net/def/crs/ogc/1.3/crs84", "http://www.opengis.net/def/crs/epsg/0/4326");

    /**
     * Refuses a {@code "crs"} member that names anything but WGS 84 longitude/latitude. RFC 7946 §4
     * removed the member: positions are WGS 84 lon/lat, and a file whose member names a projected
     * CRS (EPSG:3857, a UTM zone) holds metres that would be read as degrees, giving a wrong report
     * without a word.
     *
     * @param where "" for the collection, or e.g. "feature 3 "
     * @throws TargetFormatException naming the member, its CRS and the line
     */
    static void checkCrs(String source, long line, String where, JsonNode crs) {
        if (crs == null || crs.isNull()) {
            return;
        }
        String name = crs.path("properties").path("name").asText("");
        if (crs.path("type").asText("").equals("name")
                && LON_LAT_CRS.contains(name.strip().toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        String shown = name.isEmpty() ? crs.toString() : name;
        if (shown.length() > 80) {
            shown = shown.substring(0, 80) + "\u2026";
        }
        throw new TargetFormatException(source + ":" + line + ": " + where + "member \"crs\" names " + shown
                + "; GeoJSON positions must be WGS 84 longitude/latitude (RFC 7946 section 4): reproject the "
                + "file to EPSG:4326 and drop the member");
    }

    /** Jackson guesses UTF-16 or UTF-32 from zero bytes and then finds no such text. */
    private static final String NOT_UTF8 = "not UTF-8 text (GeoJSON files are UTF-8, RFC 8259 section 8.1)";

    private static final String TOO_DEEP = "JSON nested deeper than " + MAX_NESTING_DEPTH
            + " levels (the limit for target files)";

    private static boolean tooDeep(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e instanceof StreamConstraintsException && e.getMessage() != null
                && e.getMessage().contains("nesting depth");
    }

    /**
     * The line of a JSON error: where the exception says, or where the parser stands when the
     * exception carries no location (Jackson's read-constraint errors, e.g. a number of more than
     * 1,000 digits), or 0 before the parser exists.
     */
    private static long lineOf(com.fasterxml.jackson.core.JsonProcessingException e, JsonParser p) {
        if (e.getLocation() != null) {
            return e.getLocation().getLineNr();
        }
        return p == null ? 0 : p.currentLocation().getLineNr();
    }

    /** The ends (lon, lon) of the first polygon edge whose longitude changes by more than 180°, or null. */
    static double[] longitudeJump(Geometry area) {
        for (int i = 0; i < area.getNumGeometries(); i++) {
            Polygon p = (Polygon) area.getGeometryN(i);
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] cs = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    if (Math.abs(cs[k].x - cs[k - 1].x) > ANTIMERIDIAN_JUMP_DEG) {
                        return new double[] {cs[k - 1].x, cs[k].x};
                    }
                }
            }
        }
        return null;
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String take(Map<String, String> props, String... keys) {
        for (String k : keys) {
            String v = props.get(k);
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    private static Coordinate position(JsonNode c) {
        if (c == null || !c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new IllegalArgumentException("position " + c + " is not [lon, lat]");
        }
        double lon = c.get(0).asDouble();
        double lat = c.get(1).asDouble();
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 360)) {
            throw new IllegalArgumentException("position [" + lon + ", " + lat + "] is outside lon [-180, 360], lat [-90, 90]");
        }
        return new Coordinate(lon, lat);
    }

    private static Polygon polygon(JsonNode rings) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GF.createPolygon(shell, holes);
    }

    private static Geometry multiPolygon(JsonNode polys) {
        if (polys == null || !polys.isArray() || polys.isEmpty()) {
            throw new IllegalArgumentException("multipolygon has no polygons");
        }
        Polygon[] ps = new Polygon[polys.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = polygon(polys.get(i));
        }
        return GF.createMultiPolygon(ps);
    }

    private static LinearRing ring(JsonNode pts) {
        if (pts == null || !pts.isArray() || pts.size() < 4) {
            throw new IllegalArgumentException("polygon ring needs at least 4 positions");
        }
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(pts.get(i));
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException("polygon ring is not closed");
        }
        return GF.createLinearRing(cs);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
