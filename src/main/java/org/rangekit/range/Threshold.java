package org.rangekit.range;

import java.math.BigDecimal;

/**
 * A named range that is drawn as a ring, e.g. 500 km, "INF lower limit".
 *
 * <p>Which side of the edge a range of exactly {@code radiusKm} belongs to is not a property of
 * the threshold but of the categories of its {@link ThresholdSet}.
 *
 * @param radiusKm the range (kilometres), finite and &gt; 0
 * @param name what the range means, e.g. {@code "INF lower limit"}; empty for a plain custom range
 */
public record Threshold(double radiusKm, String name) {

    public Threshold {
        if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
            throw new IllegalArgumentException("range must be a finite number > 0 km, got " + radiusKm);
        }
        name = name == null ? "" : name.strip();
    }

    /** The range in metres. */
    public double radiusMeters() {
        return radiusKm * 1000.0;
    }

    /** Display label: {@code "500 km — INF lower limit"}, or {@code "750 km"} for an unnamed range. */
    public String label() {
        String km = formatKm(radiusKm) + " km";
        return name.isEmpty() ? km : km + " — " + name;
    }

    /**
     * A kilometre value written without exponent and without trailing zeros ({@code 500},
     * {@code 480.5}); locale-independent so that outputs are byte-for-byte reproducible.
     */
    public static String formatKm(double km) {
        BigDecimal d = new BigDecimal(Double.toString(km)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
