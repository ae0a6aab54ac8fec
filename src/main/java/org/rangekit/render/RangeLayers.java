package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
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
import org.rangekit.geometry.Fans;
import org.rangekit.range.Fan;
import org.rangekit.render.MapContent.MapBand;
import org.rangekit.render.MapContent.MapFanPart;
import org.rangekit.render.MapContent.MapHatch;
import org.rangekit.render.MapContent.MapOutline;
import org.rangekit.render.MapContent.MapRing;
import org.rangekit.render.MapContent.MapSite;
import org.rangekit.render.MapContent.MapTarget;

/**
 * Turns sites and a threshold set into map content: one band between consecutive ranges, a ring per
 * range labelled with its meaning ("500 km — INF lower limit"), or, for several sites, optionally the
 * union of their discs.
 */
public final class RangeLayers {

    /** Lon/lat polygons of union discs are traced to 100 m: far below a pixel on a continental map. */
    static final double UNION_TOL_M = 100;
    /** Radials and sectors are traced to 100 m, as union outlines: far below a pixel on a continental map. */
    static final double FAN_TOL_M = 100;

    private RangeLayers() {
    }

    /**
     * @param sites launch sites, at least one
     * @param set ranges and their categories
     * @param earth figure of the Earth
     * @param union for several sites: draw the bands of the union of their discs instead of each site's
     * @param targets places to mark, most important first
     * @param targetLegend legend text for the target marker
     * @param attribution sources
     */
    public static MapContent build(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union,
            List<MapTarget> targets, String targetLegend, String attribution) {
        return build(sites, set, earth, union, targets, targetLegend, attribution, Fan.NONE);
    }

    /**
     * As {@link #build(List, ThresholdSet, EarthModel, boolean, List, String, String)}, with the radials
     * and sectors of {@code fan} around every site (radials to the outermost range unless the fan
     * gives a length), traced to {@link #FAN_TOL_M}.
     */
    public static MapContent build(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union,
            List<MapTarget> targets, String targetLegend, String attribution, Fan fan) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("at least one site is needed");
        }
        List<Threshold> ts = set.thresholds();
        List<MapBand> bands = new ArrayList<>();
        List<MapRing> rings = new ArrayList<>();
        List<MapOutline> outlines = new ArrayList<>();
        if (union && sites.size() > 1) {
            List<UnionBand> ubs = unionBands(sites, set, earth, UNION_TOL_M);
            for (int j = 0; j < ts.size(); j++) {
                bands.add(new MapBand(null, ubs.get(j).band(), bandLabel(set, j), j));
                outlines.add(new MapOutline(ubs.get(j).disc(), ts.get(j).label(), ts.get(j).role()));
            }
        } else {
            for (Site s : sites) {
                for (int j = 0; j < ts.size(); j++) {
                    double inner = j == 0 ? 0 : ts.get(j - 1).radiusMeters();
                    bands.add(new MapBand(new Band(s.point(), inner, ts.get(j).radiusMeters(), earth),
                            bandLabel(set, j), j));
                }
            }
            for (Site s : sites) {
                for (Threshold t : ts) {
                    rings.add(new MapRing(new Ring(s.point(), t.radiusMeters(), earth), t.label(), false, t.role()));
                }
            }
        }
        List<MapHatch> hatches = hatches(sites, set, earth, union && sites.size() > 1);
        List<MapSite> ms = sites.stream().map(s -> new MapSite(s.name(), s.point(), s.uncertaintyKm())).toList();
        String legendTitle = sites.size() == 1 ? "Ranges from " + sites.get(0).name()
                : union ? "Ranges from any of " + sites.size() + " sites" : "Ranges from " + sites.size() + " sites";
        List<MapFanPart> parts = new ArrayList<>();
        double outermostKm = ts.get(ts.size() - 1).radiusKm();
        for (Fans.Part p : Fans.parts(sites, fan, outermostKm, earth, FAN_TOL_M)) {
            parts.add(new MapFanPart(p.geometry(), p.kind() == Fans.Kind.SECTOR));
        }
        return new MapContent(bands, rings, outlines, hatches, ms, targets, targetLegend, legendTitle, attribution,
                parts);
    }

    /**
     * The hatched "possibly in range" areas ({@link Reach#possiblyBandKm}): per site and range value,
     * or, for the union of several sites, per range value the union of the sites' outer discs
     * ({@code MAX + u}) minus the union of their inner discs ({@code MIN − u}): a target there is within
     * range of some site for some launch points and estimates, and certainly within range of none.
     */
    static List<MapHatch> hatches(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union) {
        List<MapHatch> out = new ArrayList<>();
        String siteText = uncertaintyText(sites);
        for (RangeEstimate v : set.rangeValues()) {
            String label = hatchLabel(v, siteText);
            if (union) {
                List<Geometry> outer = new ArrayList<>();
                List<Geometry> inner = new ArrayList<>();
                for (Site s : sites) {
                    Interval b = Reach.possiblyBandKm(v, s.uncertaintyKm());
                    double innerKm = b == null ? v.minKm() : b.lowerKm();
                    double outerKm = b == null ? v.maxKm() : b.upperKm();
                    outer.add(RingPolygons.disc(new Ring(s.point(), outerKm * 1000, earth), UNION_TOL_M));
                    if (innerKm > 0) {
                        inner.add(RingPolygons.disc(new Ring(s.point(), innerKm * 1000, earth), UNION_TOL_M));
                    }
                }
                Geometry o = UnaryUnionOp.union(outer);
                Geometry band = inner.isEmpty() ? o
                        : OverlayNGRobust.overlay(o, UnaryUnionOp.union(inner), OverlayNG.DIFFERENCE);
                if (!band.isEmpty() && band.getArea() > 0) {
                    out.add(new MapHatch(null, band, label));
                }
            } else {
                for (Site s : sites) {
                    Interval b = Reach.possiblyBandKm(v, s.uncertaintyKm());
                    if (b != null) {
                        out.add(new MapHatch(new Band(s.point(), b.lowerMeters(), b.upperMeters(), earth), null, label));
                    }
                }
            }
        }
        return out;
    }

    /** "±20–50 km", "±50 km", or "" when every site is known exactly. */
    static String uncertaintyText(List<Site> sites) {
        double min = sites.stream().mapToDouble(Site::uncertaintyKm).min().orElse(0);
        double max = sites.stream().mapToDouble(Site::uncertaintyKm).max().orElse(0);
        if (max == 0) {
            return "";
        }
        return "\u00B1" + (min == max ? KmFormat.label(max) : KmFormat.label(min) + KmFormat.RANGE_DASH
                + KmFormat.label(max)) + " km";
    }

    /**
     * "Possibly in range: site position ±20–50 km" for single ranges, "Possibly in range: estimated 9M729
     * range 2,350–2,500 km, site ±20–50 km" for an estimate interval.
     */
    static String hatchLabel(RangeEstimate v, String siteText) {
        if (!v.isInterval()) {
            return "Possibly in range: site position " + siteText;
        }
        String what = (v.label().isEmpty() ? "estimate" : v.label()) + " " + v.kmText();
        return "Possibly in range: " + what + (siteText.isEmpty() ? "" : ", site " + siteText);
    }

    /**
     * The union of the sites' discs of one range, and the band of that union outside the union of
     * the next smaller range's discs: what {@code map --union} fills and outlines.
     *
     * @param disc the union of every site's disc (lon/lat polygons cut at ±180°, poles closed)
     * @param band {@code disc} less the previous range's union (the whole disc for the first range)
     */
    public record UnionBand(Geometry disc, Geometry band) {
    }

    /**
     * For every range of {@code set}, in order, the union of the sites' discs
     * ({@link RingPolygons#disc}, traced to {@code toleranceMeters}) and its band: the one rule the
     * map's union layer and the exported union areas share.
     */
    public static List<UnionBand> unionBands(List<Site> sites, ThresholdSet set, EarthModel earth,
            double toleranceMeters) {
        List<UnionBand> out = new ArrayList<>();
        Geometry previous = null;
        for (Threshold t : set.thresholds()) {
            List<Geometry> discs = new ArrayList<>();
            for (Site s : sites) {
                discs.add(RingPolygons.disc(new Ring(s.point(), t.radiusMeters(), earth), toleranceMeters));
            }
            Geometry disc = UnaryUnionOp.union(discs);
            Geometry band = previous == null ? disc : OverlayNGRobust.overlay(disc, previous, OverlayNG.DIFFERENCE);
            out.add(new UnionBand(disc, band));
            previous = disc;
        }
        return out;
    }

    /** "500–1,000 km: shorter-range (INF)". */
    public static String bandLabel(ThresholdSet set, int j) {
        List<Threshold> ts = set.thresholds();
        double inner = j == 0 ? 0 : ts.get(j - 1).radiusKm();
        double outer = ts.get(j).radiusKm();
        String estimate = set.estimateBetween(inner, outer)
                .map(e -> " (" + (e.label().isEmpty() ? "estimate" : e.label()) + ")").orElse("");
        return KmFormat.band(inner, outer) + ": " + set.categoryOfBand(inner, outer) + estimate;
    }

    /**
     * A sensible centre for several sites: the normalised mean of their unit vectors on the sphere,
     * which for sites within a hemisphere lies among them. For one site, the site.
     */
    public static GeoPoint centreOf(List<GeoPoint> points) {
        if (points.size() == 1) {
            return points.get(0);
        }
        double x = 0;
        double y = 0;
        double z = 0;
        for (GeoPoint p : points) {
            double lat = Math.toRadians(p.latDeg());
            double lon = Math.toRadians(p.lonDeg());
            x += Math.cos(lat) * Math.cos(lon);
            y += Math.cos(lat) * Math.sin(lon);
            z += Math.sin(lat);
        }
        double n = Math.sqrt(x * x + y * y + z * z);
        if (n < 1e-9) {
            return points.get(0);
        }
        return GeoPoint.of(Math.toDegrees(Math.asin(z / n)), Math.toDegrees(Math.atan2(y, x)));
    }
}
