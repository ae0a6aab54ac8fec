package org.rangekit.coverage;

import org.locationtech.jts.geom.Geometry;

/**
 * A named area with a population, whose share inside a band is measured: a country.
 *
 * @param code short code written in outputs, e.g. ISO 3166-1 alpha-3 {@code RUS}
 * @param name display name
 * @param population inhabitants (an estimate; see the data's documentation), or −1 when unknown
 * @param lonLat the area in lon/lat (x = lon, y = lat), valid when read flat
 */
public record Region(String code, String name, long population, Geometry lonLat) {

    public Region {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("region code must not be blank");
        }
        if (lonLat == null) {
            throw new IllegalArgumentException("region " + code + " needs a geometry");
        }
        name = name == null ? code : name;
    }
}
