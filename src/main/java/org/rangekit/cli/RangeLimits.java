package org.rangekit.cli;

import java.util.List;
import java.util.Optional;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * The range limits of {@link org.rangekit.geometry.RangeLimits} as bad input: the message is
 * prefixed with the option and the text that gave the ranges.
 */
final class RangeLimits {

    private RangeLimits() {
    }

    /** {@link #check(String, String, List, List, EarthModel)} for every range of {@code set}. */
    static void check(String option, String value, List<Site> sites, ThresholdSet set, EarthModel earth) {
        fail(option, value, org.rangekit.geometry.RangeLimits.violation(sites, set, earth));
    }

    /**
     * @param option the option that gave the ranges, for the message (e.g. {@code --range})
     * @param value the text given to it
     * @param sites the ring centres
     * @param radiiMeters the ranges (metres)
     * @param earth the earth model
     * @throws BadInputException naming the option, the site and its limit (km)
     */
    static void check(String option, String value, List<Site> sites, List<Double> radiiMeters, EarthModel earth) {
        fail(option, value, org.rangekit.geometry.RangeLimits.violation(sites, radiiMeters, earth));
    }

    /**
     * Refuses ranges too small for GeoJSON positions ({@link org.rangekit.io.out.RingFeatures#MIN_RADIUS_METERS}).
     *
     * @param option the option that gave the ranges, for the message (e.g. {@code --range})
     * @param value the text given to it
     * @param set the ranges
     * @throws BadInputException naming the option, the range and the limit
     */
    static void checkGeoJson(String option, String value, ThresholdSet set) {
        fail(option, value, org.rangekit.io.out.RingFeatures.tooSmall(set));
    }

    /** Refuses ranges an area's buffer cannot reach ({@link org.rangekit.api.AreaRanges#tooFar}). */
    static void checkArea(String option, String value, ThresholdSet set) {
        fail(option, value, org.rangekit.api.AreaRanges.tooFar(set));
    }

    private static void fail(String option, String value, Optional<String> violation) {
        if (violation.isPresent()) {
            throw BadInputException.of(option, value, violation.get());
        }
    }
}
