package org.rangekit.io.in.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.rangekit.io.in.PlainDecimal;

/**
 * The basemap layers and cities shipped in {@code data/} (classpath prefix {@code org/rangekit/data/}).
 *
 * <h2>Contents</h2>
 * Natural Earth countries and land at 1:110m, 1:50m and 1:10m, coastlines and lakes at 1:110m and
 * 1:50m, GeoNames cities with population ≥ 5,000 plus every capital. All geometries are in lon/lat
 * degrees (x = longitude in [-180, 180], y = latitude), SRID 4326, valid read flat: the
 * antimeridian and South Pole repair is done when {@code data/} is built (see docs/data.md).
 * Outputs that use these data must carry {@link #attribution()}.
 *
 * <h2>Thread safety and caching</h2>
 * Every accessor loads its layer on first use and caches it for the life of the class loader;
 * concurrent first calls load once. Returned lists are unmodifiable. The JTS geometries are
 * shared: callers must not modify them (JTS geometries are mutable only through
 * {@code apply(CoordinateFilter)} and similar; copy first if needed).
 *
 * <h2>Cost</h2>
 * See docs/data.md for measured load times (50m countries: well under half a second cold).
 */
public final class EmbeddedData {

    /** Classpath prefix of the data files. */
    public static final String RESOURCE_PREFIX = "/org/rangekit/data/";

    /** Attribution text for every output derived from these data. */
    public static final String ATTRIBUTION = "Natural Earth; GeoNames";

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private EmbeddedData() {
    }

    /** "Natural Earth; GeoNames". */
    public static String attribution() {
        return ATTRIBUTION;
    }

    /**
     * Countries at the given scale, in the source's order (world-atlas).
     *
     * @param scale map scale
     * @return unmodifiable list: 177 countries at 110m, 241 at 50m, 255 at 10m
     */
    public static List<Country> countries(Scale scale) {
        return cached("countries-" + scale.label(), () -> {
            List<Country> out = new ArrayList<>();
            for (GeoJsonFeatureReader.Feature f : features("countries", scale)) {
                Map<String, Object> p = f.properties();
                out.add(new Country(intProp(p, "iso_n3"), strProp(p, "iso_a3"), strProp(p, "adm0_a3"),
                        strProp(p, "name"), strProp(p, "continent"), longProp(p, "pop_est"),
                        intProp(p, "pop_year"), f.geometry()));
            }
            return Collections.unmodifiableList(out);
        });
    }

    /** All land at the given scale as one MultiPolygon (lon/lat degrees). */
    public static Geometry land(Scale scale) {
        return cached("land-" + scale.label(), () -> polygons(features("land", scale)));
    }

    /**
     * Coastlines as one MultiLineString (lon/lat degrees).
     *
     * @throws IllegalArgumentException for {@link Scale#S10M}, which is not shipped
     */
    public static Geometry coastlines(Scale scale) {
        requireSmallScale("coastlines", scale);
        return cached("coastlines-" + scale.label(), () -> {
            List<GeoJsonFeatureReader.Feature> fs = features("coastlines", scale);
            List<LineString> lines = new ArrayList<>();
            for (GeoJsonFeatureReader.Feature f : fs) {
                for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                    lines.add((LineString) f.geometry().getGeometryN(i));
                }
            }
            return FACTORY.createMultiLineString(lines.toArray(new LineString[0]));
        });
    }

    /**
     * Lakes as one MultiPolygon (lon/lat degrees).
     *
     * @throws IllegalArgumentException for {@link Scale#S10M}, which is not shipped
     */
    public static Geometry lakes(Scale scale) {
        requireSmallScale("lakes", scale);
        return cached("lakes-" + scale.label(), () -> polygons(features("lakes", scale)));
    }

    /** Cities: GeoNames places with population ≥ 5,000 plus every capital (PPLC), by geonameid. */
    public static List<City> cities() {
        return cached("cities", () -> {
            try (InputStream in = open("cities.tsv")) {
                return Collections.unmodifiableList(cities(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Parses {@code cities.tsv} from its bytes: UTF-8, one city per line (LF, or CRLF), nine
     * tab-separated fields. The ids, populations and coordinates are read from the bytes
     * ({@link PlainDecimal}: the same doubles as {@link Double#parseDouble}); a value that is not
     * plain is parsed from its text, as it was when the file was read line by line. A city keeps
     * one string per country code and feature code (about 250 and a dozen), not one per city: the
     * list stays in memory, and every garbage collection walks it.
     *
     * @throws IOException when the header is not that of {@code scripts/build-data} or a line has
     *         other than nine fields
     */
    static List<City> cities(byte[] b) throws IOException {
        int n = b.length;
        int eol = lineEnd(b, 0);
        String header = new String(b, 0, trimCr(b, 0, eol), StandardCharsets.UTF_8);
        if (!header.startsWith("geonameid\tname\tcountry_code\t")) {
            throw new IOException("cities.tsv: unexpected header " + header);
        }
        List<City> out = new ArrayList<>(50_000);
        Map<String, String> codes = new HashMap<>();
        int[] at = new int[10];
        int line = 1;
        for (int i = eol + 1; i < n; ) {
            line++;
            int end = lineEnd(b, i);
            int stop = trimCr(b, i, end);
            int f = 0;
            at[0] = i;
            for (int k = i; k < stop && f < 9; k++) {
                if (b[k] == '\t') {
                    at[++f] = k + 1;
                }
            }
            if (f != 8) {
                throw new IOException("cities.tsv line " + line + ": expected 9 tab-separated fields, got " + (f + 1));
            }
            at[9] = stop + 1;
            out.add(new City(integer(b, at[0], at[1] - 1), new String(b, at[1], at[2] - 1 - at[1], StandardCharsets.UTF_8),
                    code(codes, b, at[2], at[3] - 1), decimal(b, at[4], at[5] - 1), decimal(b, at[5], at[6] - 1),
                    integer(b, at[6], at[7] - 1), code(codes, b, at[7], at[8] - 1),
                    at[9] - 1 - at[8] == 1 && b[at[8]] == '1'));
            i = end + 1;
        }
        return out;
    }

    /** Index of the LF ending the line that starts at {@code from}, or the array's length. */
    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return i;
    }

    /** {@code end} less a carriage return before it. */
    private static int trimCr(byte[] b, int from, int end) {
        return end > from && b[end - 1] == '\r' ? end - 1 : end;
    }

    private static long integer(byte[] b, int from, int to) {
        long v = PlainDecimal.digits(b, from, to);
        return v >= 0 ? v : Long.parseLong(new String(b, from, to - from, StandardCharsets.UTF_8));
    }

    private static double decimal(byte[] b, int from, int to) {
        double v = PlainDecimal.parse(b, from, to);
        return !Double.isNaN(v) ? v : Double.parseDouble(new String(b, from, to - from, StandardCharsets.UTF_8));
    }

    private static String code(Map<String, String> codes, byte[] b, int from, int to) {
        return codes.computeIfAbsent(new String(b, from, to - from, StandardCharsets.UTF_8), k -> k);
    }

    private static void requireSmallScale(String layer, Scale scale) {
        if (scale == Scale.S10M) {
            throw new IllegalArgumentException(layer + " are shipped at 110m and 50m only, got " + scale.label());
        }
    }

    private static Geometry polygons(List<GeoJsonFeatureReader.Feature> fs) {
        List<Polygon> polys = new ArrayList<>();
        for (GeoJsonFeatureReader.Feature f : fs) {
            for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                Geometry g = f.geometry().getGeometryN(i);
                if (!g.isEmpty()) {
                    polys.add((Polygon) g);
                }
            }
        }
        return FACTORY.createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    /** File name of a polygon layer: GeoJSON at 110m and 50m, FlatGeobuf at 10m. */
    static String fileName(String layer, Scale scale) {
        return layer + "-" + scale.label() + (scale == Scale.S10M ? ".fgb" : ".geojson");
    }

    private static List<GeoJsonFeatureReader.Feature> features(String layer, Scale scale) {
        String file = fileName(layer, scale);
        try (InputStream in = open(file)) {
            if (scale == Scale.S10M) {
                return FlatGeobufFeatureReader.read(in.readAllBytes(), FACTORY);
            }
            return new GeoJsonFeatureReader(FACTORY).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded " + file, e);
        }
    }

    /** Opens a data file from the classpath. */
    static InputStream open(String file) throws IOException {
        InputStream in = EmbeddedData.class.getResourceAsStream(RESOURCE_PREFIX + file);
        if (in == null) {
            throw new IOException("embedded data file " + RESOURCE_PREFIX + file
                    + " is not on the classpath (build with Maven so data/ is copied)");
        }
        return new java.io.BufferedInputStream(in, 1 << 16);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cached(String key, Supplier<T> loader) {
        Object v = CACHE.get(key);
        if (v == null) {
            // Per-key lock: concurrent first calls load once; other layers are not blocked.
            synchronized (lockFor(key)) {
                v = CACHE.get(key);
                if (v == null) {
                    v = loader.get();
                    CACHE.put(key, v);
                }
            }
        }
        return (T) v;
    }

    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private static Object lockFor(String key) {
        return LOCKS.computeIfAbsent(key, k -> new Object());
    }

    private static String strProp(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (v == null) {
            throw new IllegalStateException("embedded feature lacks property '" + key + "': " + p);
        }
        return v.toString();
    }

    private static long longProp(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalStateException("embedded feature property '" + key + "' is not a number: " + p);
        }
        return n.longValue();
    }

    private static int intProp(Map<String, Object> p, String key) {
        return Math.toIntExact(longProp(p, key));
    }
}
