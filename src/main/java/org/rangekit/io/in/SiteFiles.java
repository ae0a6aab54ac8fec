package org.rangekit.io.in;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Site;

/**
 * Reads launch sites from a file, by its extension: the catalog's CSV ({@code .csv}, columns
 * {@code id,name,lat,lon,uncertainty_km,source,notes}, parsed by {@link SiteCatalog}, one grammar),
 * or the overlay CSV rangekit writes (first column {@code WKT}, one row per feature), GeoJSON
 * ({@code .geojson}, {@code .json}), KML or KMZ ({@code .kml}, {@code .kmz}, by {@link KmlPoints}),
 * GeoPackage ({@code .gpkg}, by {@link GpkgPoints}) or FlatGeobuf ({@code .fgb}, by {@link FgbPoints}).
 *
 * <p>In the overlay CSV, GeoJSON, KML, GeoPackage and FlatGeobuf each Point feature is a site, read from the properties rangekit
 * writes for sites: {@code site} (the id; also {@code id}), {@code site_name} (also {@code name},
 * and a KML placemark's {@code <name>}), {@code uncertainty_km} (kilometres, default 0) and
 * {@code source} (default: the file's name); the position is the point's own. A feature without an
 * id gets a slug of its name ({@code "Kapustin Yar"} → {@code kapustin-yar}). Features that are not
 * points (rings, radials written alongside the sites) are skipped. An id given twice is bad input.
 *
 * <p>Errors are {@link IllegalArgumentException}s with a one-line message naming the file (as
 * {@code label} gives it) and what was wrong. Thread-safe (stateless).
 */
public final class SiteFiles {

    /** The extensions read, in the order messages list them. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".geojson", ".json", ".kml", ".kmz", ".gpkg",
            ".fgb");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteFiles() {
    }

    /**
     * Reads the sites of a file.
     *
     * @param file the file
     * @param label how messages name it, e.g. {@code --sites-file 'sites.kml'}
     * @return the sites in file order, at least one
     * @throws IllegalArgumentException one line naming the file and what is wrong
     * @throws IOException when the file cannot be read
     */
    public static List<Site> read(Path file, String label) throws IOException {
        return readLayer(file, null, label);
    }

    /**
     * Reads the sites of a file named as people type it: a path, or {@code FILE.gpkg:LAYER} for one
     * layer of a GeoPackage ({@link GpkgPoints.LayerPath}), relative to {@code folder}.
     *
     * @param folder what a relative path is relative to ({@code Path.of("")}: the working directory)
     * @param spec the file as typed
     * @param label how messages name it
     * @throws IllegalArgumentException as {@link #read(Path, String)}, and for a layer the GeoPackage does not hold
     */
    public static List<Site> read(Path folder, String spec, String label) throws IOException {
        GpkgPoints.LayerPath lp = GpkgPoints.LayerPath.parse(spec);
        return readLayer(folder.resolve(lp.file()), lp.layer(), label);
    }

    private static List<Site> readLayer(Path file, String layer, String label) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(at(label) + "no such file");
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String source = file.getFileName().toString();
        List<Site> sites;
        if (n.endsWith(".csv")) {
            sites = csv(file, label, source);
        } else if (n.endsWith(".geojson") || n.endsWith(".json")) {
            sites = geoJson(file, label, source);
        } else if (n.endsWith(".kml") || n.endsWith(".kmz")) {
            sites = kml(file, label, source);
        } else if (n.endsWith(".gpkg")) {
            sites = new ArrayList<>();
            int i = 0;
            for (GpkgPoints.Row r : GpkgPoints.read(file, label, "sites", layer)) {
                sites.add(site(label, "feature " + (++i), r.properties(), "", r.latDeg(), r.lonDeg(), source));
            }
        } else if (n.endsWith(".fgb")) {
            sites = new ArrayList<>();
            int i = 0;
            for (GpkgPoints.Row r : FgbPoints.read(file, label)) {
                sites.add(site(label, "feature " + (++i), r.properties(), "", r.latDeg(), r.lonDeg(), source));
            }
        } else {
            throw new IllegalArgumentException(at(label) + "unknown file type; expected a name ending in "
                    + String.join(", ", EXTENSIONS));
        }
        if (sites.isEmpty()) {
            throw new IllegalArgumentException(at(label) + "no sites (Point features) found");
        }
        Set<String> ids = new HashSet<>();
        for (Site s : sites) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException(at(label) + "site id '" + s.id() + "' appears twice");
            }
        }
        return sites;
    }

    /**
     * The sites of a file added after sites given before (on the command line, or a scenario's
     * {@code sites}): the one rule of {@code --sites-file} and {@code sites_file}, each site once.
     *
     * @param before the sites given before, in order
     * @param fromFile the file's sites ({@link #read})
     * @param label how messages name the file, e.g. {@code --sites-file 'a.kml'}
     * @throws IllegalArgumentException when a file site is the same site as one before ({@link Site#isSameSiteAs})
     */
    public static List<Site> appended(List<Site> before, List<Site> fromFile, String label) {
        List<Site> out = new ArrayList<>(before);
        for (Site s : fromFile) {
            for (Site prev : out) {
                if (prev.isSameSiteAs(s)) {
                    throw new IllegalArgumentException(at(label) + "site '" + s.id() + "' is the same site as '"
                            + prev.id() + "', given before; give each site once");
                }
            }
            out.add(s);
        }
        return out;
    }

    private static List<Site> csv(Path file, String label, String source) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = SiteCatalog.Csv.parse(new java.io.BufferedReader(r));
            if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).equals(WKT_COLUMN)) {
                return csvWkt(rows, label, source);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(at(label) + "not UTF-8 text", e);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SiteCatalog.read(r).sites();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at(label) + "" + e.getMessage().replace("site catalog", "sites CSV")
                    + " (or WKT,... as rangekit writes overlays)", e);
        }
    }

    /** Name of the geometry column of the CSV overlays rangekit writes (as {@code io.out.CsvWktWriter}). */
    private static final String WKT_COLUMN = "WKT";

    /** Rows of a CSV with a {@code WKT} geometry column: every POINT row is a site. */
    private static List<Site> csvWkt(List<List<String>> rows, String label, String source) {
        List<String> head = rows.get(0);
        org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader();
        List<Site> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String where = "row " + (i + 1);
            if (row.size() != head.size()) {
                throw new IllegalArgumentException(at(label) + where + " has " + row.size() + " fields, expected "
                        + head.size() + " as the header");
            }
            org.locationtech.jts.geom.Geometry g;
            try {
                g = wkt.read(row.get(0));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalArgumentException(at(label) + where + ": WKT '" + row.get(0)
                        + "': expected well-known text such as POINT (lon lat)", e);
            }
            if (!(g instanceof org.locationtech.jts.geom.Point p) || p.isEmpty()) {
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            for (int c = 1; c < head.size(); c++) {
                props.put(head.get(c), row.get(c));
            }
            out.add(site(label, where, props, "", p.getY(), p.getX(), source));
        }
        return out;
    }

    private static List<Site> geoJson(Path file, String label, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(at(label) + "not valid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new IllegalArgumentException(at(label) + "expected a GeoJSON FeatureCollection");
        }
        List<Site> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.get("features")) {
            i++;
            JsonNode g = f.path("geometry");
            if (!"Point".equals(g.path("type").asText())) {
                continue;
            }
            JsonNode c = g.path("coordinates");
            if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                throw new IllegalArgumentException(at(label) + "feature " + i
                        + ": expected Point coordinates [longitude, latitude] in degrees");
            }
            Map<String, String> props = new LinkedHashMap<>();
            f.path("properties").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull() && !e.getValue().isContainerNode()) {
                    props.put(e.getKey(), e.getValue().asText());
                }
            });
            out.add(site(label, "feature " + i, props, "", c.get(1).asDouble(), c.get(0).asDouble(), source));
        }
        return out;
    }

    private static List<Site> kml(Path file, String label, String source) throws IOException {
        List<Site> out = new ArrayList<>();
        try (KmlPoints k = KmlPoints.open(file, label)) {
            KmlPoints.Placemark p;
            while ((p = k.next()) != null) {
                out.add(site(label, "line " + p.line(), p.data(), p.name(), p.latDeg(), p.lonDeg(), source));
            }
        }
        return out;
    }

    /** A site from a feature's properties and point; {@code where} names the feature in messages. */
    static Site site(String label, String where, Map<String, ?> props, String fallbackName, double latDeg,
            double lonDeg, String defaultSource) {
        if (!(latDeg >= -90 && latDeg <= 90) || !(lonDeg >= -180 && lonDeg <= 180)) {
            throw new IllegalArgumentException(at(label) + "" + where + ": coordinates " + lonDeg + "," + latDeg
                    + ": expected longitude in [-180, 180] and latitude in [-90, 90] degrees");
        }
        String name = first(props, "site_name", "name");
        if (name.isEmpty()) {
            name = fallbackName == null ? "" : fallbackName.strip();
        }
        String id = first(props, "site", "id");
        if (id.isEmpty()) {
            id = slug(name);
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException(at(label) + "" + where + ": a site needs an id ('site' or 'id') or a name");
        }
        if (name.isEmpty()) {
            name = id;
        }
        String u = first(props, "uncertainty_km");
        double uncertaintyKm = 0;
        if (!u.isEmpty()) {
            try {
                uncertaintyKm = Double.parseDouble(u);
            } catch (NumberFormatException e) {
                uncertaintyKm = Double.NaN;
            }
            if (!(uncertaintyKm >= 0) || Double.isInfinite(uncertaintyKm)) {
                throw new IllegalArgumentException(at(label) + "" + where + ": uncertainty_km '" + u
                        + "': expected a number >= 0 (kilometres)");
            }
        }
        String source = first(props, "source");
        return new Site(id, name, new GeoPoint(latDeg, lonDeg), source.isEmpty() ? defaultSource : source,
                uncertaintyKm);
    }

    private static String first(Map<String, ?> props, String... keys) {
        for (String k : keys) {
            Object v = props.get(k);
            if (v != null && !v.toString().isBlank()) {
                return v.toString().strip();
            }
        }
        return "";
    }

    /** Lower case, runs of anything but letters and digits as one dash: {@code "Kapustin Yar"} → {@code kapustin-yar}. */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** The file's label as a message prefix ({@code "LABEL: "}), or nothing for an empty label. */
    static String at(String label) {
        return label == null || label.isEmpty() ? "" : label + ": ";
    }
}
