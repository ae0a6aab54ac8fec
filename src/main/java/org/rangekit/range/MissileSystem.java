package org.rangekit.range;

import java.util.ArrayList;
import java.util.List;

/**
 * A missile system with its published range figures, each with its source: what a range map of
 * {@code --system 9m729} draws. A figure is claimed (given by the state that owns the system) or
 * estimated (given by others), and is a single value or an interval {@code MIN..MAX}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id catalog key, lower-case with dashes (e.g. {@code 9m729})
 * @param aliases other keys that find it (e.g. {@code ssc-8})
 * @param name display name, e.g. {@code "9M729 (SSC-8)"}
 * @param figures the range figures, each with a label and a source; may be empty when no figure has a source
 * @param notes what each figure rests on, and what was left out and why
 */
public record MissileSystem(String id, List<String> aliases, String name, List<Figure> figures, String notes) {

    /** Who gives a figure. */
    public enum Kind {
        /** Given by the state that owns the system (e.g. Russia's 480 km for the 9M729); drawn dashed. */
        CLAIMED,
        /** Given by another government, intelligence reported in the press, or analysts. */
        ESTIMATED
    }

    /**
     * One range figure.
     *
     * @param kind claimed or estimated
     * @param range the value or interval, with its label and source (never empty)
     */
    public record Figure(Kind kind, RangeEstimate range) {
        public Figure {
            if (kind == null || range == null) {
                throw new IllegalArgumentException("a figure needs a kind and a range");
            }
            if (range.source().isEmpty()) {
                throw new IllegalArgumentException("range figure " + range.plainText() + " km has no source");
            }
        }
    }

    public MissileSystem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("system id must not be blank");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("system name must not be blank, for id " + id);
        }
        aliases = List.copyOf(aliases);
        figures = List.copyOf(figures);
        notes = notes == null ? "" : notes.strip();
    }

    /**
     * The system's figures as ranges to draw, categorised by {@code base}'s categories and added to its
     * ranges ({@link ThresholdSet#merged}); with no base, alone with the INF Treaty's categories. A single
     * claimed value is a {@link Threshold.Role#CLAIMED} ring (dashed), a single estimate a plain one, an
     * interval an estimate band ({@link ThresholdSet#estimates()}).
     *
     * @param base ranges to add the system's to, or null
     * @throws IllegalArgumentException when the system has no figure
     */
    public ThresholdSet ranges(ThresholdSet base) {
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("system " + id + " has no range figure with a source: " + notes);
        }
        List<Threshold> fixed = new ArrayList<>();
        List<RangeEstimate> intervals = new ArrayList<>();
        for (Figure f : figures) {
            RangeEstimate r = f.range();
            if (r.isInterval()) {
                intervals.add(r);
            } else {
                fixed.add(new Threshold(r.minKm(), r.label(),
                        f.kind() == Kind.CLAIMED ? Threshold.Role.CLAIMED : Threshold.Role.PLAIN));
            }
        }
        if (base == null) {
            return ThresholdSet.merged(id, fixed, intervals, CategorySet.inf());
        }
        // The system's own figures win over a preset's threshold at the same range (INF's 480 km is the
        // same claim, now with the catalog's label).
        List<Threshold> kept = new ArrayList<>(fixed);
        for (Threshold t : base.thresholds()) {
            if (fixed.stream().noneMatch(x -> x.radiusKm() == t.radiusKm())) {
                kept.add(t);
            }
        }
        List<RangeEstimate> es = new ArrayList<>(base.estimates());
        es.addAll(intervals);
        return ThresholdSet.merged(base.name() + "+" + id, kept, es, base.categorySet());
    }
}
