package org.rangekit.io.in;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Site;
import org.rangekit.text.EditDistance;

/**
 * The catalog of launch sites shipped in {@code data/sites.csv} (classpath resource
 * {@value #RESOURCE}).
 *
 * <p>CSV per RFC 4180 (UTF-8, header {@code id,name,lat,lon,uncertainty_km,source,notes}, fields
 * with commas or quotes in double quotes). Every row must state its source and an uncertainty.
 *
 * <p>Immutable after loading; thread-safe.
 */
public final class SiteCatalog {

    /** Classpath location of the shipped catalog. */
    public static final String RESOURCE = "org/rangekit/data/sites.csv";

    private static final List<String> HEADER = List.of("id", "name", "lat", "lon", "uncertainty_km", "source", "notes");

    private static volatile SiteCatalog builtIn;

    private final Map<String, Entry> entries;

    private SiteCatalog(List<Entry> rows) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : rows) {
            if (m.put(e.site().id(), e) != null) {
                throw new IllegalArgumentException("site id '" + e.site().id() + "' appears twice in the catalog");
            }
        }
        this.entries = Collections.unmodifiableMap(m);
    }

    /** The catalog shipped with rangekit, loaded once from the classpath. */
    public static SiteCatalog builtIn() {
        SiteCatalog c = builtIn;
        if (c == null) {
            try (InputStream in = SiteCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("site catalog resource " + RESOURCE + " is missing from the classpath");
                }
                c = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            builtIn = c;
        }
        return c;
    }

    /** Parses a catalog in the CSV format described above. */
    public static SiteCatalog read(Reader reader) throws IOException {
        List<List<String>> rows = Csv.parse(new BufferedReader(reader));
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("site catalog must start with the header " + String.join(",", HEADER)
                    + ", got " + (rows.isEmpty() ? "an empty file" : String.join(",", rows.get(0))));
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            if (r.size() != HEADER.size()) {
                throw new IllegalArgumentException("site catalog row " + line + " has " + r.size()
                        + " fields, expected " + HEADER.size());
            }
            if (r.get(5).isBlank()) {
                throw new IllegalArgumentException("site catalog row " + line + " (" + r.get(0) + ") has no source");
            }
            try {
                Site s = new Site(r.get(0), r.get(1),
                        new GeoPoint(Double.parseDouble(r.get(2)), Double.parseDouble(r.get(3))),
                        r.get(5), Double.parseDouble(r.get(4)));
                out.add(new Entry(s, r.get(6)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("site catalog row " + line + " (" + r.get(0) + ") has a bad number: "
                        + e.getMessage(), e);
            }
        }
        return new SiteCatalog(out);
    }

    /** All sites in catalog order. */
    public List<Site> sites() {
        return entries.values().stream().map(Entry::site).toList();
    }

    /** All entries (site plus notes) in catalog order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Looks a site up by id. Case, surrounding blanks, and spaces or underscores in place of
     * dashes are forgiven ({@code "Kapustin Yar"} finds {@code kapustin-yar}).
     */
    public Optional<Site> find(String id) {
        Entry e = entries.get(normalize(id));
        return e == null ? Optional.empty() : Optional.of(e.site());
    }

    /**
     * Catalog ids close to {@code id}, best first: those within a small edit distance, or that
     * contain it or are contained in it. At most {@code max} results.
     */
    public List<String> suggestions(String id, int max) {
        String key = normalize(id);
        record Scored(String id, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries.values()) {
            String cand = e.site().id();
            String name = normalize(e.site().name());
            int d = Math.min(EditDistance.between(key, cand), EditDistance.between(key, name));
            boolean partial = key.length() >= 3 && (cand.contains(key) || key.contains(cand) || name.contains(key));
            int limit = Math.max(2, Math.min(4, cand.length() / 3));
            if (d <= limit || partial) {
                scored.add(new Scored(cand, partial ? Math.min(d, 1) : d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::id));
        return scored.stream().limit(max).map(Scored::id).toList();
    }

    static String normalize(String id) {
        return id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    /**
     * A catalog row: the site and free-text notes on what it is and how good its coordinates are.
     */
    public record Entry(Site site, String notes) {
    }

    /** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends. */
    static final class Csv {
        private Csv() {
        }

        static List<List<String>> parse(BufferedReader in) throws IOException {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = in.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int n = in.read();
                        if (n == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (n != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                    any = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    any = true;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    if (any || field.length() > 0) {
                        row.add(field.toString());
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                } else {
                    field.append(ch);
                    any = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("CSV ends inside a quoted field");
            }
            if (any || field.length() > 0) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
