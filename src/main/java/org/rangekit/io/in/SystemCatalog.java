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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rangekit.range.LengthUnit;
import org.rangekit.range.Lengths;
import org.rangekit.range.MissileSystem;
import org.rangekit.range.RangeEstimate;

/**
 * The catalog of missile systems shipped in {@code data/systems.csv} (classpath resource
 * {@value #RESOURCE}), kept by hand beside the site catalog ({@link SiteCatalog}).
 *
 * <p>CSV per RFC 4180 (UTF-8), header {@code system,aliases,name,figure,range,label,source,notes}, one
 * row per range figure: {@code figure} is {@code claimed} or {@code estimated}, {@code range} a length
 * or an interval {@code MIN..MAX} in the one range grammar ({@link Lengths#parseRangeKm}, km unless a
 * unit is given: {@code 480}, {@code 2350..2500}, {@code 1200mi}). Every figure must have a label and a
 * source; a system with no sourced figure has one row whose figure, range, label and source are empty
 * and whose notes say why. Rows of one system share its aliases (separated by {@code ;}) and name.
 *
 * <p>Immutable after loading; thread-safe.
 */
public final class SystemCatalog {

    /** Classpath location of the shipped catalog. */
    public static final String RESOURCE = "org/rangekit/data/systems.csv";

    private static final List<String> HEADER = List.of("system", "aliases", "name", "figure", "range", "label",
            "source", "notes");

    private static volatile SystemCatalog builtIn;

    private final Map<String, MissileSystem> systems;

    private SystemCatalog(Map<String, MissileSystem> systems) {
        this.systems = Collections.unmodifiableMap(systems);
    }

    /** The catalog shipped with rangekit, loaded once from the classpath. */
    public static SystemCatalog builtIn() {
        SystemCatalog c = builtIn;
        if (c == null) {
            try (InputStream in = SystemCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("system catalog resource " + RESOURCE + " is missing from the classpath");
                }
                c = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            builtIn = c;
        }
        return c;
    }

    /**
     * Parses a catalog in the CSV format described above.
     *
     * @throws IllegalArgumentException naming the row and what is wrong with it
     */
    public static SystemCatalog read(Reader reader) throws IOException {
        List<List<String>> rows = SiteCatalog.Csv.parse(new BufferedReader(reader));
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("system catalog must start with the header " + String.join(",", HEADER)
                    + ", got " + (rows.isEmpty() ? "an empty file" : String.join(",", rows.get(0))));
        }
        record Acc(String id, List<String> aliases, String name, List<MissileSystem.Figure> figures, List<String> notes) {
        }
        Map<String, Acc> acc = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            String where = "system catalog row " + line;
            if (r.size() != HEADER.size()) {
                throw new IllegalArgumentException(where + " has " + r.size() + " fields, expected " + HEADER.size());
            }
            String id = r.get(0).strip();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException(where + ": system id '" + id
                        + "' must be lower-case letters and digits separated by single dashes");
            }
            where += " (" + id + ")";
            List<String> aliases = r.get(1).isBlank() ? List.of()
                    : List.of(r.get(1).strip().split("\\s*;\\s*"));
            String name = r.get(2).strip();
            Acc a = acc.computeIfAbsent(id, k -> new Acc(k, aliases, name, new ArrayList<>(), new ArrayList<>()));
            if (!a.aliases().equals(aliases) || !a.name().equals(name)) {
                throw new IllegalArgumentException(where + ": aliases and name differ from the system's first row");
            }
            String figure = r.get(3).strip();
            String range = r.get(4).strip();
            String label = r.get(5).strip();
            String source = r.get(6).strip();
            String notes = r.get(7).strip();
            if (figure.isEmpty()) {
                if (!range.isEmpty() || !label.isEmpty() || !source.isEmpty()) {
                    throw new IllegalArgumentException(where + ": a row without a figure kind must have no range, "
                            + "label or source");
                }
                if (notes.isEmpty()) {
                    throw new IllegalArgumentException(where + ": a row without a figure must say why in its notes");
                }
            } else {
                MissileSystem.Kind kind = switch (figure) {
                    case "claimed" -> MissileSystem.Kind.CLAIMED;
                    case "estimated" -> MissileSystem.Kind.ESTIMATED;
                    default -> throw new IllegalArgumentException(where + ": figure '" + figure
                            + "': expected claimed or estimated");
                };
                if (source.isEmpty()) {
                    throw new IllegalArgumentException(where + ": range " + range + " has no source");
                }
                if (label.isEmpty()) {
                    throw new IllegalArgumentException(where + ": range " + range + " has no label");
                }
                RangeEstimate value = Lengths.parseRangeKm(where + " range", range, LengthUnit.KM);
                a.figures().add(new MissileSystem.Figure(kind, value.withLabel(label, source)));
            }
            if (!notes.isEmpty()) {
                a.notes().add(notes);
            }
        }
        Map<String, MissileSystem> out = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (Acc a : acc.values()) {
            MissileSystem s = new MissileSystem(a.id(), a.aliases(), a.name(), a.figures(), String.join(" ", a.notes()));
            out.put(a.id(), s);
            List<String> all = new ArrayList<>(a.aliases());
            all.add(0, a.id());
            for (String k : all) {
                String prev = keys.put(normalize(k), a.id());
                if (prev != null) {
                    throw new IllegalArgumentException("system key '" + k + "' names both " + prev + " and " + a.id());
                }
            }
        }
        SystemCatalog c = new SystemCatalog(out);
        c.keys.putAll(keys);
        return c;
    }

    private final Map<String, String> keys = new LinkedHashMap<>();

    /** All systems in catalog order. */
    public List<MissileSystem> systems() {
        return List.copyOf(systems.values());
    }

    /**
     * Looks a system up by id or alias; case and surrounding blanks are forgiven, and spaces or
     * underscores stand for dashes ({@code "SSC-8"}, {@code "Iskander M"}).
     */
    public Optional<MissileSystem> find(String key) {
        String id = keys.get(normalize(key));
        return id == null ? Optional.empty() : Optional.ofNullable(systems.get(id));
    }

    /** All ids, in catalog order, for messages. */
    public List<String> ids() {
        return List.copyOf(systems.keySet());
    }

    static String normalize(String key) {
        return key == null ? "" : key.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
