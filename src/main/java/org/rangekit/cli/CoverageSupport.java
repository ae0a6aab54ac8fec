package org.rangekit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandRule;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetResult;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.out.report.Nested;
import org.rangekit.io.out.report.Num;
import org.rangekit.range.Site;
import org.rangekit.range.Interval;
import org.rangekit.range.KmFormat;
import org.rangekit.range.ThresholdSet;

/** Option handling and row formatting shared by {@code coverage} and {@code compare}. */
final class CoverageSupport {

    /** Label of the city-sum population method, written next to every such figure. */
    static final String POPULATION_BY_CITIES = "sum over cities \u2265 5,000 (GeoNames) \u2014 undercounts";

    static final String DISTANCE_NOTE = "distance_km: geodesic distance on the WGS84 ellipsoid (GeographicLib) "
            + "from the nearest site; for an area target, to its nearest point (0 when the site lies inside); "
            + "needed_range_km is the range a missile needs to reach the target.";

    /** Targets per chunk: bounded memory for files of any length. */
    static final int CHUNK = 8192;

    private CoverageSupport() {
    }

    static List<GeoPoint> points(List<Site> sites) {
        return sites.stream().map(Site::point).toList();
    }

    static String sitesText(List<Site> sites) {
        List<String> parts = new ArrayList<>();
        for (Site s : sites) {
            String where = SiteArgs.fmt(s.point().latDeg()) + ", " + SiteArgs.fmt(s.point().lonDeg());
            parts.add(s.id().equals(SiteArgs.fmt(s.point().latDeg()) + "," + SiteArgs.fmt(s.point().lonDeg()))
                    ? where : s.id() + " (" + where + ")");
        }
        return String.join("; ", parts);
    }

    static String bandsText(BandScheme scheme) {
        List<String> parts = new ArrayList<>();
        for (BandRule b : scheme.bands()) {
            parts.add(interval(b) + " " + b.category());
        }
        return String.join("; ", parts);
    }

    /** {@code [500, 1,000] km} with the edge semantics shown by brackets ({@link Interval#toBracketText}). */
    static String interval(BandRule b) {
        return b.intervalKm().toBracketText();
    }

    /** Heading of targets in no band. */
    static String noneLabel(BandScheme scheme) {
        return "beyond " + KmFormat.label(scheme.maxOuterMeters() / 1000) + " km";
    }

    static String bandLabel(BandScheme scheme, int band) {
        return band < 0 ? noneLabel(scheme) : scheme.band(band).label();
    }

    /** Per-target cells in the order of {@code TargetRowWriter.COLUMNS}. */
    static List<Object> cells(TargetResult r, List<Site> sites, BandScheme scheme) {
        Target t = r.target();
        List<Object> c = new ArrayList<>(10);
        c.add(t.name());
        c.add(t.country());
        c.add(Num.of(t.latDeg(), 6));
        c.add(Num.of(t.lonDeg(), 6));
        c.add(sites.get(r.site()).id());
        c.add(Num.of(r.distanceMeters() / 1000, 3));
        c.add(bandLabel(scheme, r.band()));
        c.add(r.category());
        c.add(Num.of(r.neededRangeMeters() / 1000, 3));
        c.add(t.population() >= 0 ? Num.of(t.population()) : null);
        return c;
    }

    static Map<String, Object> parameters(List<Site> sites, ThresholdSet set, BandScheme scheme, String targets,
                                          String earth) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sites", sitesText(sites));
        p.put("ranges", set.name().equals("custom") ? "custom" : set.name());
        p.put("bands", bandsText(scheme));
        p.put("targets", targets);
        p.put("earth", earth);
        return p;
    }

    static String attribution() {
        return EmbeddedData.ATTRIBUTION;
    }

    /** The countries of a band as a nested cell: JSON objects, and {@code RUS 1,234 km² (5.1%); …} as text. */
    static Nested countries(List<BandAreas.RegionShare> shares) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (BandAreas.RegionShare s : shares) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", s.region().code());
            m.put("name", s.region().name());
            Num km2 = Num.of(s.areaSquareMeters() / 1e6, 1);
            Num pct = Num.of(100 * s.share(), 2);
            m.put("area_km2", km2);
            m.put("share_of_country_pct", pct);
            items.add(m);
            text.add(s.region().code() + " " + km2 + " km2 (" + pct + "%)");
        }
        return new Nested(items, String.join("; ", text));
    }

    /** A table row that may hold nulls (empty cells). */
    static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
