package org.rangekit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.City;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.EmbeddedBasemaps;
import org.rangekit.render.MapContent;
import org.rangekit.render.MapContent.MapTarget;
import org.rangekit.render.MapFormat;
import org.rangekit.render.MapLayer;
import org.rangekit.render.MapSpec;
import org.rangekit.render.MapStyle;
import org.rangekit.render.MapWriter;
import org.rangekit.render.RangeLayers;

/**
 * One map to draw, checked: what the {@code map} command and scenario files both build before any
 * computation. Rendering is delegated to {@link MapWriter}.
 *
 * @param sites launch sites
 * @param set ranges and categories
 * @param earth figure of the Earth
 * @param union draw the union of several sites' discs
 * @param capitals mark capitals within the outermost range
 * @param places other places to mark (e.g. missile-defence sites), wherever they are
 * @param projection projection
 * @param widthPx width (pixels)
 * @param heightPx height (pixels)
 * @param dpi resolution
 * @param extentKm distance from the centre to the nearer edge (km), NaN to fit
 * @param basemap 110m, 50m, 10m or null for automatic
 * @param title title, null for the default
 * @param subtitle subtitle, null for the default
 */
record MapJob(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, boolean capitals,
        List<Site> places, ProjectionKind projection, int widthPx, int heightPx, double dpi, double extentKm, String basemap,
        String title, String subtitle) {

    /** Most capitals a map labels: beyond that, labels only crowd each other out. */
    static final int MAX_TARGETS = 80;

    /** Renders the map into the bytes of a file of the given format. */
    MapWriter.Output render(MapFormat format) {
        return MapWriter.write(spec(), content(), EmbeddedBasemaps::load, format);
    }

    MapSpec spec() {
        GeoPoint centre = RangeLayers.centreOf(sites.stream().map(Site::point).toList());
        return new MapSpec(widthPx, heightPx, dpi, projection, centre, extentKm, earth, EnumSet.allOf(MapLayer.class),
                MapStyle.DEFAULT, basemap, title != null ? title : defaultTitle(), subtitle != null ? subtitle
                        : defaultSubtitle());
    }

    MapContent content() {
        List<MapTarget> targets = new ArrayList<>();
        places.forEach(p -> targets.add(new MapTarget(p.name(), p.point())));
        if (capitals) {
            targets.addAll(capitalsInRange());
        }
        String legend = capitals ? "Capital within " + org.rangekit.render.MapRenderer.fmtKm(
                set.thresholds().get(set.thresholds().size() - 1).radiusKm()) + " km" : "Place of interest";
        return RangeLayers.build(sites, set, earth, union, targets, legend, EmbeddedData.attribution());
    }

    private List<MapTarget> capitalsInRange() {
        double maxM = set.thresholds().get(set.thresholds().size() - 1).radiusMeters();
        List<City> in = new ArrayList<>();
        for (City c : EmbeddedData.cities()) {
            if (!c.capital()) {
                continue;
            }
            GeoPoint p = GeoPoint.of(c.latDeg(), c.lonDeg());
            for (Site s : sites) {
                if (earth.distanceMeters(s.point(), p) <= maxM) {
                    in.add(c);
                    break;
                }
            }
        }
        in.sort(Comparator.comparingLong(City::population).reversed().thenComparing(City::name));
        return in.stream().limit(MAX_TARGETS).map(c -> new MapTarget(c.name(), GeoPoint.of(c.latDeg(), c.lonDeg())))
                .toList();
    }

    private String defaultTitle() {
        String what = set.name().equals("inf") ? "INF Treaty ranges" : "Ranges "
                + set.thresholds().stream().map(t -> Threshold.formatKm(t.radiusKm())).collect(Collectors.joining(", "))
                + " km";
        String from = sites.size() == 1 ? sites.get(0).name()
                : sites.stream().map(Site::name).collect(Collectors.joining(", "));
        return what + " from " + from;
    }

    private String defaultSubtitle() {
        String base = String.format(Locale.ROOT, "Exact geodesic distances on the %s %s", earth.label(),
                earth == EarthModel.WGS84 ? "ellipsoid" : "sphere");
        List<String> unc = sites.stream().filter(s -> s.uncertaintyKm() > 0)
                .map(s -> Threshold.formatKm(s.uncertaintyKm())).distinct().toList();
        return unc.isEmpty() ? base : base + "; site position uncertain by ±" + String.join("/", unc) + " km";
    }

    /** Checks that every range gives a well-defined ring from every site ({@link RangeLimits}). */
    void checkRanges(String option, String value) {
        RangeLimits.check(option, value, sites, set, earth);
    }

    /** Parses {@code 2000x1400}. */
    static int[] parseSize(String option, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})\\s*[x×]\\s*(\\d{1,6})").matcher(t);
        if (!m.matches()) {
            throw BadInputException.of(option, String.valueOf(text), "expected WIDTHxHEIGHT in pixels, e.g. 2000x1400");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 1 || h < 1 || w > MapSpec.MAX_SIDE_PX || h > MapSpec.MAX_SIDE_PX) {
            throw BadInputException.of(option, text, "each side must be between 1 and " + MapSpec.MAX_SIDE_PX + " pixels");
        }
        if ((long) w * h > MapSpec.MAX_PIXELS) {
            throw BadInputException.of(option, text, "at most " + MapSpec.MAX_PIXELS / 1_000_000 + " megapixels");
        }
        return new int[] {w, h};
    }

    /** Parses a projection name. */
    static ProjectionKind parseProjection(String option, String text) {
        try {
            return ProjectionKind.parse(text);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of(option, String.valueOf(text), "unknown projection; expected one of aeqd, ortho, "
                    + "laea, world, mercator");
        }
    }

    /** Parses and checks a dpi value; messages quote {@code text} as typed. */
    static double parseDpi(String option, String text) {
        double dpi;
        try {
            dpi = Double.parseDouble(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw BadInputException.of(option, String.valueOf(text), "not a number; expected a resolution between 10 "
                    + "and 2400 dpi");
        }
        if (!(dpi >= 10 && dpi <= 2400)) {
            throw BadInputException.of(option, text, "expected a resolution between 10 and 2400 dpi");
        }
        return dpi;
    }

    /** Checks a basemap scale (null = automatic). */
    static String checkBasemap(String option, String text) {
        if (text == null || text.equalsIgnoreCase("auto")) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("110m|50m|10m")) {
            throw BadInputException.of(option, text, "expected 110m, 50m, 10m or auto");
        }
        return t;
    }

    /** Checks an extent (null = fit). */
    static double checkExtent(String option, Double km) {
        if (km == null) {
            return Double.NaN;
        }
        if (!(km > 0 && km <= 20_000)) {
            throw BadInputException.of(option, Double.toString(km), "expected a distance in (0, 20000] km");
        }
        return km;
    }
}
