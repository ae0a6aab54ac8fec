package org.rangekit.viewer.model;

/**
 * The comparison the viewer shows: the state's first range against a second one (the INF case:
 * 480 km, the claimed 9M729 range, against the treaty's 500 km).
 *
 * @param baseKm the state's first range (km)
 * @param vsKm the range compared with it (km)
 */
public record Comparison(double baseKm, double vsKm) {

    /** The comparison of a state whose {@code compareKm} is set. */
    public static Comparison of(ViewState s) {
        if (Double.isNaN(s.compareKm())) {
            throw new IllegalArgumentException("the state has no comparison range");
        }
        return new Comparison(s.rangesKm().get(0), s.compareKm());
    }

    /** The shorter of the two (km). */
    public double narrowerKm() {
        return Math.min(baseKm, vsKm);
    }

    /** The longer of the two (km). */
    public double widerKm() {
        return Math.max(baseKm, vsKm);
    }

    /** Whether a place needing {@code neededKm} lies between the two: reached by the longer only. */
    public boolean adds(double neededKm) {
        return neededKm > narrowerKm() && neededKm <= widerKm();
    }
}
