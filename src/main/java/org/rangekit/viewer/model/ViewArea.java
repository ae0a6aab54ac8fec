package org.rangekit.viewer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.api.AreaOrigin;
import org.rangekit.api.AreaRanges;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.AreaBuffer;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapContent;
import org.rangekit.scenario.Scenario;
import org.rangekit.scenario.Targets;

/**
 * An area the viewer measures its ranges from instead of sites ({@code view --from-area},
 * {@code --from-country}, a scenario's {@code area:}): the area read, and the {@code area:} value of
 * a saved scenario that reads the same area again, under the same name, so that {@code rangekit run}
 * on it draws and counts exactly what the viewer shows.
 *
 * <p>The buffers of the map ({@link AreaRanges#buffers} at {@link AreaRanges#MAP_TOLERANCE_M}) depend
 * only on the area and each range; they are kept per range, so that panning and zooming trace
 * nothing and a moved ring traces its own buffer only. Equality: by the {@code area:} value (the
 * same source, name and earth).
 *
 * <p>Thread safety: thread-safe (the kept buffers are guarded by their map's lock).
 */
public final class ViewArea {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AreaOrigin origin;
    private final String yaml;

    private ViewArea(AreaOrigin origin, ObjectNode spec) {
        spec.put("name", origin.name());
        this.origin = origin;
        try {
            this.yaml = JSON.writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A country of the embedded Natural Earth 50m data, or its part containing a point, as
     * {@code --from-country CODE [--part-containing LAT,LON]} reads it.
     *
     * @throws IllegalArgumentException for an unknown country or a point in none of its parts
     */
    public static ViewArea country(String code, GeoPoint partContaining, EarthModel earth) {
        return country(AreaOrigin.country(code, partContaining, earth), code, partContaining);
    }

    /** A country or its part already read ({@link AreaOrigin#country}) from {@code code} and {@code partContaining}. */
    public static ViewArea country(AreaOrigin o, String code, GeoPoint partContaining) {
        ObjectNode n = JSON.createObjectNode().put("country", code);
        if (partContaining != null) {
            n.put("part_containing", java.math.BigDecimal.valueOf(partContaining.latDeg()).toPlainString() + ","
                    + java.math.BigDecimal.valueOf(partContaining.lonDeg()).toPlainString());
        }
        return new ViewArea(o, n);
    }

    /**
     * An area file as {@code --from-area FILE} reads it; a saved scenario names it by its absolute path.
     *
     * @param name how outputs name the area (the file name as given)
     */
    public static ViewArea file(String name, Path file, EarthModel earth) {
        return file(AreaOrigin.file(name, file, earth), file);
    }

    /** An area file already read ({@link AreaOrigin#file}) from {@code file}. */
    public static ViewArea file(AreaOrigin o, Path file) {
        return new ViewArea(o, JSON.createObjectNode().put("file", file.toAbsolutePath().normalize().toString()));
    }

    /**
     * The area of a scenario read from {@code file}: its {@code area:} value kept as written, a file
     * named in it made absolute, the name it was read under added.
     *
     * @param s the scenario read from {@code file}, with an area
     */
    public static ViewArea ofScenario(Scenario s, Path file) {
        AreaOrigin o = AreaOrigin.of(s.area().name(), s.area().area());
        JsonNode node;
        try {
            node = YAML.readTree(file.toFile()).get("area");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path folder = file.toAbsolutePath().getParent();
        ObjectNode spec;
        if (node.isTextual()) {
            spec = JSON.createObjectNode().put("file", node.asText());
        } else {
            spec = ((ObjectNode) node).deepCopy();
        }
        if (spec.has("file")) {
            spec.put("file", folder.resolve(spec.get("file").asText()).normalize().toString());
        }
        return new ViewArea(o, spec);
    }

    /** The area and how outputs name it. */
    public AreaOrigin origin() {
        return origin;
    }

    /** The value of a scenario's {@code area:} key that reads this area again: a one-line YAML flow mapping. */
    public String yaml() {
        return yaml;
    }

    /** The content of a map of ranges from the area ({@link AreaRanges#mapContent}), as {@code map --from-area} draws it. */
    public MapContent mapContent(ThresholdSet set, Targets marked) {
        return AreaRanges.mapContent(origin, set, marked, buffers(set));
    }

    /**
     * The map buffers of the area at the ranges of {@code set}: {@link AreaRanges#buffers} at
     * {@link AreaRanges#MAP_TOLERANCE_M}, each range's buffer traced once and kept (the
     * {@value #KEPT_BUFFERS} most recently used), so that a moved ring traces only its own buffer.
     */
    List<Geometry> buffers(ThresholdSet set) {
        AreaRanges.tooFar(set).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        List<Geometry> out = new java.util.ArrayList<>();
        for (org.rangekit.range.Threshold t : set.thresholds()) {
            Geometry g;
            synchronized (kept) {
                g = kept.get(t.radiusMeters());
            }
            if (g == null) {
                // The buffer AreaRanges.buffers traces for this range.
                g = AreaBuffer.polygon(origin.area(), t.radiusMeters(), AreaRanges.MAP_TOLERANCE_M);
                synchronized (kept) {
                    kept.put(t.radiusMeters(), g);
                }
            }
            out.add(g);
        }
        return out;
    }

    /** Buffers kept: the rings of a few slider positions. */
    static final int KEPT_BUFFERS = 16;

    private final java.util.Map<Double, Geometry> kept = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Double, Geometry> eldest) {
            return size() > KEPT_BUFFERS;
        }
    };

    @Override
    public boolean equals(Object o) {
        return o instanceof ViewArea a && a.yaml.equals(yaml) && a.origin.area().earth() == origin.area().earth();
    }

    @Override
    public int hashCode() {
        return yaml.hashCode();
    }

    @Override
    public String toString() {
        return origin.name();
    }
}
