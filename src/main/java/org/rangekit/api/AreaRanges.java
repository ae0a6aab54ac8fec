package org.rangekit.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.rangekit.coverage.AreaClassifier;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.GeodesicAreas;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.AreaBuffer;
import org.rangekit.geometry.EdgeReading;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.geometry.GeodesicDensifier;
import org.rangekit.geometry.Outlines;
import org.rangekit.io.in.data.City;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.targets.ReadProgress;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.OverlayWriter;
import org.rangekit.io.out.report.CoverageReport;
import org.rangekit.projection.Projections;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.EmbeddedBasemaps;
import org.rangekit.render.MapContent;
import org.rangekit.render.MapLayer;
import org.rangekit.render.MapSpec;
import org.rangekit.render.MapStyle;
import org.rangekit.render.MapWriter;
import org.rangekit.render.RangeLayers;
import org.rangekit.scenario.MapFormat;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.OverlayFormat;
import org.rangekit.scenario.Targets;

/**
 * Ranges from an area ({@link AreaOrigin}) rather than from sites: its buffers (the points within
 * each range of the area, {@link AreaBuffer}) as overlay features and on maps, and targets
 * classified by their exact distance from it.
 *
 * <p>Example (the INF bands from the Kaliningrad exclave as GeoJSON features):
 * <pre>{@code
 * AreaOrigin k = AreaOrigin.country("RUS", GeoPoint.of(54.71, 20.51), EarthModel.WGS84);
 * List<GeoJsonWriter.Feature> f = AreaRanges.features(k, ThresholdSet.inf(), true, 50, EdgeReading.LONLAT);
 * }</pre>
 *
 * <p>Bands: the first is the buffer of the first range (the area itself included: 0 inside), each
 * further band the buffer of its range less that of the range before (JTS OverlayNG, robust).
 *
 * <p>Thread safety: stateless; thread-safe.
 */
public final class AreaRanges {

    /** The buffers of a map are traced to 100 m: far below a pixel on a continental map. */
    public static final double MAP_TOLERANCE_M = 100;
    /** The {@code site} that reports from an area name ({@code TargetDistance}'s site column). */
    public static final String SITE_ID = "area";

    private static final GeometryFactory GF = new GeometryFactory();

    private AreaRanges() {
    }

    /**
     * The buffer of the area at every range of {@code set}, innermost first.
     *
     * @param toleranceMeters largest distance (metres) of a polygon edge, read as a straight lon/lat line,
     *     from the exact buffer boundary
     * @throws IllegalArgumentException for a range beyond {@link AreaBuffer#MAX_RADIUS_M}
     */
    public static List<Geometry> buffers(AreaOrigin origin, ThresholdSet set, double toleranceMeters) {
        tooFar(set).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        List<Geometry> out = new ArrayList<>();
        for (Threshold t : set.thresholds()) {
            out.add(AreaBuffer.polygon(origin.area(), t.radiusMeters(), toleranceMeters));
        }
        return out;
    }

    /** Why a range of {@code set} cannot be drawn from an area (beyond {@link AreaBuffer#MAX_RADIUS_M}), if one cannot. */
    public static java.util.Optional<String> tooFar(ThresholdSet set) {
        for (Threshold t : set.thresholds()) {
            if (t.radiusMeters() > AreaBuffer.MAX_RADIUS_M) {
                return java.util.Optional.of(String.format(Locale.ROOT,
                        "range %s km: ranges drawn from an area reach at most %s km", KmFormat.plain(t.radiusKm()),
                        KmFormat.plain(AreaBuffer.MAX_RADIUS_M / 1000)));
            }
        }
        return java.util.Optional.empty();
    }

    /** Bands from buffers: the first buffer whole, then each buffer less the one before. */
    static List<Geometry> bands(List<Geometry> buffers) {
        List<Geometry> out = new ArrayList<>();
        for (int j = 0; j < buffers.size(); j++) {
            out.add(j == 0 ? buffers.get(0)
                    : OverlayNGRobust.overlay(buffers.get(j), buffers.get(j - 1), OverlayNG.DIFFERENCE));
        }
        return out;
    }

    /**
     * The overlay features of ranges from the area: first the area itself (its polygons as one
     * feature of {@code kind} {@code area}, its lines as another, a MultiLineString cut at ±180°,
     * its points as {@code site} features), then one disc per range ({@code kind} {@code disc}) or,
     * with {@code bands}, one band per range ({@code kind} {@code band}), then the outline of each
     * range's buffer ({@code kind} {@code ring}, see {@link #ring}). Properties of discs and bands: {@code name, kind,
     * origin, inner_km, outer_km, label, category, area_km2, earth}; {@code area_km2} is the
     * geodesic area of the polygon as traced (GeographicLib {@code PolygonArea}), within the
     * tolerance times the perimeter of the exact value.
     *
     * @param toleranceMeters largest gap (metres) between an edge, read as {@code edges} says, and the
     *     exact buffer boundary
     * @param edges how the output's readers draw edges
     */
    public static List<GeoJsonWriter.Feature> features(AreaOrigin origin, ThresholdSet set, boolean bands,
            double toleranceMeters, EdgeReading edges) {
        boolean geodesic = edges == EdgeReading.GEODESIC;
        double trace = geodesic ? toleranceMeters / 2 : toleranceMeters;
        EarthModel earth = origin.area().earth();
        List<GeoJsonWriter.Feature> out = new ArrayList<>(originFeatures(origin, trace));
        List<Geometry> buffers = buffers(origin, set, trace);
        List<Geometry> shapes = bands ? bands(buffers) : buffers;
        List<Threshold> ts = set.thresholds();
        for (int j = 0; j < ts.size(); j++) {
            Threshold t = ts.get(j);
            double innerKm = bands && j > 0 ? ts.get(j - 1).radiusKm() : 0;
            Geometry g = multiPolygon(shapes.get(j));
            double km2 = GeodesicAreas.areaSquareMeters(GeodesicAreas.densify(g), earth) / 1e6;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", bands ? RangeLayers.bandLabel(set, j) : t.label());
            p.put("kind", bands ? "band" : "disc");
            p.put("origin", origin.name());
            p.put("inner_km", innerKm);
            p.put("outer_km", t.radiusKm());
            p.put("label", bands ? KmFormat.band(innerKm, t.radiusKm()) : t.label());
            p.put("category", bands ? set.categoryOfBand(innerKm, t.radiusKm()) : set.categoryOf(t.radiusKm()));
            p.put("area_km2", BigDecimal.valueOf(km2).setScale(0, RoundingMode.HALF_EVEN));
            p.put("earth", earth.label());
            out.add(new GeoJsonWriter.Feature(geodesic ? GeodesicDensifier.densify(g, earth, toleranceMeters / 2) : g,
                    p));
        }
        for (int j = 0; j < ts.size(); j++) {
            ring(origin, set, ts.get(j), buffers.get(j)).ifPresent(f -> out.add(geodesic
                    ? new GeoJsonWriter.Feature(GeodesicDensifier.densify(f.geometry(), earth, toleranceMeters / 2),
                            f.properties())
                    : f));
        }
        return out;
    }

    /**
     * The outline of one buffer as a {@code ring} feature: its boundary cut at ±180° without the seam
     * and pole-closure edges ({@link Outlines}), properties {@code name, kind, origin, radius_km, label,
     * category, earth}; empty when the buffer has no boundary.
     */
    static java.util.Optional<GeoJsonWriter.Feature> ring(AreaOrigin origin, ThresholdSet set, Threshold t,
            Geometry buffer) {
        Geometry lines = Outlines.of(multiPolygon(buffer));
        if (lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", t.label());
        p.put("kind", "ring");
        p.put("origin", origin.name());
        p.put("radius_km", t.radiusKm());
        p.put("label", t.label());
        p.put("category", set.categoryOf(t.radiusKm()));
        p.put("earth", origin.area().earth().label());
        return java.util.Optional.of(new GeoJsonWriter.Feature(lines, p));
    }

    private static List<GeoJsonWriter.Feature> originFeatures(AreaOrigin origin, double toleranceMeters) {
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        Geometry interior = AreaBuffer.interior(origin.area(), toleranceMeters);
        if (interior != null && !interior.isEmpty()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", origin.name());
            p.put("kind", "area");
            p.put("origin", origin.name());
            p.put("earth", origin.area().earth().label());
            out.add(new GeoJsonWriter.Feature(multiPolygon(interior), p));
        }
        if (!origin.area().lines().isEmpty()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", origin.name() + " lines");
            p.put("kind", "area");
            p.put("origin", origin.name());
            p.put("earth", origin.area().earth().label());
            out.add(new GeoJsonWriter.Feature(lines(origin), p));
        }
        int i = 0;
        for (GeoPoint q : origin.area().points()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", origin.name() + " point " + (++i));
            p.put("kind", "site");
            p.put("origin", origin.name());
            p.put("lat", q.latDeg());
            p.put("lon", q.normalizedLonDeg());
            out.add(new GeoJsonWriter.Feature(GF.createPoint(new Coordinate(q.normalizedLonDeg(), q.latDeg())), p));
        }
        return out;
    }

    /**
     * The area's lines as one MultiLineString in lon/lat, each cut where it crosses ±180° (the
     * crossing latitude interpolated in lon/lat, as the line's straight lon/lat edges read).
     */
    static Geometry lines(AreaOrigin origin) {
        List<LineString> parts = new ArrayList<>();
        for (List<GeoPoint> line : origin.area().lines()) {
            List<Coordinate> cur = new ArrayList<>();
            Coordinate prev = null;
            for (GeoPoint q : line) {
                Coordinate c = new Coordinate(q.normalizedLonDeg(), q.latDeg());
                if (prev != null && Math.abs(c.x - prev.x) > 180) {
                    double side = prev.x > 0 ? 180 : -180;
                    double cx = c.x + (side > 0 ? 360 : -360);
                    double lat = prev.y + (c.y - prev.y) * (side - prev.x) / (cx - prev.x);
                    cur.add(new Coordinate(side, lat));
                    addLine(parts, cur);
                    cur = new ArrayList<>();
                    cur.add(new Coordinate(-side, lat));
                }
                cur.add(c);
                prev = c;
            }
            addLine(parts, cur);
        }
        return GF.createMultiLineString(parts.toArray(new LineString[0]));
    }

    private static void addLine(List<LineString> parts, List<Coordinate> cs) {
        if (cs.size() >= 2) {
            parts.add(GF.createLineString(cs.toArray(new Coordinate[0])));
        }
    }

    /** The overlay writer for ranges from an area: the map's colours, titled as the map is. */
    public static OverlayWriter overlayWriter(OverlayFormat format, AreaOrigin origin, ThresholdSet set) {
        return new OverlayWriter(format, Overlays.style(), false, title(origin, set), EmbeddedData.attribution(),
                null);
    }

    /** {@code "INF Treaty ranges from RUS (part containing 54.71, 20.51)"}. */
    public static String title(AreaOrigin origin, ThresholdSet set) {
        return Maps.defaultTitle(List.of(site(origin)), set);
    }

    /** The stand-in site reports name: id {@value #SITE_ID}, the area's name, its centre. */
    public static Site site(AreaOrigin origin) {
        return new Site(SITE_ID, origin.name(), origin.centre(), "", 0);
    }

    /**
     * What a map of ranges from the area shows: its bands filled, each range's buffer outlined
     * and labelled, the area hatched and outlined (its points as sites, its lines outlined), and
     * the marked places: the capitals within the outermost range of the area if asked.
     */
    public static MapContent mapContent(AreaOrigin origin, ThresholdSet set, Targets targets) {
        return mapContent(origin, set, targets, buffers(origin, set, MAP_TOLERANCE_M));
    }

    /**
     * As {@link #mapContent(AreaOrigin, ThresholdSet, Targets)} with the buffers already traced
     * ({@link #buffers} at {@link #MAP_TOLERANCE_M}), so that several maps of one area share them.
     */
    public static MapContent mapContent(AreaOrigin origin, ThresholdSet set, Targets targets, List<Geometry> buffers) {
        List<Geometry> bandShapes = bands(buffers);
        List<Threshold> ts = set.thresholds();
        List<MapContent.MapBand> bands = new ArrayList<>();
        List<MapContent.MapOutline> outlines = new ArrayList<>();
        for (int j = 0; j < ts.size(); j++) {
            bands.add(new MapContent.MapBand(null, bandShapes.get(j), RangeLayers.bandLabel(set, j), j));
            outlines.add(new MapContent.MapOutline(buffers.get(j), ts.get(j).label(), ts.get(j).role()));
        }
        List<MapContent.MapHatch> hatches = new ArrayList<>();
        Geometry interior = AreaBuffer.interior(origin.area(), MAP_TOLERANCE_M);
        if (interior != null && !interior.isEmpty()) {
            hatches.add(new MapContent.MapHatch(null, interior, "Launch area: " + origin.name()));
            outlines.add(new MapContent.MapOutline(interior, "", Threshold.Role.PLAIN));
        }
        for (List<GeoPoint> line : origin.area().lines()) {
            Coordinate[] cs = line.stream().map(q -> new Coordinate(q.normalizedLonDeg(), q.latDeg()))
                    .toArray(Coordinate[]::new);
            LineString ls = GF.createLineString(cs);
            outlines.add(new MapContent.MapOutline(ls, "", Threshold.Role.PLAIN));
        }
        List<MapContent.MapSite> sites = new ArrayList<>();
        int i = 0;
        for (GeoPoint q : origin.area().points()) {
            sites.add(new MapContent.MapSite(origin.area().points().size() == 1 ? origin.name()
                    : origin.name() + " " + (++i), q, 0));
        }
        List<MapContent.MapTarget> marked = new ArrayList<>();
        targets.places().forEach(p -> marked.add(new MapContent.MapTarget(p.name(), p.point())));
        double outerKm = set.outermost().maxKm();
        if (targets.capitals()) {
            capitalsWithin(origin, outerKm, Maps.MAX_TARGETS)
                    .forEach(c -> marked.add(new MapContent.MapTarget(c.name(), GeoPoint.of(c.latDeg(), c.lonDeg()))));
        }
        String legend = targets.capitals() ? "Capital within " + KmFormat.label(outerKm) + " km of the area"
                : "Place of interest";
        return new MapContent(bands, List.of(), outlines, hatches, sites, marked, legend,
                "Ranges from " + origin.name(), EmbeddedData.attribution(), List.of());
    }

    /**
     * The frame of a map of ranges from the area: centred on the settings' centre, by default on the
     * area's centre ({@link AreaOrigin#centre}), titled {@link #title} unless the settings give one.
     */
    public static MapSpec mapSpec(AreaOrigin origin, ThresholdSet set, MapSettings m) {
        EarthModel earth = origin.area().earth();
        String subtitle = String.format(Locale.ROOT, "Exact geodesic distances from the area on the %s %s",
                earth.label(), earth == EarthModel.WGS84 ? "ellipsoid" : "sphere");
        return new MapSpec(m.widthPx(), m.heightPx(), m.dpi(), m.projection(),
                m.centre() != null ? m.centre() : Projections.defaultCentre(m.projection(), origin.centre()),
                m.extentKm(), earth,
                EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, m.basemap(),
                m.title() != null ? m.title() : title(origin, set), m.subtitle() != null ? m.subtitle() : subtitle);
    }

    /** Renders the map of ranges from the area. */
    public static MapWriter.Output writeMap(AreaOrigin origin, ThresholdSet set, Targets targets, MapSettings settings,
            MapFormat format) {
        return writeMap(mapSpec(origin, set, settings), mapContent(origin, set, targets), format);
    }

    /** Renders a map of ranges from an area from its frame and content. */
    public static MapWriter.Output writeMap(MapSpec spec, MapContent content, MapFormat format) {
        return MapWriter.write(spec, content, EmbeddedBasemaps::load, format);
    }

    /**
     * The shipped capitals within {@code rangeKm} of the area by exact distance (0 inside), the most
     * populous first (ties by name), at most {@code max}.
     */
    public static List<City> capitalsWithin(AreaOrigin origin, double rangeKm, int max) {
        double maxM = rangeKm * 1000.0;
        List<City> in = new ArrayList<>();
        for (City c : EmbeddedData.cities()) {
            if (c.capital() && origin.area().distanceMeters(GeoPoint.of(c.latDeg(), c.lonDeg())) <= maxM) {
                in.add(c);
            }
        }
        in.sort(Comparator.comparingLong(City::population).reversed().thenComparing(City::name));
        return in.stream().limit(max).toList();
    }

    /**
     * Writes the per-target coverage report of ranges from the area, as {@link CoverageReports#write}
     * does for sites: the {@code site} column holds {@value #SITE_ID}, {@code distance_km} the exact
     * distance from the area (0 inside).
     *
     * @param request ranges, earth, format (its sites are not looked at, nor its summary flag)
     * @throws IllegalArgumentException for a target that is an area
     */
    public static void writeCoverage(AreaOrigin origin, CoverageRequest request, TargetStream targets,
            ReadProgress progress, OutputStream out) throws IOException {
        BandScheme scheme = BandScheme.of(request.set());
        AreaClassifier classifier = new AreaClassifier(origin.area(), scheme, request.set());
        CoverageReport.TargetRows rows = new CoverageReport.TargetRows(request.format(), out, List.of(site(origin)),
                request.set().name(), scheme, request.earth(), targets.label(), EmbeddedData.ATTRIBUTION,
                request.set().outermost());
        long n;
        try {
            n = targets.forEachChunk(chunk -> {
                try {
                    rows.add(classifier.classify(chunk));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, progress);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        rows.finish(n, targets.isFile() ? targets.skipped() : -1);
        out.flush();
    }

    /** Tolerance (metres) of the band polygons whose areas the coverage summary gives. */
    public static final double SUMMARY_TOLERANCE_M = 50;

    /**
     * The coverage summary of ranges from the area: one row per band and one for the targets beyond
     * the outermost range, with {@code site} ({@value #SITE_ID}), {@code band}, {@code interval},
     * {@code category}, {@code targets}, {@code targets_population} and {@code area_total_km2}: the
     * geodesic area (GeographicLib {@code PolygonArea}) of the band polygons traced to
     * {@value #SUMMARY_TOLERANCE_M} m, so within that tolerance times their perimeter of the exact
     * area. Land, per-country and population-share figures are not computed from an area.
     *
     * @param request ranges, earth, format (its sites are not looked at)
     * @throws IllegalArgumentException for a target that is an area
     */
    public static org.rangekit.io.out.report.Report coverageSummary(AreaOrigin origin, CoverageRequest request,
            TargetStream targets, ReadProgress progress) {
        ThresholdSet set = request.set();
        BandScheme scheme = BandScheme.of(set);
        AreaClassifier classifier = new AreaClassifier(origin.area(), scheme, set);
        long[] count = new long[scheme.size() + 1];
        long[] population = new long[scheme.size() + 1];
        long n = targets.forEachChunk(chunk -> {
            for (org.rangekit.coverage.TargetResult r : classifier.classify(chunk)) {
                int b = r.band() < 0 ? scheme.size() : r.band();
                count[b]++;
                population[b] += Math.max(0, r.target().population());
            }
        }, progress);
        List<Geometry> bandShapes = scheme.size() == set.thresholds().size()
                ? bands(buffers(origin, set, SUMMARY_TOLERANCE_M)) : null;
        EarthModel earth = origin.area().earth();
        List<List<Object>> rows = new ArrayList<>();
        for (int b = 0; b < scheme.size(); b++) {
            org.rangekit.coverage.BandRule rule = scheme.band(b);
            Object km2 = bandShapes == null ? null : org.rangekit.io.out.report.Num.of(
                    GeodesicAreas.areaSquareMeters(GeodesicAreas.densify(bandShapes.get(b)), earth) / 1e6, 1);
            rows.add(new ArrayList<>(java.util.Arrays.asList(SITE_ID, rule.label(),
                    org.rangekit.io.out.report.ReportText.interval(rule), rule.category(),
                    org.rangekit.io.out.report.Num.of(count[b]), org.rangekit.io.out.report.Num.of(population[b]), km2)));
        }
        org.rangekit.coverage.BandRule last = scheme.band(scheme.size() - 1);
        rows.add(new ArrayList<>(java.util.Arrays.asList(SITE_ID,
                org.rangekit.io.out.report.ReportText.noneLabel(scheme),
                org.rangekit.range.Interval.atLeast(last.outerMeters() / 1000, !last.outerInclusive()).toBracketText(),
                set.categoryOfBand(scheme.maxOuterMeters() / 1000, Double.POSITIVE_INFINITY),
                org.rangekit.io.out.report.Num.of(count[scheme.size()]),
                org.rangekit.io.out.report.Num.of(population[scheme.size()]), null)));
        List<String> cols = List.of("site", "band", "interval", "category", "targets", "targets_population",
                "area_total_km2");
        List<String> notes = List.of(
                "targets: targets whose distance from the area (0 inside, else the shortest geodesic to its boundary) "
                        + "lies in the band; site 'area' is " + origin.name() + ".",
                "targets_population: sum of the targets' own population figures.",
                "area_total_km2: geodesic area (GeographicLib PolygonArea) of the band polygons traced to "
                        + KmFormat.plain(SUMMARY_TOLERANCE_M) + " m, within that tolerance times their perimeter of the "
                        + "exact area; land, per-country and population-share figures are not computed from an area.");
        org.rangekit.io.out.report.Table table = new org.rangekit.io.out.report.Table("summary",
                "Summary per band", cols, rows, List.of());
        Map<String, Object> params = org.rangekit.io.out.report.ReportText.parameters(List.of(site(origin)), set.name(),
                scheme, targets.label(), request.earth());
        params.put("targets_read", org.rangekit.io.out.report.Num.of(n));
        return new org.rangekit.io.out.report.Report("coverage", "Coverage summary of " + targets.label() + " from "
                + origin.name(), params, List.of(table), "summary", notes, EmbeddedData.ATTRIBUTION);
    }

    /**
     * A comparison of two ranges from an area: the report, and the band between the ranges as the
     * report measured it.
     *
     * @param report the report as {@code rangekit compare} writes it
     * @param band the band polygon (lon/lat, traced to {@link #SUMMARY_TOLERANCE_M})
     * @param bandSquareMeters its geodesic area (GeographicLib {@code PolygonArea})
     * @param rangeKm the range compared against (km)
     * @param vsRangeKm the other range (km)
     */
    public record RangeComparison(org.rangekit.io.out.report.ComparisonReport report, Geometry band,
                                  double bandSquareMeters, double rangeKm, double vsRangeKm) {
    }

    /**
     * What {@code vsRangeKm} adds over (or gives up against) {@code rangeKm} from the area, as
     * {@link ComparisonReports#ranges} gives it for a site: the targets whose exact distance from the
     * area lies between the ranges (0 inside), their totals, the population of the built-in cities
     * there and the band's area ({@link #SUMMARY_TOLERANCE_M}); no land, per-country or
     * population-share figures.
     *
     * @throws IllegalArgumentException for equal ranges, a range beyond {@link AreaBuffer#MAX_RADIUS_M},
     *     or a target that is an area
     */
    public static RangeComparison compareRanges(AreaOrigin origin, double rangeKm, double vsRangeKm,
            TargetStream targets, ReadProgress progress, org.rangekit.io.in.data.Scale scale) {
        if (!(rangeKm > 0) || !(vsRangeKm > 0) || rangeKm == vsRangeKm || Double.isInfinite(Math.max(rangeKm,
                vsRangeKm))) {
            throw new IllegalArgumentException("ranges must be two different finite numbers > 0 km, got " + rangeKm
                    + " and " + vsRangeKm);
        }
        ThresholdSet pair = ThresholdSet.custom(List.of(Math.min(rangeKm, vsRangeKm), Math.max(rangeKm, vsRangeKm)));
        List<Geometry> buffers = buffers(origin, pair, SUMMARY_TOLERANCE_M);
        Geometry band = multiPolygon(bands(buffers).get(1));
        double m2 = GeodesicAreas.areaSquareMeters(GeodesicAreas.densify(band), origin.area().earth());
        org.rangekit.coverage.ComparisonSummary.Ranges c = org.rangekit.coverage.ComparisonSummary.areaRanges(
                origin.area(), site(origin), rangeKm, vsRangeKm, m2, sink -> targets.forEachChunk(sink, progress),
                org.rangekit.io.in.targets.BuiltinTargets.load("cities", scale));
        return new RangeComparison(org.rangekit.io.out.report.ComparisonReport.areaRanges(c, origin.name(),
                SUMMARY_TOLERANCE_M, origin.area().earth(), targets.label(), EmbeddedData.ATTRIBUTION), band, m2,
                rangeKm, vsRangeKm);
    }

    /**
     * The overlay features of a comparison of two ranges from the area, as {@code compare --features}
     * writes them for a site: the area itself (as {@link #features} writes it), the band between the
     * ranges ({@code kind} {@code area}, properties {@code name, kind, origin, inner_km, outer_km,
     * label, category, area_km2, earth}; {@code area_km2} the report's) and the changed targets as
     * points with the report's CSV columns.
     *
     * @param edges how the output's readers draw edges: for {@link EdgeReading#GEODESIC} the band's
     *     edges are split until their geodesic reading is within {@link #SUMMARY_TOLERANCE_M}/2 of the
     *     lon/lat one
     */
    public static List<GeoJsonWriter.Feature> comparisonFeatures(AreaOrigin origin, RangeComparison c,
            EdgeReading edges) {
        EarthModel earth = origin.area().earth();
        List<GeoJsonWriter.Feature> out = new ArrayList<>(originFeatures(origin, SUMMARY_TOLERANCE_M));
        double lo = Math.min(c.rangeKm(), c.vsRangeKm());
        double hi = Math.max(c.rangeKm(), c.vsRangeKm());
        String category = ThresholdSet.inf().categoryOfBand(lo, hi);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", KmFormat.band(lo, hi) + ": " + category);
        p.put("kind", "area");
        p.put("origin", origin.name());
        p.put("inner_km", lo);
        p.put("outer_km", hi);
        p.put("label", KmFormat.band(lo, hi));
        p.put("category", category);
        p.put("area_km2", org.rangekit.io.out.RingFeatures.areaKm2(c.bandSquareMeters() / 1e6));
        p.put("earth", earth.label());
        Geometry g = edges == EdgeReading.GEODESIC
                ? GeodesicDensifier.densify(c.band(), earth, SUMMARY_TOLERANCE_M / 2) : c.band();
        out.add(new GeoJsonWriter.Feature(g, p));
        out.addAll(Overlays.reportPoints(c.report().forFormat(org.rangekit.io.out.report.Format.CSV, false)));
        return out;
    }

    private static Geometry multiPolygon(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon poly && !poly.isEmpty()) {
                parts.add(poly);
            }
        }
        return GF.createMultiPolygon(parts.toArray(new Polygon[0]));
    }
}
