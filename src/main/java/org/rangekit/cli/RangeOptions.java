package org.rangekit.cli;

import java.util.stream.Collectors;

import org.rangekit.io.in.SystemCatalog;
import org.rangekit.range.CategorySet;
import org.rangekit.range.MissileSystem;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

import picocli.CommandLine.Option;

/**
 * {@code --range KM,KM,...} or {@code --preset NAME}, exactly one: declare it in a command as
 * {@code @ArgGroup(exclusive = true, multiplicity = "1") RangeOptions ranges;}.
 */
final class RangeOptions {

    @Option(names = "--range", paramLabel = "KM,KM,...",
            description = "Ranges in km, comma-separated; units allowed (500km, 480000m); MIN..MAX for a range "
                    + "known as an interval of estimates (2350..2500km).")
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
        java.util.List<RangeEstimate> km = Units.rangeListKm("--range", range);
        return Options.parsed("--range", range, () -> ThresholdSet.ofRanges(km, CategorySet.inf()));
    }

    /**
     * The ranges of {@code --range}/{@code --preset} and {@code --system} together: the system's claimed
     * and estimated ranges ({@code data/systems.csv}) added to the others; at least one must be given.
     *
     * @param ranges the group, or null when neither {@code --range} nor {@code --preset} was given
     * @param system the {@code --system} value, or null
     */
    static ThresholdSet thresholds(RangeOptions ranges, String system) {
        ThresholdSet base = ranges == null ? null : ranges.thresholds();
        if (system == null) {
            if (base == null) {
                throw new BadInputException("give the ranges: --range KM,KM,..., --preset inf or --system ID");
            }
            return base;
        }
        SystemCatalog catalog = SystemCatalog.builtIn();
        MissileSystem ms = catalog.find(system).orElseThrow(() -> BadInputException.of("--system", system,
                "unknown missile system; expected one of " + String.join(", ", catalog.ids())));
        return Options.parsed("--system", system, () -> ms.ranges(base));
    }

    /** The option that gave the ranges, for messages. */
    static String option(RangeOptions ranges, String system) {
        return ranges == null ? "--system" : ranges.option();
    }

    /** The value of {@link #option(RangeOptions, String)}. */
    static String value(RangeOptions ranges, String system) {
        return ranges == null ? system : ranges.value();
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
