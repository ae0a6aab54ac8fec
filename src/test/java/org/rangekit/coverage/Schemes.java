package org.rangekit.coverage;

import java.util.List;

/** Band schemes shared by the coverage tests. */
final class Schemes {

    private Schemes() {
    }

    /** INF Treaty Art. II §5–6: shorter range [500, 1000] km, intermediate (1000, 5500] km. */
    static BandScheme inf() {
        return new BandScheme("inf", List.of(
                new BandRule("500-1000 km", "shorter-range", 500e3, true, 1000e3, true),
                new BandRule("1000-5500 km", "intermediate-range", 1000e3, false, 5500e3, true)));
    }
}
