package org.rangekit.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Target;
import org.rangekit.io.out.report.ReportText;
import org.rangekit.io.in.targets.TargetStream;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.EdgeReading;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.OverlayStyle;
import org.rangekit.io.out.OverlayWriter;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapContent;
import org.rangekit.render.MapLayer;
import org.rangekit.render.MapSpec;
import org.rangekit.render.MapStyle;
import org.rangekit.render.MapWriter;
import org.rangekit.render.RangeLayers;
import org.rangekit.render.Rgba;
import org.rangekit.scenario.DataFiles;
import org.rangekit.scenario.OverlayFormat;

/**
 * Overlays that GIS tools and globes open: sites, range discs or bands and ring outlines as
 * GeoJSON, KML, KMZ, GeoPackage, FlatGeobuf or CSV with WKT, the format chosen by the file
 * extension ({@link DataFiles#overlayFormat}), in the map legend's colours.
 *
 * <p>Example:
 * <pre>{@code
 * List<GeoJsonWriter.Feature> f = Overlays.features(List.of(site), ThresholdSet.inf(), EarthModel.WGS84,
 *         true, 50, EdgeReading.GEODESIC);
 * Overlays.write(out, OverlayFormat.KMZ, f, List.of(site), ThresholdSet.inf(), EarthModel.WGS84, false);
 * }</pre>
 *
 * <p>Features carry {@code name} and {@code kind} ({@code site}, {@code disc}, {@code band},
 * {@code ring}; readers of other parts add {@code radial}, {@code sector}, {@code target},
 * {@code area}); see {@link RingFeatures} for their properties and {@code io.out.OverlayLayers} for
 * the layers they go to.
 *
 * <p>Thread safety: stateless; thread-safe.
 */
public final class Overlays {

    private Overlays() {
    }

    /**
     * Every site's point, discs or bands and ring outlines ({@link RingFeatures#overlay}).
     *
     * @param sites the centres
     * @param set the ranges and their categories
     * @param earth the figure of the Earth
     * @param bands bands instead of discs
     * @param toleranceMeters largest gap (metres) between an edge, read as {@code edges} says, and the true ring
     * @param edges how the output's readers draw edges ({@link OverlayFormat#defaultEdges()})
     */
    public static List<GeoJsonWriter.Feature> features(List<Site> sites, ThresholdSet set, EarthModel earth,
            boolean bands, double toleranceMeters, EdgeReading edges) {
        return RingFeatures.overlay(sites, set, earth, bands, toleranceMeters, edges);
    }

    /**
     * Every target of a coverage request as a point feature ({@code kind} {@code target}) with its band
     * columns, the same as the per-target report's: {@code name, kind, country, lat, lon, site,
     * distance_km, band, category, needed_range_km, population} ({@code band} of a target out of
     * every range: {@code "beyond 5,500 km"}, as the report writes it); preceded by the sites' points.
     * Targets are read in chunks and classified exactly ({@link Coverage#classify}).
     *
     * @param request sites, ranges, earth, targets and scale
     * @return the features, sites first
     * @throws org.rangekit.io.in.targets.TargetFormatException when the targets name no set and no usable file
     */
    public static List<GeoJsonWriter.Feature> targetFeatures(CoverageRequest request) {
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        request.sites().forEach(s -> out.add(RingFeatures.site(s)));
        Coverage coverage = new Coverage(new CoverageParameters(request.sites(), request.set(), request.earth(),
                request.scale()));
        String beyond = ReportText.noneLabel(BandScheme.of(request.set()));
        try (TargetStream targets = TargetStream.open(request.targets(), request.scale(), TargetStream.skipBadRows(),
                warning -> { })) {
            targets.forEachChunk(chunk -> {
                for (TargetDistance d : coverage.classify(chunk)) {
                    out.add(target(d, beyond));
                }
            });
        }
        return out;
    }

    /**
     * The union of several sites' discs as polygons ({@code kind} {@code area}, layer {@code areas}):
     * for every range, the union of the sites' discs, or with {@code bands} that union less the
     * union of the next smaller range (for ranges 480,500 the 480–500 km delta band of the union) —
     * the geometry {@code map --union} fills, from the same rule ({@link RangeLayers#unionBands}):
     * lon/lat polygons cut at ±180°, a disc holding a pole closed along the pole line. Properties:
     * {@code name, kind, sites, site_names, inner_km, outer_km, label, category, area_km2, earth}.
     * {@code area_km2} is the geodesic area of the union on the Earth model as {@code compare}
     * reports it ({@link org.rangekit.coverage.UnionAreas}: discs traced to
     * {@value org.rangekit.coverage.UnionAreas#DISC_TOLERANCE_M} m, united, measured with
     * GeographicLib), a band's the outer union's less the inner union's.
     *
     * @param sites the centres (one site gives its own discs or bands)
     * @param set the ranges
     * @param earth the figure of the Earth
     * @param bands each range's band of the union instead of its whole union disc
     * @param toleranceMeters largest gap (metres) between an edge, read as {@code edges} says, and the true ring
     * @param edges how the output's readers draw edges
     */
    public static List<GeoJsonWriter.Feature> unionAreas(List<Site> sites, ThresholdSet set, EarthModel earth,
            boolean bands, double toleranceMeters, EdgeReading edges) {
        boolean geodesic = edges == EdgeReading.GEODESIC;
        List<RangeLayers.UnionBand> ubs = RangeLayers.unionBands(sites, set, earth,
                geodesic ? toleranceMeters / 2 : toleranceMeters);
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        org.rangekit.coverage.UnionAreas measure = new org.rangekit.coverage.UnionAreas(earth, null, List.of());
        List<org.rangekit.geodesy.GeoPoint> centres = sites.stream().map(Site::point).toList();
        double[] unionKm2 = new double[ubs.size()];
        for (int j = 0; j < ubs.size(); j++) {
            unionKm2[j] = measure.discs(centres, set.thresholds().get(j).radiusKm() * 1000).totalSquareMeters() / 1e6;
        }
        String ids = String.join(", ", sites.stream().map(Site::id).toList());
        String names = String.join(", ", sites.stream().map(Site::name).toList());
        for (int j = 0; j < ubs.size(); j++) {
            org.rangekit.range.Threshold t = set.thresholds().get(j);
            double innerKm = bands && j > 0 ? set.thresholds().get(j - 1).radiusKm() : 0;
            org.locationtech.jts.geom.Geometry g = bands ? ubs.get(j).band() : ubs.get(j).disc();
            if (g.isEmpty()) {
                continue;
            }
            if (geodesic) {
                g = org.rangekit.geometry.GeodesicDensifier.densify(g, earth, toleranceMeters / 2);
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", bands ? RangeLayers.bandLabel(set, j) : t.label());
            p.put("kind", "area");
            p.put("sites", ids);
            p.put("site_names", names);
            p.put("inner_km", innerKm);
            p.put("outer_km", t.radiusKm());
            p.put("label", t.label());
            p.put("category", bands ? set.categoryOfBand(innerKm, t.radiusKm()) : set.categoryOfBand(0, t.radiusKm()));
            p.put("area_km2", RingFeatures.areaKm2(Math.max(0, bands && j > 0 ? unionKm2[j] - unionKm2[j - 1] : unionKm2[j])));
            p.put("earth", earth.label());
            out.add(new GeoJsonWriter.Feature(multiPolygon(g), p));
        }
        return out;
    }

    /**
     * What one site's range covers and another's does not, as two polygons ({@code kind}
     * {@code area}, layer {@code areas}): within {@code rangeKm} of {@code b} but not of {@code a}
     * ({@code change} {@code only_vs_site}), then within it of {@code a} but not of {@code b}
     * ({@code only_site}) — the areas behind {@code compare --vs-site}'s two target tables, named
     * by their titles. Each disc is the lon/lat polygon of {@link org.rangekit.geometry.RingPolygons#disc}
     * (cut at ±180°, closed at a pole), the difference taken by JTS. {@code area_km2} is measured as
     * for {@link #unionAreas} ({@link org.rangekit.coverage.UnionAreas}): the union of the two discs
     * less the other site's disc. Properties: {@code name, kind, change, sites, site_names, inner_km,
     * outer_km, label, category, area_km2, earth}; an empty difference (one disc inside the other) is left out.
     *
     * @param onlyBName the name of the first polygon, e.g. the report's "Within 1,000 km of b but not of a"
     * @param onlyAName the name of the second
     */
    public static List<GeoJsonWriter.Feature> differenceAreas(Site a, Site b, double rangeKm, EarthModel earth,
            double toleranceMeters, EdgeReading edges, String onlyBName, String onlyAName) {
        boolean geodesic = edges == EdgeReading.GEODESIC;
        double tol = geodesic ? toleranceMeters / 2 : toleranceMeters;
        ThresholdSet set = ThresholdSet.custom(List.of(rangeKm));
        org.rangekit.range.Threshold t = set.thresholds().get(0);
        org.locationtech.jts.geom.Geometry discA = org.rangekit.geometry.RingPolygons.disc(
                new org.rangekit.range.Ring(a.point(), t.radiusMeters(), earth), tol);
        org.locationtech.jts.geom.Geometry discB = org.rangekit.geometry.RingPolygons.disc(
                new org.rangekit.range.Ring(b.point(), t.radiusMeters(), earth), tol);
        org.rangekit.coverage.UnionAreas measure = new org.rangekit.coverage.UnionAreas(earth, null, List.of());
        double both = measure.discs(List.of(a.point(), b.point()), t.radiusMeters()).totalSquareMeters() / 1e6;
        double aloneA = measure.discs(List.of(a.point()), t.radiusMeters()).totalSquareMeters() / 1e6;
        double aloneB = measure.discs(List.of(b.point()), t.radiusMeters()).totalSquareMeters() / 1e6;
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        Object[][] parts = {
            {onlyBName, "only_vs_site", discB, discA, both - aloneA},
            {onlyAName, "only_site", discA, discB, both - aloneB},
        };
        for (Object[] part : parts) {
            org.locationtech.jts.geom.Geometry g = org.locationtech.jts.operation.overlayng.OverlayNGRobust.overlay(
                    (org.locationtech.jts.geom.Geometry) part[2], (org.locationtech.jts.geom.Geometry) part[3],
                    org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE);
            if (g.isEmpty()) {
                continue;
            }
            if (geodesic) {
                g = org.rangekit.geometry.GeodesicDensifier.densify(g, earth, toleranceMeters / 2);
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", part[0]);
            p.put("kind", "area");
            p.put("change", part[1]);
            p.put("sites", a.id() + ", " + b.id());
            p.put("site_names", a.name() + ", " + b.name());
            p.put("inner_km", 0.0);
            p.put("outer_km", t.radiusKm());
            p.put("label", t.label());
            p.put("category", set.categoryOfBand(0, t.radiusKm()));
            p.put("area_km2", RingFeatures.areaKm2(Math.max(0, (double) part[4])));
            p.put("earth", earth.label());
            out.add(new GeoJsonWriter.Feature(multiPolygon(g), p));
        }
        return out;
    }

    /**
     * The rows of a report's CSV table that name a place ({@code lat} and {@code lon} columns) as
     * point features ({@code kind} {@code target}) with every column of the row, in the table's
     * order after {@code name} and {@code kind}: e.g. {@code compare}'s changed targets with
     * {@code change, name, country, lat, lon, site, distance_km, category, population}. When the CSV
     * table has no position, the rows of every table of the report that has one, each with
     * {@code change} = the table's title.
     *
     * @param report a report, as {@code ComparisonReport.forFormat(Format.CSV, false)} gives it
     * @return the points, in table order
     */
    public static List<GeoJsonWriter.Feature> reportPoints(org.rangekit.io.out.report.Report report) {
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        org.rangekit.io.out.report.Table csv = report.tables().stream()
                .filter(t -> t.key().equals(report.csvTable())).findFirst().orElse(null);
        if (csv != null && csv.columns().contains("lat") && csv.columns().contains("lon")) {
            csv.rows().forEach(r -> out.add(point(csv.columns(), r, null)));
            return out;
        }
        for (org.rangekit.io.out.report.Table t : report.tables()) {
            if (t.columns().contains("lat") && t.columns().contains("lon")) {
                t.rows().forEach(r -> out.add(point(t.columns(), r, t.title())));
            }
        }
        return out;
    }

    private static GeoJsonWriter.Feature point(List<String> columns, List<Object> row, String change) {
        Map<String, Object> p = new LinkedHashMap<>();
        int nameAt = columns.indexOf("name");
        p.put("name", nameAt < 0 ? null : plain(row.get(nameAt)));
        p.put("kind", "target");
        if (change != null) {
            p.put("change", change);
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).equals("name")) {
                p.put(columns.get(i), plain(row.get(i)));
            }
        }
        double lat = ((Number) p.get("lat")).doubleValue();
        double lon = ((Number) p.get("lon")).doubleValue();
        return new GeoJsonWriter.Feature(POINTS.createPoint(new Coordinate(lon, lat)), p);
    }

    /** A report cell as a property value: numbers as {@link java.math.BigDecimal}, the rest as text. */
    private static Object plain(Object cell) {
        if (cell instanceof org.rangekit.io.out.report.Num n) {
            return n.value();
        }
        return cell == null ? null : cell instanceof Number ? cell : cell.toString();
    }

    private static org.locationtech.jts.geom.Geometry multiPolygon(org.locationtech.jts.geom.Geometry g) {
        List<org.locationtech.jts.geom.Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon poly && !poly.isEmpty()) {
                parts.add(poly);
            }
        }
        return POINTS.createMultiPolygon(parts.toArray(new org.locationtech.jts.geom.Polygon[0]));
    }

    private static GeoJsonWriter.Feature target(TargetDistance d, String beyond) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", d.target().name());
        p.put("kind", "target");
        p.put("country", d.target().country());
        p.put("lat", d.target().latDeg());
        p.put("lon", d.target().lonDeg());
        p.put("site", d.site().id());
        p.put("distance_km", d.distanceKm());
        p.put("band", d.band() == null ? beyond : d.band());
        p.put("category", d.category());
        p.put("needed_range_km", d.neededRangeKm());
        p.put("population", d.target().population() == Target.UNKNOWN_POPULATION ? null : d.target().population());
        return new GeoJsonWriter.Feature(POINTS.createPoint(new Coordinate(d.target().lonDeg(), d.target().latDeg())),
                p);
    }

    private static final GeometryFactory POINTS = new GeometryFactory();

    /** The map legend's colours ({@link MapStyle#DEFAULT}) for overlays. */
    public static OverlayStyle style() {
        return style(MapStyle.DEFAULT);
    }

    /** The colours of a map style for overlays: band fills with the style's alpha, ring lines, ink. */
    public static OverlayStyle style(MapStyle map) {
        List<Integer> fills = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < map.bandPalette().size(); i++) {
            fills.add(map.bandFill(i).argb());
            lines.add(map.bandLine(i).argb());
        }
        return new OverlayStyle(fills, lines, map.ink().argb(), Rgba.hex(0x333333).argb(),
                Math.max(1, map.ringWidthPt() * 150 / 72.0));
    }

    /**
     * The legend the map of these sites and ranges shows, as a PNG (for a KMZ's ScreenOverlay).
     *
     * @return PNG bytes
     */
    public static byte[] legendPng(List<Site> sites, ThresholdSet set, EarthModel earth) {
        MapContent content = RangeLayers.build(sites, set, earth, false, List.of(), "", "");
        MapSpec spec = new MapSpec(800, 600, 150, ProjectionKind.AEQD, sites.get(0).point(), Double.NaN, earth,
                EnumSet.of(MapLayer.LEGEND, MapLayer.SITES), MapStyle.DEFAULT, null, "", "");
        return MapWriter.legendPng(spec, content);
    }

    /**
     * The writer of a format, with the map's colours, the data credit and, for KMZ, the legend of
     * these sites and ranges.
     *
     * @param format the output format
     * @param sites the sites the overlay shows (for the KML title and the KMZ legend)
     * @param set the ranges
     * @param earth the figure of the Earth
     * @param styled GeoJSON: add simplestyle-spec properties
     */
    public static OverlayWriter writer(OverlayFormat format, List<Site> sites, ThresholdSet set, EarthModel earth,
            boolean styled) {
        String title = Maps.defaultTitle(sites, set);
        byte[] legend = format == OverlayFormat.KMZ && !sites.isEmpty() ? legendPng(sites, set, earth) : null;
        return new OverlayWriter(format, style(), styled, title, EmbeddedData.attribution(), legend);
    }

    /**
     * Writes an overlay in {@code format}, leaving the stream open.
     *
     * @param out where to write
     * @param format the format ({@link DataFiles#overlayFormat} of the file name)
     * @param features the features, e.g. from {@link #features}
     * @param sites the sites (for the KML title and the KMZ legend)
     * @param set the ranges
     * @param earth the figure of the Earth
     * @param styled GeoJSON: add simplestyle-spec properties
     */
    public static void write(OutputStream out, OverlayFormat format, List<GeoJsonWriter.Feature> features,
            List<Site> sites, ThresholdSet set, EarthModel earth, boolean styled) throws IOException {
        writer(format, sites, set, earth, styled).write(out, features);
    }
}
