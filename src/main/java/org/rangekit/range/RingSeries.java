package org.rangekit.range;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.text.Quote;

/**
 * The one rule for the range sets people ask for by a step or by a minimum and a maximum, shared by
 * the command line ({@code --interval 500km --count 11}, {@code --min-range 50km --max-range 400km})
 * and scenario files ({@code interval: 500km} with {@code count: 11}, {@code min_range}/{@code max_range}):
 * <ul>
 * <li>{@link #every}: rings every step, {@code count} of them (1 to {@value #MAX_COUNT}): 500, 1,000 … 5,500 km;</li>
 * <li>{@link #minMax}: a maximum ring, and with a minimum the band between them, as ArcGIS draws
 *     a system's minimum and maximum range; the minimum must be smaller.</li>
 * </ul>
 * Lengths follow {@link Lengths} (bare numbers in km). Each caller names its fields (an option or
 * a YAML key), and the errors are {@link IllegalArgumentException}s of the form
 * {@code NAME 'VALUE': WHAT}, worded the same for both. Thread-safe (stateless).
 */
public final class RingSeries {

    /** Most rings a count draws. */
    public static final int MAX_COUNT = 100;

    private RingSeries() {
    }

    /**
     * Rings every {@code step}, {@code count} of them: step × 1, step × 2, … step × count.
     *
     * @param stepName the field of the step in messages, e.g. {@code --interval} or {@code interval}
     * @param step the step as typed ({@code 500km}, {@code 300mi}, {@code 500})
     * @param countName the field of the count, e.g. {@code --count} or {@code count}
     * @param count the number of rings as typed
     * @param categories the categories the rings are sorted into ({@link CategorySet#inf()} unless the caller has its own)
     * @throws IllegalArgumentException {@code NAME 'VALUE': WHAT} for a bad step or count
     */
    public static ThresholdSet every(String stepName, String step, String countName, String count,
            CategorySet categories) {
        double stepKm = Lengths.parseMeters(stepName, step, LengthUnit.KM) / 1000;
        int n = count(countName, count);
        List<Double> km = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            km.add(stepKm * i);
        }
        try {
            return ThresholdSet.custom(km, categories);
        } catch (IllegalArgumentException e) {
            throw error(stepName, step, e.getMessage());
        }
    }

    /**
     * A maximum ring, and with a minimum the two rings that bound the band between them.
     *
     * @param minName the field of the minimum in messages, e.g. {@code --min-range} or {@code min_range}
     * @param min the minimum as typed, or null for the maximum alone
     * @param maxName the field of the maximum, e.g. {@code --max-range} or {@code max_range}
     * @param max the maximum as typed
     * @param categories the categories the rings are sorted into
     * @throws IllegalArgumentException {@code NAME 'VALUE': WHAT} for a bad length, or a minimum not below the maximum
     */
    public static ThresholdSet minMax(String minName, String min, String maxName, String max,
            CategorySet categories) {
        double maxKm = Lengths.parseMeters(maxName, max, LengthUnit.KM) / 1000;
        if (min == null) {
            return ThresholdSet.custom(List.of(maxKm), categories);
        }
        double minKm = Lengths.parseMeters(minName, min, LengthUnit.KM) / 1000;
        if (!(minKm < maxKm)) {
            throw error(minName, min, "must be smaller than " + maxName + " " + max);
        }
        return ThresholdSet.custom(List.of(minKm, maxKm), categories);
    }

    private static int count(String name, String text) {
        int n;
        try {
            n = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_COUNT) {
            throw error(name, text, "expected a whole number of rings from 1 to " + MAX_COUNT);
        }
        return n;
    }

    private static IllegalArgumentException error(String name, String value, String what) {
        return new IllegalArgumentException(name + " " + Quote.of(value == null ? "" : value) + ": " + what);
    }
}
