package org.rangekit.io.out.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rangekit.coverage.BandAreas;
import org.rangekit.coverage.BandRule;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Comparison;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetResult;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Site;
import org.rangekit.range.Interval;
import org.rangekit.range.KmFormat;

/**
 * The words and cells the coverage and comparison reports share: site and band descriptions,
 * per-target cells, totals cells, country cells and the notes that say which method a figure uses.
 */
public final class ReportText {

    /** Label of the city-sum population method, written next to every such figure. */
    public static final String POPULATION_BY_CITIES = "sum over cities \u2265 5,000 (GeoNames) \u2014 undercounts";

    private ReportText() {
    }

    /**
     * The surface distances and areas are measured on, for notes: {@code the WGS84 ellipsoid}, or
     * {@code a sphere of radius 6,371,008.8 m}.
     *
     * @param earth the earth model
     * @return the words
     */
    public static String surface(EarthModel earth) {
        if (earth.flattening() == 0) {
            return "a sphere of radius " + Num.of(earth.equatorialRadiusMeters(), 1).grouped() + " m";
        }
        return "the " + earth.label() + " ellipsoid";
    }

    /** The note on the distance and needed-range columns. */
    public static String distanceNote(EarthModel earth) {
        return "distance_km: geodesic distance on " + surface(earth) + " (GeographicLib) "
                + "from the nearest site; for an area target, to its nearest point (0 when the site lies inside); "
                + "needed_range_km is the range a missile needs to reach the target.";
    }

    /**
     * What the {@code reach} column means ({@link org.rangekit.range.Reach}), for the range it is
     * judged against.
     *
     * @param range the set's farthest range
     */
    public static String reachNote(org.rangekit.range.RangeEstimate range) {
        String r = range.isInterval() ? "the range " + range.kmText() + " (MIN..MAX)" : "the range " + range.kmText();
        return "reach: whether the target lies within " + r + " from any site whose true position lies within "
                + "site_uncertainty_km (u) of the given one: certainly in when distance + u <= "
                + (range.isInterval() ? "MIN" : "the range") + ", out when distance - u > "
                + (range.isInterval() ? "MAX" : "the range") + ", possibly in otherwise.";
    }

    /** Degrees with at most 7 decimals, no trailing zeros, as a coordinate site's id writes them. */
    public static String degrees(double deg) {
        BigDecimal d = BigDecimal.valueOf(deg).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** {@code kapustin-yar (48.58175, 45.74481); 52, 49}: the id is left out when it is the coordinates. */
    public static String sites(List<Site> sites) {
        List<String> parts = new ArrayList<>();
        for (Site s : sites) {
            String lat = degrees(s.point().latDeg());
            String lon = degrees(s.point().lonDeg());
            String where = lat + ", " + lon;
            parts.add(s.id().equals(lat + "," + lon) ? where : s.id() + " (" + where + ")");
        }
        return String.join("; ", parts);
    }

    /** {@code kapustin-yar + mozdok}. */
    public static String names(List<Site> sites) {
        return String.join(" + ", sites.stream().map(Site::id).toList());
    }

    /** {@code [500, 1000] km shorter-range (INF); …}. */
    public static String bands(BandScheme scheme) {
        List<String> parts = new ArrayList<>();
        for (BandRule b : scheme.bands()) {
            parts.add(interval(b) + " " + b.category());
        }
        return String.join("; ", parts);
    }

    /** {@code [500, 1,000] km} with the edge semantics shown by brackets ({@link Interval#toBracketText}). */
    public static String interval(BandRule b) {
        return b.intervalKm().toBracketText();
    }

    /** Heading of targets in no band: {@code beyond 5,500 km}. */
    public static String noneLabel(BandScheme scheme) {
        Object[] last = lastNoneLabel;
        if (last[0] == scheme) {
            return (String) last[1];
        }
        String label = "beyond " + KmFormat.label(scheme.maxOuterMeters() / 1000) + " km";
        lastNoneLabel = new Object[] {scheme, label};
        return label;
    }

    /**
     * The last scheme {@link #noneLabel} was asked for and its label: a per-target report asks once
     * per target beyond every band, with the same scheme (a scheme is immutable).
     */
    private static volatile Object[] lastNoneLabel = {null, null};

    /** The band's label, or {@link #noneLabel} for a negative index. */
    public static String bandLabel(BandScheme scheme, int band) {
        return band < 0 ? noneLabel(scheme) : scheme.band(band).label();
    }

    /** Per-target cells in the order of {@link TargetRowWriter#COLUMNS}. */
    public static List<Object> cells(TargetResult r, List<Site> sites, BandScheme scheme) {
        Target t = r.target();
        List<Object> c = new ArrayList<>(12);
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
        c.add(r.reach().text());
        c.add(Num.of(sites.get(r.site()).uncertaintyKm(), 3));
        return c;
    }

    /** The parameters every coverage report starts with. */
    public static Map<String, Object> parameters(List<Site> sites, String rangesName, BandScheme scheme,
                                                 String targets, EarthModel earth) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sites", sites(sites));
        p.put("ranges", rangesName);
        p.put("bands", bands(scheme));
        p.put("targets", targets);
        p.put("earth", earth.label());
        return p;
    }

    /** The countries of a band as a nested cell: JSON objects, and {@code RUS 1,234 km² (5.1%); …} as text. */
    public static Nested countries(List<BandAreas.RegionShare> shares) {
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

    /**
     * Totals cells: {@code targets, targets_population, population_cities, population_area_share,
     * area_total_km2, area_land_km2}.
     */
    public static List<Object> totals(Comparison.Totals t) {
        Comparison.Ground g = t.ground();
        return row(Num.of(t.targets().targets()), Num.of(t.targets().population()), Num.of(t.citiesPopulation()),
                Num.of(g.populationByAreaShare(), 0), Num.of(g.totalSquareMeters() / 1e6, 1),
                Num.of(g.landSquareMeters() / 1e6, 1));
    }

    /** A table row that may hold nulls (empty cells). */
    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
