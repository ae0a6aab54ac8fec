package org.rangekit.coverage;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The layers against which coverage is measured besides the targets themselves: land polygons,
 * countries with their populations (for the population by area share), and the cities whose
 * populations are summed (the population by cities).
 *
 * @param land land polygons in lon/lat (null: no land areas, reported as NaN)
 * @param countries countries with population and lon/lat polygon (may be empty)
 * @param cities point targets whose populations are summed per band (may be empty)
 */
public record GroundData(Geometry land, List<Region> countries, List<Target> cities) {

    public GroundData {
        countries = List.copyOf(countries);
        cities = List.copyOf(cities);
    }

    /** No land, no countries, no cities: counts and exact total areas only. */
    public static GroundData none() {
        return new GroundData(null, List.of(), List.of());
    }
}
