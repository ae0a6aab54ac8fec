package org.rangekit.cli;

import java.util.stream.Collectors;

import org.rangekit.io.in.SystemCatalog;
import org.rangekit.range.CategorySet;
import org.rangekit.range.MissileSystem;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.RingSeries;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --range KM,KM,...}, {@code --preset NAME}, {@code --interval LENGTH --count N} or
 * {@code [--min-range LENGTH] --max-range LENGTH}, at most one: declare it in a command as
 * {@code @ArgGroup(exclusive = true, multiplicity = "0..1") RangeOptions ranges;} next to
 * {@code --system ID}, and read both with {@link #thresholds(RangeOptions, String)}. The rule of
 * {@code --interval}/{@code --count} and {@code --min-range}/{@code --max-range} is the core's
 * ({@link RingSeries}), shared with scenario files.
 */
final class RangeOptions {

    @Option(names = "--range", paramLabel = "KM,KM,...",
            description = "Ranges in km, comma-separated; units allowed (500km, 480000m); MIN..MAX for a range "
                    + "known as an interval of estimates (2350..2500km).")
    String range;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Built-in threshold set: inf (480, 500, 1000, 5500 km with the INF Treaty categories).")
    String preset;

    @ArgGroup(exclusive = false)
    Series series;

    @ArgGroup(exclusive = false)
    MinMax minMax;

    /** {@code --interval LENGTH --count N}: rings every LENGTH, N of them. */
    static final class Series {
        @Option(names = "--interval", required = true, paramLabel = "LENGTH",
                description = "With --count: rings every LENGTH (m, km, mi, nmi, ft; bare numbers in km): "
                        + "--interval 500km --count 11 gives 500, 1,000 … 5,500 km.")
        String interval;

        @Option(names = "--count", required = true, paramLabel = "N", description = "Number of rings for --interval.")
        String count;
    }

    /** {@code --min-range LENGTH --max-range LENGTH}: a minimum and a maximum ring, as ArcGIS draws them. */
    static final class MinMax {
        @Option(names = "--min-range", paramLabel = "LENGTH",
                description = "Minimum range ring (with --max-range), e.g. a system's minimum engagement range.")
        String min;

        @Option(names = "--max-range", required = true, paramLabel = "LENGTH",
                description = "Maximum range ring; with --min-range, the band between them.")
        String max;
    }

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
        if (series != null) {
            return core(() -> RingSeries.every("--interval", series.interval, "--count", series.count, CategorySet.inf()));
        }
        if (minMax != null) {
            return core(() -> RingSeries.minMax("--min-range", minMax.min, "--max-range", minMax.max, CategorySet.inf()));
        }
        java.util.List<RangeEstimate> estimates = Units.rangeListKm("--range", range);
        return Options.parsed("--range", range, () -> ThresholdSet.ofRanges(estimates, CategorySet.inf()));
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
                throw new BadInputException("give the ranges: --range KM,KM,..., --preset inf, --interval LENGTH --count N, "
                        + "--max-range LENGTH or --system ID");
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

    /** A core rule whose messages name the option and value themselves ({@link RingSeries}). */
    private static ThresholdSet core(java.util.function.Supplier<ThresholdSet> rule) {
        try {
            return rule.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** The option given, for messages about the ranges: {@code --range}, {@code --preset}, {@code --interval}, … */
    String option() {
        if (series != null) {
            return "--interval";
        }
        if (minMax != null) {
            return "--max-range";
        }
        return range != null ? "--range" : "--preset";
    }

    /** The value given to {@link #option()}. */
    String value() {
        if (series != null) {
            return series.interval + " --count " + series.count;
        }
        if (minMax != null) {
            return minMax.max;
        }
        return range != null ? range : preset;
    }
}
