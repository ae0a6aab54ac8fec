package org.rangekit.io.out;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.range.Band;
import org.rangekit.range.Interval;
import org.rangekit.range.KmFormat;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Reach;
import org.rangekit.range.Ring;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * Builds the GeoJSON feature of a ring or band with the properties every rangekit export carries,
 * in this fixed order: {@code site, site_name, lat, lon, inner_km, outer_km, label, category,
 * area_km2, earth}; and the features of every ring or band around a list of sites, as
 * {@code rangekit rings} and scenario files ({@code rangekit run}) both export them.
 */
public final class RingFeatures {

    /**
     * Decimals of {@code area_km2} for areas of 10,000 km² and more: 0.001 km² = 1,000 m², well below
     * the 1e-5 relative accuracy of the areas.
     */
    public static final int AREA_DECIMALS = 3;
    /**
     * Significant digits {@code area_km2} keeps however small the area, so that a sub-metre disc
     * (0.785 m² at 0.5 m, 7.9e-7 km²) is not written as 0.
     */
    public static final int AREA_SIGNIFICANT_DIGITS = 7;

    /**
     * The smallest range whose ring GeoJSON positions represent honestly (metres). Positions keep
     * {@value GeoJsonWriter#DECIMALS} decimals: rounding moves a vertex by at most half of 1e-7° on
     * each axis, at most 0.79 cm, which is 1.6% of a 0.5 m radius. Smaller rings lose their shape
     * and, near 1 cm, collapse to a point (issue 8: {@code rings --range 1e-6} failed inside the
     * writer); they are refused up front instead.
     */
    public static final double MIN_RADIUS_METERS = 0.5;

    private RingFeatures() {
    }

    /**
     * The first range of {@code set} too small for GeoJSON ({@link #MIN_RADIUS_METERS}), as a message
     * naming the range and the limit; empty when every range can be written.
     *
     * @param set the ranges
     * @return the message, or empty
     */
    public static Optional<String> tooSmall(ThresholdSet set) {
        for (Threshold t : set.thresholds()) {
            if (t.radiusMeters() < MIN_RADIUS_METERS) {
                return Optional.of("range " + KmFormat.plain(t.radiusKm()) + " km is below the smallest ring "
                        + "GeoJSON positions of " + GeoJsonWriter.DECIMALS + " decimals (about 1 cm) represent: "
                        + KmFormat.plain(MIN_RADIUS_METERS / 1000) + " km (" + KmFormat.plain(MIN_RADIUS_METERS)
                        + " m)");
            }
        }
        return Optional.empty();
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

    /**
     * The rings or bands of every site, site by site and innermost first, with exact areas
     * ({@link RingPolygons}).
     *
     * <p>Discs: one per threshold, labelled with the threshold's own label and the category of
     * its range. Bands: the annuli between consecutive thresholds, the first being the disc
     * [0, r1], labelled {@code "480–500 km"} ({@link KmFormat#band}) with the category of the band.
     *
     * @param sites the centres
     * @param set the ranges
     * @param earth the Earth model
     * @param bands bands instead of discs
     * @param toleranceMeters largest gap between a polygon edge in lon/lat and the true ring (metres)
     */
    public static List<GeoJsonWriter.Feature> of(List<Site> sites, ThresholdSet set, EarthModel earth, boolean bands,
            double toleranceMeters) {
        Optional<String> small = tooSmall(set);
        if (small.isPresent()) {
            throw new IllegalArgumentException(small.get());
        }
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        for (Site s : sites) {
            double innerKm = 0;
            for (Threshold t : set.thresholds()) {
                Ring ring = new Ring(s.point(), t.radiusMeters(), earth);
                if (!bands) {
                    features.add(of(RingPolygons.disc(ring, toleranceMeters), s, 0, t.radiusKm(), t.label(),
                            set.categoryOf(t.radiusKm()), RingPolygons.discAreaSquareMeters(ring) / 1e6, earth));
                } else if (innerKm == 0) {
                    features.add(of(RingPolygons.disc(ring, toleranceMeters), s, 0, t.radiusKm(),
                            bandLabel(0, t.radiusKm()), set.categoryOfBand(0, t.radiusKm()),
                            RingPolygons.discAreaSquareMeters(ring) / 1e6, earth));
                } else {
                    Band band = new Band(s.point(), innerKm * 1000.0, t.radiusMeters(), earth);
                    features.add(of(RingPolygons.band(band, toleranceMeters), s, innerKm, t.radiusKm(),
                            bandLabel(set, innerKm, t.radiusKm()), set.categoryOfBand(innerKm, t.radiusKm()),
                            RingPolygons.bandAreaSquareMeters(band) / 1e6, earth));
                }
                innerKm = t.radiusKm();
            }
            features.addAll(possibly(s, set, earth, toleranceMeters));
        }
        return features;
    }

    /** The category of the "possibly in range" features ({@link #possibly}). */
    public static final String POSSIBLY_CATEGORY = "possibly in range";

    /**
     * The "possibly in range" bands of one site ({@link Reach#possiblyBandKm}): for each range known
     * as one value r, [r − u, r + u] around the nominal point when the site is known to ±u km; for a
     * range known as MIN..MAX, [MIN − u, MAX + u]. A target inside lies within range for some
     * positions of the launch point (and some estimates), not for all; inside the inner edge it is
     * certainly within range, beyond the outer edge certainly out. Empty for a site known exactly and
     * single ranges. Category {@value #POSSIBLY_CATEGORY}.
     *
     * @param site the site, with its uncertainty
     * @param set the ranges
     * @param earth the Earth model
     * @param toleranceMeters largest gap between a polygon edge in lon/lat and the true ring (metres)
     */
    public static List<GeoJsonWriter.Feature> possibly(Site site, ThresholdSet set, EarthModel earth,
            double toleranceMeters) {
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        for (RangeEstimate v : set.rangeValues()) {
            Interval band = Reach.possiblyBandKm(v, site.uncertaintyKm());
            if (band == null) {
                continue;
            }
            String label = possiblyLabel(v, site.uncertaintyKm());
            Ring outer = new Ring(site.point(), band.upperMeters(), earth);
            if (band.lowerKm() == 0) {
                out.add(of(RingPolygons.disc(outer, toleranceMeters), site, 0, band.upperKm(), label,
                        POSSIBLY_CATEGORY, RingPolygons.discAreaSquareMeters(outer) / 1e6, earth));
            } else {
                Band b = new Band(site.point(), band.lowerMeters(), band.upperMeters(), earth);
                out.add(of(RingPolygons.band(b, toleranceMeters), site, band.lowerKm(), band.upperKm(), label,
                        POSSIBLY_CATEGORY, RingPolygons.bandAreaSquareMeters(b) / 1e6, earth));
            }
        }
        return out;
    }

    /**
     * {@code "possibly within 500 km (site ±50 km)"}, {@code "possibly within estimated 9M729 range
     * 2,350–2,500 km (site ±20 km)"}.
     *
     * @param v the range
     * @param uncertaintyKm the site's position uncertainty (kilometres)
     */
    public static String possiblyLabel(RangeEstimate v, double uncertaintyKm) {
        String what = v.isInterval() && !v.label().isEmpty() ? v.label() + " " + v.kmText() : v.kmText();
        return "possibly within " + what + (uncertaintyKm > 0 ? " (site \u00B1" + KmFormat.label(uncertaintyKm)
                + " km)" : "");
    }

    /** {@code "480–500 km"}, {@code "500–1,000 km"}: {@link KmFormat#band}. */
    public static String bandLabel(double innerKm, double outerKm) {
        return KmFormat.band(innerKm, outerKm);
    }

    /**
     * {@link #bandLabel(double, double)}, with the estimate's name for a band between the two ends of a
     * range known as an interval: {@code "2,350–2,500 km — estimated 9M729 range"}.
     */
    static String bandLabel(ThresholdSet set, double innerKm, double outerKm) {
        String base = bandLabel(innerKm, outerKm);
        return set.estimateBetween(innerKm, outerKm)
                .map(e -> base + KmFormat.NAME_SEPARATOR + (e.label().isEmpty() ? "estimate" : e.label()))
                .orElse(base);
    }

    private static BigDecimal area(double km2) {
        if (!(km2 >= 0) || Double.isInfinite(km2)) {
            throw new IllegalArgumentException("area must be a finite number >= 0 km², got " + km2);
        }
        BigDecimal exact = BigDecimal.valueOf(km2);
        BigDecimal decimals = exact.setScale(AREA_DECIMALS, RoundingMode.HALF_EVEN);
        BigDecimal significant = exact.round(new MathContext(AREA_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
        // Whichever keeps more digits: 3 decimals for large areas, 7 significant digits for small ones.
        BigDecimal d = (significant.scale() > decimals.scale() ? significant : decimals).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
