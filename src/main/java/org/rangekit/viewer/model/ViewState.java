package org.rangekit.viewer.model;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.api.AreaRanges;
import org.rangekit.api.MapRequest;
import org.rangekit.api.Maps;
import org.rangekit.geodesy.CoordinateParser;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.SiteParser;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.MapContent;
import org.rangekit.render.MapSpec;
import org.rangekit.render.RangeLayers;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Scenario;
import org.rangekit.scenario.Targets;

/**
 * Everything the viewer shows, as one immutable value: the sites, the ranges, the map's
 * projection, centre and zoom, and the targets the coverage table counts. Every edit in the
 * viewer makes a new state; background work (map preparation, coverage) takes the state it was
 * started for, so it never sees a half-made change.
 *
 * @param sites launch sites, in order (may be empty while the user builds a scenario)
 * @param set the ranges and their categories ({@code preset: inf} when its name is {@code inf})
 * @param earth figure of the Earth
 * @param union with several sites, fill the union of their discs (as {@code map --union})
 * @param projection map projection
 * @param centre centre of the view, or null for the middle of the sites (as {@code map} draws)
 * @param extentKm distance from the centre to the nearer edge of the view (km), NaN to fit the rings
 * @param targets what the coverage table counts: {@code capitals}, {@code cities} or a target file's path
 * @param compareKm a second range to compare with (km), NaN for none: the readout and table then
 *        say what the range between it and the nearest range adds
 * @param compareSites with several sites, the table also says what each site after the first adds
 *        to the first within the first range ({@code rangekit compare --vs-site})
 * @param area the area the ranges are measured from instead of sites (then {@code sites} is empty), or null
 */
public record ViewState(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union,
        ProjectionKind projection, GeoPoint centre, double extentKm, String targets, double compareKm,
        boolean compareSites, ViewArea area) {

    /** Resolution of the view (dots per inch): the screen's; exports double it with the size. */
    public static final double SCREEN_DPI = 96;
    /** Exports are drawn at this multiple of the view's size and resolution: the same map, sharper. */
    public static final int EXPORT_FACTOR = 2;
    /** The field name in messages about a site typed into the viewer. */
    public static final String SITE_FIELD = "site";

    public ViewState {
        sites = List.copyOf(sites);
        if (area != null && (!sites.isEmpty() || union || compareSites)) {
            throw new IllegalArgumentException("ranges from an area go without sites, union and compared sites");
        }
        if (set == null || earth == null || projection == null) {
            throw new IllegalArgumentException("ranges, earth model and projection are required");
        }
        if (!Double.isNaN(extentKm) && !(extentKm > 0 && extentKm <= 20_000)) {
            throw new IllegalArgumentException("extent must be a number in (0, 20000] km, got " + extentKm);
        }
        targets = targets == null || targets.isBlank() ? "capitals" : targets.strip();
    }

    /** The viewer's start: Kapustin Yar with the INF preset, as the README's first map. */
    public static ViewState initial() {
        Site ky = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
        return of(List.of(ky), ThresholdSet.inf(), EarthModel.WGS84, false, ProjectionKind.AEQD, Double.NaN);
    }

    /** A state centred on the sites, counting capitals, without a comparison. */
    public static ViewState of(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union,
            ProjectionKind projection, double extentKm) {
        return new ViewState(sites, set, earth, union, projection, null, extentKm, "capitals", Double.NaN, false, null);
    }

    /** A state of ranges from an area, centred on it, counting capitals. */
    public static ViewState ofArea(ViewArea area, ThresholdSet set, EarthModel earth, ProjectionKind projection,
            double extentKm) {
        return new ViewState(List.of(), set, earth, false, projection, null, extentKm, "capitals", Double.NaN, false,
                area);
    }

    /**
     * The state of a scenario: its sites (or its area), ranges, earth, union and shared map settings.
     *
     * @param file the file it was read from: a file its {@code area:} names is relative to its folder
     */
    public static ViewState of(Scenario s, java.nio.file.Path file) {
        if (s.area() != null) {
            return ofArea(ViewArea.ofScenario(s, file), s.set(), s.earth(), s.map().projection(), s.map().extentKm())
                    .withView(s.map().centre(), s.map().extentKm());
        }
        return of(s);
    }

    /** The state of a scenario from sites: its sites, ranges, earth, union and shared map settings. */
    public static ViewState of(Scenario s) {
        if (s.area() != null) {
            throw new IllegalArgumentException("a scenario from an area needs its file: ViewState.of(scenario, file)");
        }
        return of(s.sites(), s.set(), s.earth(), s.union(), s.map().projection(), s.map().extentKm())
                .withView(s.map().centre(), s.map().extentKm());
    }

    /**
     * A site typed or clicked: a catalog id, or coordinates (decimal or DMS, as {@code --site} takes
     * them). Coordinates are rounded to the 7 decimals of a coordinate site's id and read again, so a
     * saved scenario names exactly the same site.
     *
     * @throws IllegalArgumentException naming the text and what was expected
     */
    public static Site parseSite(String text) {
        Site s = SiteParser.parse(SITE_FIELD, text, SiteCatalog.builtIn());
        return SiteCatalog.builtIn().find(s.id()).isPresent() ? s : siteAt(s.point());
    }

    /** A coordinate site at a point, named by its coordinates (7 decimals). */
    public static Site siteAt(GeoPoint p) {
        String id = SiteParser.formatDeg(p.latDeg()) + "," + SiteParser.formatDeg(GeoPoint.normalizeLon(p.lonDeg()));
        return SiteParser.parse(SITE_FIELD, id, SiteCatalog.builtIn());
    }

    /** Whether there are sites (none while the ranges are measured from an area). */
    public boolean hasSites() {
        return !sites.isEmpty();
    }

    /** Whether there is something to draw and count: sites or an area. */
    public boolean hasOrigin() {
        return !sites.isEmpty() || area != null;
    }

    /** Whether the ranges are measured from an area instead of sites. */
    public boolean fromArea() {
        return area != null;
    }

    /** The ranges (km), increasing. */
    public List<Double> rangesKm() {
        return set.thresholds().stream().map(Threshold::radiusKm).toList();
    }

    /** The centre actually shown: the chosen one, or the middle of the sites as {@code map} draws. */
    public GeoPoint viewCentre() {
        if (centre != null) {
            return centre;
        }
        if (area != null) {
            return area.origin().centre();
        }
        return sites.isEmpty() ? GeoPoint.of(0, 0) : RangeLayers.centreOf(sites.stream().map(Site::point).toList());
    }

    /**
     * Settings of a map of the view at a size (pixels) and resolution; title and subtitle as {@code map}'s,
     * centred where the user moved the view (a scenario's {@code map: centre}), or on the sites.
     */
    public MapSettings settings(int widthPx, int heightPx, double dpi) {
        return new MapSettings(projection, widthPx, heightPx, dpi, extentKm, null, null, null, centre);
    }

    /**
     * The map request of this view: as {@code rangekit map} would draw it, marking the capitals in
     * range when the table counts capitals.
     */
    public MapRequest mapRequest(int widthPx, int heightPx, double dpi) {
        return new MapRequest(sites, set, earth, union, marked(), settings(widthPx, heightPx, dpi));
    }

    /** The places a map marks: the capitals in range when the table counts capitals (a scenario's {@code targets}). */
    Targets marked() {
        return targets.equals("capitals") ? Targets.CAPITALS : Targets.NONE;
    }

    /**
     * The frame of a map of the view, centred as {@code map} centres it: on the sites, or on the area
     * ({@link AreaRanges#mapSpec}).
     */
    public MapSpec mapSpec(int widthPx, int heightPx, double dpi) {
        return area != null ? AreaRanges.mapSpec(area.origin(), set, settings(widthPx, heightPx, dpi))
                : Maps.spec(mapRequest(widthPx, heightPx, dpi));
    }

    /**
     * What a map of the view draws: {@code map}'s content from the sites, or from the area as
     * {@code map --from-area} draws it ({@link AreaRanges#mapContent}).
     */
    public MapContent mapContent(int widthPx, int heightPx, double dpi) {
        return area != null ? area.mapContent(set, marked()) : Maps.content(mapRequest(widthPx, heightPx, dpi));
    }

    /**
     * The spec of the on-screen map: {@code map}'s, centred where the user moved the view (a Robinson
     * map the user has not centred stays on Greenwich, as {@code map} draws it).
     */
    public MapSpec screenSpec(int widthPx, int heightPx, String basemapScale) {
        MapSpec s = mapSpec(widthPx, heightPx, SCREEN_DPI);
        return new MapSpec(s.widthPx(), s.heightPx(), s.dpi(), s.projection(), s.centre(), s.extentKm(), s.earth(),
                s.layers(), s.style(), basemapScale, s.title(), s.subtitle());
    }

    public ViewState withSites(List<Site> newSites) {
        return new ViewState(newSites, set, earth, union, projection, centre, extentKm, targets, compareKm,
                compareSites, area);
    }

    /** This state with one site more. */
    public ViewState withSite(Site s) {
        List<Site> l = new ArrayList<>(sites);
        l.add(s);
        return withSites(l);
    }

    /** This state with the site at {@code index} replaced. */
    public ViewState withSite(int index, Site s) {
        List<Site> l = new ArrayList<>(sites);
        l.set(index, s);
        return withSites(l);
    }

    /** This state without the site at {@code index}. */
    public ViewState withoutSite(int index) {
        List<Site> l = new ArrayList<>(sites);
        l.remove(index);
        return withSites(l);
    }

    public ViewState withSet(ThresholdSet newSet) {
        return new ViewState(sites, newSet, earth, union, projection, centre, extentKm, targets, compareKm,
                compareSites, area);
    }

    /**
     * This state with custom ranges (km), categorised by the INF Treaty as {@code --range} does.
     *
     * @throws IllegalArgumentException for an empty list or a range given twice
     */
    public ViewState withRangesKm(List<Double> km) {
        if (km.isEmpty()) {
            throw new IllegalArgumentException("ranges: at least one range is needed, got none");
        }
        return withSet(ThresholdSet.custom(km));
    }

    public ViewState withProjection(ProjectionKind p) {
        return new ViewState(sites, set, earth, union, p, centre, extentKm, targets, compareKm,
                compareSites, area);
    }

    /**
     * This state centred on a point (null: on the sites or the area) at an extent. The centre is rounded
     * to the 7 decimals (about 1 cm) a saved scenario writes ({@link #centreText}), so that the view, its
     * exports and {@code run} on the saved scenario draw around exactly the same point.
     */
    public ViewState withView(GeoPoint newCentre, double newExtentKm) {
        GeoPoint c = newCentre == null ? null : CoordinateParser.parsePoint(centreText(newCentre));
        return new ViewState(sites, set, earth, union, projection, c, newExtentKm, targets, compareKm,
                compareSites, area);
    }

    /** A centre as a scenario's {@code map: centre} writes it: {@code LAT,LON} with at most 7 decimals. */
    public static String centreText(GeoPoint p) {
        return SiteParser.formatDeg(p.latDeg()) + "," + SiteParser.formatDeg(GeoPoint.normalizeLon(p.lonDeg()));
    }

    public ViewState withTargets(String newTargets) {
        return new ViewState(sites, set, earth, union, projection, centre, extentKm, newTargets, compareKm,
                compareSites, area);
    }

    public ViewState withCompareKm(double km) {
        return new ViewState(sites, set, earth, union, projection, centre, extentKm, targets, km, compareSites, area);
    }

    public ViewState withCompareSites(boolean c) {
        return new ViewState(sites, set, earth, union, projection, centre, extentKm, targets, compareKm, c, area);
    }

    public ViewState withUnion(boolean u) {
        return new ViewState(sites, set, earth, u, projection, centre, extentKm, targets, compareKm,
                compareSites, area);
    }
}
