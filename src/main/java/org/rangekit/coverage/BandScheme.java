package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.rangekit.range.Interval;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * An ordered list of disjoint bands against which distances are classified, e.g. the INF
 * Treaty's shorter and intermediate ranges, or a single disc for {@code --range 480}.
 *
 * <p>Bands may leave gaps (INF has none between 500 km and 5,500 km, but nothing below 500 km)
 * and must not overlap: at most one band holds any distance. A distance in no band classifies
 * as {@link #NONE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BandScheme {

    /** Band index of a distance that lies in no band. */
    public static final int NONE = -1;

    private final String name;
    private final List<BandRule> bands;
    private final double[] edgesMeters;

    /**
     * @param name scheme name written in outputs, e.g. {@code "inf"} or {@code "range 480 km"}
     * @param bands the bands, disjoint, in any order (kept in the order of their inner edges)
     */
    public BandScheme(String name, List<BandRule> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("a band scheme needs at least one band");
        }
        List<BandRule> sorted = new ArrayList<>(bands);
        sorted.sort((p, q) -> Double.compare(p.innerMeters(), q.innerMeters()));
        for (int i = 1; i < sorted.size(); i++) {
            BandRule prev = sorted.get(i - 1);
            BandRule cur = sorted.get(i);
            boolean overlap = prev.outerMeters() > cur.innerMeters()
                    || (prev.outerMeters() == cur.innerMeters() && prev.outerInclusive() && cur.innerInclusive());
            if (overlap) {
                throw new IllegalArgumentException("bands must not overlap: " + prev.label() + " and " + cur.label());
            }
        }
        TreeSet<Double> edges = new TreeSet<>();
        for (BandRule b : sorted) {
            // An inclusive inner edge at 0 excludes nothing, so it is not an edge to classify against.
            if (!(b.innerMeters() == 0 && b.innerInclusive())) {
                edges.add(b.innerMeters());
            }
            edges.add(b.outerMeters());
        }
        this.name = name == null ? "" : name;
        this.bands = List.copyOf(sorted);
        this.edgesMeters = edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A scheme of one disc {@code [0, radius]}, both edges inclusive. */
    public static BandScheme disc(String name, double radiusMeters) {
        return new BandScheme(name, List.of(BandRule.disc(name, radiusMeters)));
    }

    /**
     * The bands between consecutive ranges of a threshold set: [0, r₁], then (rᵢ, rᵢ₊₁] or
     * [rᵢ, rᵢ₊₁) …, up to the largest range; beyond it a target is in no band.
     *
     * <p>Which band holds a distance equal to a range follows the set's categories: where a
     * category starts at that range, the edge belongs to the side of the category that includes
     * it (INF, Art. II §5–6: 500 km opens the shorter range, so 500 km belongs to 500–1000 km;
     * 1000 km closes it, so 1000 km belongs to 500–1000 km, not to 1000–5500 km). At a range that
     * is no category edge (e.g. 480 km), and at the largest range, the disc is closed: the edge
     * belongs to the inner band (so {@code --range 500} holds a point at exactly 500 km).
     * Each band's category is {@link ThresholdSet#categoryOfBand(double, double)}.
     */
    public static BandScheme of(ThresholdSet set) {
        List<Threshold> ts = set.thresholds();
        List<BandRule> rules = new ArrayList<>();
        double inner = 0;
        boolean innerInclusive = true;
        for (int i = 0; i < ts.size(); i++) {
            double outer = ts.get(i).radiusKm();
            // Nothing lies beyond the largest range, so its edge closes the last band.
            boolean edgeGoesUp = i < ts.size() - 1 && edgeBelongsToUpperSide(set, outer);
            String label = KmFormat.band(inner, outer);
            rules.add(new BandRule(label, set.categoryOfBand(inner, outer),
                    new Interval(inner, innerInclusive, outer, !edgeGoesUp)));
            inner = outer;
            innerInclusive = edgeGoesUp;
        }
        return new BandScheme(set.name(), rules);
    }

    private static boolean edgeBelongsToUpperSide(ThresholdSet set, double km) {
        return set.categorySet().edgeGoesUp(km).orElse(false);
    }

    public String name() {
        return name;
    }

    /** The bands, ordered by inner edge. */
    public List<BandRule> bands() {
        return bands;
    }

    /** Number of bands. */
    public int size() {
        return bands.size();
    }

    /** The band at {@code index} (0-based, ordered by inner edge). */
    public BandRule band(int index) {
        return bands.get(index);
    }

    /** The distinct distances (metres) at which membership can change, ascending. */
    public double[] edgesMeters() {
        return edgesMeters.clone();
    }

    /** The largest outer edge (metres). */
    public double maxOuterMeters() {
        return edgesMeters[edgesMeters.length - 1];
    }

    /**
     * The exact classification: the index of the band holding {@code distanceMeters}, or
     * {@link #NONE}.
     *
     * @param distanceMeters geodesic distance from the site (metres)
     */
    public int bandOf(double distanceMeters) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(distanceMeters)) {
                return i;
            }
        }
        return NONE;
    }

    @Override
    public String toString() {
        return "BandScheme[" + name + ", " + bands + "]";
    }
}
