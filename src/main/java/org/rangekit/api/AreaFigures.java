package org.rangekit.api;

import org.rangekit.coverage.Comparison;

/**
 * What a band, a disc, an overlap or a union holds: targets, population by both methods, and
 * area.
 *
 * <p>Example (what 500 km adds over 480 km from Kapustin Yar):
 * <pre>{@code
 * Site ky = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58175, 45.74481), "", 0);
 * AreaFigures f = Comparisons.ranges(ky, 480, 500, BuiltinTargets.load("cities", Scale.S110M)).totals();
 * System.out.printf(Locale.ROOT, "%d cities, %.1f km² of which %.1f km² land%n", f.targets(), f.areaTotalKm2(),
 *         f.areaLandKm2());
 * }</pre>
 *
 * @param targets number of targets inside
 * @param targetsPopulation sum of those targets' own population figures (persons; unknown counts as 0)
 * @param citiesPopulation sum over the shipped cities ≥ 5,000 inside (persons; GeoNames, undercounts)
 * @param populationByAreaShare Σ country population × share of its area inside (persons; assumes an
 *                              even spread; Natural Earth POP_EST)
 * @param areaTotalKm2 area on the earth model (km²)
 * @param areaLandKm2 land area inside (km²; Natural Earth land at the scale asked for)
 */
public record AreaFigures(long targets, long targetsPopulation, long citiesPopulation, double populationByAreaShare,
                          double areaTotalKm2, double areaLandKm2) {

    /** Square metres per square kilometre. */
    static final double M2_PER_KM2 = 1e6;

    /**
     * @param t the core totals (areas in square metres)
     * @return the same figures with areas in km²
     */
    static AreaFigures of(Comparison.Totals t) {
        return new AreaFigures(t.targets().targets(), t.targets().population(), t.citiesPopulation(),
                t.ground().populationByAreaShare(), t.ground().totalSquareMeters() / M2_PER_KM2,
                t.ground().landSquareMeters() / M2_PER_KM2);
    }
}
