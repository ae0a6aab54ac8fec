package org.rangekit.io.in.data;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A Natural Earth admin-0 country (or territory) with its outline.
 *
 * <p>Codes follow Natural Earth: {@code -99} (or {@code "-99"}) where a unit has no ISO code
 * (Kosovo, N. Cyprus, Somaliland and a few reefs and bases). The population is the 2019 Natural
 * Earth 5 estimate where the geopandas {@code naturalearth_lowres} dataset has the country, else the
 * older Natural Earth 3.1 estimate with its year; {@code popEst == 0 && popYear == 0} means no
 * estimate (uninhabited units).
 *
 * @param isoN3     ISO 3166-1 numeric code, or -99
 * @param isoA3     ISO 3166-1 alpha-3 code, or "-99"
 * @param adm0A3    Natural Earth ADM0_A3 code (always set)
 * @param name      short English name as in Natural Earth (e.g. "Russia")
 * @param continent Natural Earth continent (e.g. "Europe", "Seven seas (open ocean)")
 * @param popEst    population estimate (people), ≥ 0
 * @param popYear   year of {@code popEst}, or 0 when unknown
 * @param geometry  Polygon or MultiPolygon in lon/lat degrees (x = longitude in [-180, 180],
 *                  y = latitude), valid read flat, counter-clockwise shells (RFC 7946)
 */
public record Country(int isoN3, String isoA3, String adm0A3, String name, String continent,
                      long popEst, int popYear, Geometry geometry) {

    public Country {
        Objects.requireNonNull(isoA3, "isoA3");
        Objects.requireNonNull(adm0A3, "adm0A3");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(continent, "continent");
        Objects.requireNonNull(geometry, "geometry");
        if (!(popEst >= 0)) {
            throw new IllegalArgumentException("popEst must be >= 0 people, got " + popEst);
        }
    }
}
