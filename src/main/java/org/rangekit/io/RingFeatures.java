package org.rangekit.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Site;

/**
 * Builds the GeoJSON feature of a ring or band with the properties every rangekit export carries,
 * in this fixed order: {@code site, site_name, lat, lon, inner_km, outer_km, label, category,
 * area_km2, earth}.
 */
public final class RingFeatures {

    /** Decimals of {@code area_km2}: 0.001 km² = 1,000 m², well below the 1e-5 relative accuracy of the areas. */
    public static final int AREA_DECIMALS = 3;

    private RingFeatures() {
    }

    /**
     * @param geometry the ring's or band's polygon in lon/lat (degrees)
     * @param site the centre
     * @param innerKm inner radius (kilometres), 0 for a disc
     * @param outerKm outer radius (kilometres)
     * @param label e.g. {@code "500 km — INF lower limit"}
     * @param category e.g. {@code "shorter-range (INF)"}
     * @param areaSquareKm exact area on the Earth model (square kilometres), not the polygon's
     * @param earth the Earth model the ring was computed on
     */
    public static GeoJsonWriter.Feature of(Geometry geometry, Site site, double innerKm, double outerKm,
            String label, String category, double areaSquareKm, EarthModel earth) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("site", site.id());
        p.put("site_name", site.name());
        p.put("lat", site.point().latDeg());
        p.put("lon", site.point().lonDeg());
        p.put("inner_km", innerKm);
        p.put("outer_km", outerKm);
        p.put("label", label);
        p.put("category", category);
        p.put("area_km2", area(areaSquareKm));
        p.put("earth", earth.label());
        return new GeoJsonWriter.Feature(geometry, p);
    }

    private static BigDecimal area(double km2) {
        if (!(km2 >= 0) || Double.isInfinite(km2)) {
            throw new IllegalArgumentException("area must be a finite number >= 0 km², got " + km2);
        }
        BigDecimal d = BigDecimal.valueOf(km2).setScale(AREA_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
