package org.rangekit.io.out;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.EdgeReading;
import org.rangekit.geometry.GeodesicDensifier;
import org.rangekit.geometry.Outlines;
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
 * Builds the overlay features every rangekit export carries, and the features of every site, ring
 * and band around a list of sites, as {@code rangekit rings} and scenario files ({@code rangekit
 * run}) export them. Every feature has a {@code name} and a {@code kind}; writers route features
 * into layers by {@code kind} ({@link OverlayLayers}).
 *
 * <h2>Properties, in this order</h2>
 * <ul>
 * <li>disc or band ({@code kind} {@value #DISC} or {@value #BAND}), a MultiPolygon: {@code name,
 *     kind, site, site_name, lat, lon, inner_km, outer_km, label, category, area_km2, earth};</li>
 * <li>range ring outline ({@code kind} {@value #RING}), a MultiLineString cut at ±180° without the
 *     seam or pole-closure edges: {@code name, kind, site, site_name, lat, lon, radius_km, label,
 *     category, earth};</li>
 * <li>site ({@code kind} {@value #SITE}), a Point: {@code name, kind, site, site_name, lat, lon,
 *     uncertainty_km, source}.</li>
 * </ul>
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

    private static final GeometryFactory GF = new GeometryFactory();

    /** {@code kind} of a launch site point. */
    public static final String SITE = "site";
    /** {@code kind} of a disc [0, r]. */
    public static final String DISC = "disc";
    /** {@code kind} of a band between two ranges (the first band of a list being a disc). */
    public static final String BAND = "band";
    /** {@code kind} of a range ring outline (a line). */
    public static final String RING = "ring";

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
     * The feature of a disc ({@code inner_km} 0, {@code kind} {@value #DISC}) or band ({@code kind}
     * {@value #BAND}) named by its label.
     *
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
        return of(geometry, innerKm == 0 ? DISC : BAND, label, site, innerKm, outerKm, label, category, areaSquareKm,
                earth);
    }

    /**
     * The feature of a disc or band.
     *
     * @param geometry the polygon in lon/lat (degrees); a Polygon is written as a one-part
     *        MultiPolygon, so that a layer of bands has one geometry type
     * @param kind {@value #DISC} or {@value #BAND}
     * @param name e.g. {@code "500–1,000 km: shorter-range (INF)"}
     * @param site the centre
     * @param innerKm inner radius (kilometres), 0 for a disc
     * @param outerKm outer radius (kilometres)
     * @param label e.g. {@code "500 km — INF lower limit"}
     * @param category e.g. {@code "shorter-range (INF)"}
     * @param areaSquareKm exact area on the Earth model (square kilometres), not the polygon's
     * @param earth the Earth model the ring was computed on
     */
    public static GeoJsonWriter.Feature of(Geometry geometry, String kind, String name, Site site, double innerKm,
            double outerKm, String label, String category, double areaSquareKm, EarthModel earth) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("kind", kind);
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
        return new GeoJsonWriter.Feature(multi(geometry), p);
    }

    /**
     * The point feature of a launch site: {@code name, kind, site, site_name, lat, lon,
     * uncertainty_km, source}.
     *
     * @param site the site
     */
    public static GeoJsonWriter.Feature site(Site site) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", site.name());
        p.put("kind", SITE);
        p.put("site", site.id());
        p.put("site_name", site.name());
        p.put("lat", site.point().latDeg());
        p.put("lon", site.point().lonDeg());
        p.put("uncertainty_km", site.uncertaintyKm());
        p.put("source", site.source());
        return new GeoJsonWriter.Feature(GF.createPoint(new Coordinate(site.point().lonDeg(), site.point().latDeg())),
                p);
    }

    /**
     * The outline feature of a range ring: the disc's rings without its seam and pole-closure
     * edges ({@link Outlines}), properties {@code name, kind, site, site_name, lat, lon, radius_km,
     * label, category, earth}.
     *
     * @param disc the disc's polygon in lon/lat
     * @param site the centre
     * @param radiusKm the range (kilometres)
     * @param label e.g. {@code "500 km — INF lower limit"}, also the name
     * @param category the category of the range
     * @param earth the Earth model
     * @return the feature, or empty when the disc has no outline (it covers the whole globe)
     */
    public static Optional<GeoJsonWriter.Feature> ring(Geometry disc, Site site, double radiusKm, String label,
            String category, EarthModel earth) {
        Geometry lines = Outlines.of(disc);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", label);
        p.put("kind", RING);
        p.put("site", site.id());
        p.put("site_name", site.name());
        p.put("lat", site.point().latDeg());
        p.put("lon", site.point().lonDeg());
        p.put("radius_km", radiusKm);
        p.put("label", label);
        p.put("category", category);
        p.put("earth", earth.label());
        return Optional.of(new GeoJsonWriter.Feature(lines, p));
    }

    /**
     * The overlay of every site: site by site, the site's point, its discs or bands innermost
     * first, then its range ring outlines innermost first. Polygons are traced for the edge
     * reading of the output: for {@link EdgeReading#GEODESIC}, to half the tolerance and then
     * densified ({@link GeodesicDensifier}) to the other half, so that edges read as great circles
     * or geodesics stay within the tolerance too.
     *
     * @param sites the centres
     * @param set the ranges
     * @param earth the Earth model
     * @param bands bands instead of discs
     * @param toleranceMeters largest gap between an edge, read as {@code edges} says, and the true ring (metres)
     * @param edges how the output's readers draw edges
     */
    public static List<GeoJsonWriter.Feature> overlay(List<Site> sites, ThresholdSet set, EarthModel earth,
            boolean bands, double toleranceMeters, EdgeReading edges) {
        checkSmall(set);
        boolean geodesic = edges == EdgeReading.GEODESIC;
        double trace = geodesic ? toleranceMeters / 2 : toleranceMeters;
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        for (Site s : sites) {
            features.add(site(s));
            List<GeoJsonWriter.Feature> shapes = of(List.of(s), set, earth, bands, trace);
            List<GeoJsonWriter.Feature> rings = new ArrayList<>();
            for (Threshold t : set.thresholds()) {
                Geometry disc = RingPolygons.disc(new Ring(s.point(), t.radiusMeters(), earth), trace);
                ring(disc, s, t.radiusKm(), t.label(), set.categoryOf(t.radiusKm()), earth).ifPresent(rings::add);
            }
            for (GeoJsonWriter.Feature f : shapes) {
                features.add(geodesic ? densified(f, earth, toleranceMeters / 2) : f);
            }
            for (GeoJsonWriter.Feature f : rings) {
                features.add(geodesic ? densified(f, earth, toleranceMeters / 2) : f);
            }
        }
        return features;
    }

    private static GeoJsonWriter.Feature densified(GeoJsonWriter.Feature f, EarthModel earth, double deviationM) {
        return new GeoJsonWriter.Feature(GeodesicDensifier.densify(f.geometry(), earth, deviationM), f.properties());
    }

    /** A Polygon as a one-part MultiPolygon; other geometries unchanged. */
    static Geometry multi(Geometry g) {
        return g instanceof Polygon p ? g.getFactory().createMultiPolygon(new Polygon[] {p}) : g;
    }

    private static void checkSmall(ThresholdSet set) {
        Optional<String> small = tooSmall(set);
        if (small.isPresent()) {
            throw new IllegalArgumentException(small.get());
        }
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
        checkSmall(set);
        List<GeoJsonWriter.Feature> features = new ArrayList<>();
        for (Site s : sites) {
            double innerKm = 0;
            for (Threshold t : set.thresholds()) {
                Ring ring = new Ring(s.point(), t.radiusMeters(), earth);
                if (!bands) {
                    features.add(of(RingPolygons.disc(ring, toleranceMeters), DISC, t.label(), s, 0, t.radiusKm(),
                            t.label(), set.categoryOf(t.radiusKm()), RingPolygons.discAreaSquareMeters(ring) / 1e6,
                            earth));
                } else if (innerKm == 0) {
                    String category = set.categoryOfBand(0, t.radiusKm());
                    features.add(of(RingPolygons.disc(ring, toleranceMeters), BAND,
                            bandName(0, t.radiusKm(), category), s, 0, t.radiusKm(), bandLabel(0, t.radiusKm()),
                            category, RingPolygons.discAreaSquareMeters(ring) / 1e6, earth));
                } else {
                    Band band = new Band(s.point(), innerKm * 1000.0, t.radiusMeters(), earth);
                    String category = set.categoryOfBand(innerKm, t.radiusKm());
                    String label = bandLabel(set, innerKm, t.radiusKm());
                    features.add(of(RingPolygons.band(band, toleranceMeters), BAND, named(label, category), s,
                            innerKm, t.radiusKm(), label, category,
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
                out.add(of(RingPolygons.disc(outer, toleranceMeters), BAND, label, site, 0, band.upperKm(), label,
                        POSSIBLY_CATEGORY, RingPolygons.discAreaSquareMeters(outer) / 1e6, earth));
            } else {
                Band b = new Band(site.point(), band.lowerMeters(), band.upperMeters(), earth);
                out.add(of(RingPolygons.band(b, toleranceMeters), BAND, label, site, band.lowerKm(), band.upperKm(),
                        label, POSSIBLY_CATEGORY, RingPolygons.bandAreaSquareMeters(b) / 1e6, earth));
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
     * The name of a band, as the map legend writes it: {@code "500–1,000 km: shorter-range (INF)"},
     * or the bare band label when the band has no category.
     */
    public static String bandName(double innerKm, double outerKm, String category) {
        return named(bandLabel(innerKm, outerKm), category);
    }

    private static String named(String label, String category) {
        return category == null || category.isEmpty() ? label : label + ": " + category;
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

    /**
     * An area as the {@code area_km2} property writes it: {@value #AREA_DECIMALS} decimals, or
     * {@value #AREA_SIGNIFICANT_DIGITS} significant digits for small areas, whichever keeps more.
     *
     * @param km2 the area (square kilometres), finite and &gt;= 0
     */
    public static BigDecimal areaKm2(double km2) {
        return area(km2);
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
