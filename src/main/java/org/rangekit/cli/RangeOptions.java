package org.rangekit.cli;

import java.util.stream.Collectors;

import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

import picocli.CommandLine.Option;

/**
 * {@code --range KM,KM,...} or {@code --preset NAME}, exactly one: declare it in a command as
 * {@code @ArgGroup(exclusive = true, multiplicity = "1") RangeOptions ranges;}.
 */
final class RangeOptions {

    @Option(names = "--range", paramLabel = "KM,KM,...",
            description = "Ranges in km, comma-separated; units allowed (500km, 480000m).")
    String range;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Built-in threshold set: inf (480, 500, 1000, 5500 km with the INF Treaty categories).")
    String preset;

    /** The options that give {@code set}: its preset name, or its ranges in km. */
    static RangeOptions of(ThresholdSet set) {
        RangeOptions o = new RangeOptions();
        if (set.name().equals("custom")) {
            o.range = set.thresholds().stream().map(t -> Threshold.formatKm(t.radiusKm()))
                    .collect(Collectors.joining(","));
        } else {
            o.preset = set.name();
        }
        return o;
    }

    /** The thresholds, checked; bad input names the option and its value. */
    ThresholdSet thresholds() {
        if (preset != null) {
            ThresholdSet set = ThresholdSet.preset(preset);
            if (set == null) {
                throw BadInputException.of("--preset", preset, "unknown preset; expected one of "
                        + String.join(", ", ThresholdSet.presetNames()));
            }
            return set;
        }
        java.util.List<Double> km = Units.rangesKm("--range", range);
        return Options.parsed("--range", range, () -> ThresholdSet.custom(km));
    }

    /** The option given, for messages about the ranges: {@code --range} or {@code --preset}. */
    String option() {
        return range != null ? "--range" : "--preset";
    }

    /** The value given to {@link #option()}. */
    String value() {
        return range != null ? range : preset;
    }
}
