package org.rangekit.io.in.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;
import org.rangekit.coverage.Region;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.data.Country;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;

/**
 * The built-in {@code countries} set at 1:10m, where Natural Earth gives the Vatican an empty
 * geometry (issue 8, item 8: {@code coverage --targets countries --scale 10m} crashed with
 * "getY called on empty Point"). Countries without a geometry are left out; every other country
 * is kept, with an interior point inside its own geometry.
 */
@Slow
class BuiltinCountriesTest {

    @Test
    void emptyGeometriesAreLeftOutAndEveryOtherCountryKept() {
        List<Country> all = EmbeddedData.countries(Scale.S10M);
        long empty = all.stream().filter(c -> c.geometry().isEmpty()).count();
        assertTrue(all.stream().anyMatch(c -> c.adm0A3().equals("VAT") && c.geometry().isEmpty()),
                "the 10m data no longer has an empty Vatican: this test lost its case");

        List<Target> targets = BuiltinTargets.load("countries", Scale.S10M);
        assertEquals(all.size() - empty, targets.size());
        assertFalse(targets.stream().anyMatch(t -> t.country().equals("VAT")));
        for (Target t : targets) {
            assertFalse(t.area().isEmpty(), t.name());
            assertTrue(Double.isFinite(t.latDeg()) && Double.isFinite(t.lonDeg()), t.name());
            assertTrue(t.area().getEnvelopeInternal().contains(t.lonDeg(), t.latDeg()), t.name());
        }
        List<Region> regions = BuiltinTargets.regions(Scale.S10M);
        assertEquals(targets.size(), regions.size());
        assertFalse(regions.stream().anyMatch(r -> r.lonLat().isEmpty()));
    }
}
