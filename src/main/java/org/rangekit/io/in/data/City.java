package org.rangekit.io.in.data;

import java.util.Objects;

/**
 * A GeoNames populated place (from {@code cities500}, CC BY 4.0, credit GeoNames).
 *
 * @param geonameId   GeoNames id
 * @param name        name (UTF-8, local spelling as in GeoNames)
 * @param countryCode ISO 3166-1 alpha-2 code as GeoNames gives it (e.g. "RU"; "XK" for Kosovo)
 * @param latDeg      latitude (degrees, WGS84)
 * @param lonDeg      longitude (degrees, WGS84)
 * @param population  population (people) as GeoNames gives it, ≥ 0
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ...)
 * @param capital     true for the capital of a political entity (feature code PPLC)
 */
public record City(long geonameId, String name, String countryCode, double latDeg, double lonDeg,
                   long population, String featureCode, boolean capital) {

    public City {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(featureCode, "featureCode");
        if (!(latDeg >= -90 && latDeg <= 90)) {
            throw new IllegalArgumentException("latDeg must be in [-90, 90], got " + latDeg);
        }
        if (!(lonDeg >= -180 && lonDeg <= 180)) {
            throw new IllegalArgumentException("lonDeg must be in [-180, 180], got " + lonDeg);
        }
        if (!(population >= 0)) {
            throw new IllegalArgumentException("population must be >= 0, got " + population);
        }
    }
}
