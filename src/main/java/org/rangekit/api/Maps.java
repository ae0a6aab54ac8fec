package org.rangekit.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.City;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.projection.Projections;
import org.rangekit.range.KmFormat;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Reach;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.render.EmbeddedBasemaps;
import org.rangekit.render.MapContent;
import org.rangekit.render.MapContent.MapTarget;
import org.rangekit.scenario.MapFormat;
import org.rangekit.render.MapLayer;
import org.rangekit.render.MapSpec;
import org.rangekit.render.MapStyle;
import org.rangekit.render.MapWriter;
import org.rangekit.render.RangeLayers;
import org.rangekit.render.SphereRings;
import org.rangekit.scenario.MapSettings;

/**
 * Range maps: the bands of a {@link MapRequest} drawn on the shipped Natural Earth basemap, as
 * the bytes of a PNG, SVG or PDF file or as an image. The same request gives the same bytes.
 *
 * <p>Example (the INF Treaty's ranges from Kapustin Yar, capitals in range marked):
 * <pre>{@code
 * Site ky = new Site("ky", "Kapustin Yar", GeoPoint.of(48.58, 45.80), "", 0);
 * MapRequest req = new MapRequest(List.of(ky), ThresholdSet.inf(), EarthModel.WGS84, false,
 *         Targets.CAPITALS, MapSettings.DEFAULT);
 * Files.write(Path.of("inf.png"), Maps.render(req, MapFormat.PNG));
 * BufferedImage img = Maps.image(req);
 * }</pre>
 *
 * <p>The drawing is done by {@code org.rangekit.render}; this class decides what a map shows:
 * which capitals are marked ({@link #capitalsWithin}, exact geodesic distance to the outermost
 * range of any site) and the default title and subtitle.
 *
 * <p>Thread safety: stateless; the basemaps are loaded once and shared.
 */
public final class Maps {

    /** Most capitals a map labels: beyond that, labels only crowd each other out. */
    public static final int MAX_TARGETS = 80;

    private Maps() {
    }

    /**
     * Renders a map into the bytes of a file.
     *
     * @param request what to draw and how
     * @param format PNG, SVG or PDF
     */
    public static byte[] render(MapRequest request, MapFormat format) {
        return write(request, format).bytes();
    }

    /** Renders a map and reports how long its stages took (for {@code rangekit map --timings}). */
    public static MapWriter.Output write(MapRequest request, MapFormat format) {
        MapWriter.warmUp();
        MapSpec spec = spec(request);
        EmbeddedBasemaps.prefetch(spec.basemapScale());
        return MapWriter.write(spec, content(request), EmbeddedBasemaps::load, format);
    }

    /**
     * Renders a map with the sphere's rings ({@link org.rangekit.geodesy.EarthModel#SPHERE}) drawn dashed over
     * the WGS84 bands, and the largest ring difference in the legend and the subtitle
     * ({@link org.rangekit.geometry.EarthRingDifference}).
     *
     * @param request what to draw and how; on WGS84, without claimed (dashed) ranges
     * @param format PNG, SVG or PDF
     * @return the file and the stages' timings
     * @throws IllegalArgumentException when the request is not on WGS84 or has a claimed range
     */
    public static MapWriter.Output writeComparingEarth(MapRequest request, MapFormat format) {
        if (request.earth() != org.rangekit.geodesy.EarthModel.WGS84) {
            throw new IllegalArgumentException("the earth comparison sets the sphere beside WGS84: expected earth "
                    + "WGS84, got " + request.earth().label());
        }
        MapWriter.warmUp();
        EmbeddedBasemaps.prefetch(request.settings().basemap());
        SphereRings.Largest largest = SphereRings.largest(request.sites(), request.set());
        MapContent content = SphereRings.added(content(request), request.sites(), request.set(), largest);
        MapSpec spec = spec(request);
        MapSettings m = request.settings();
        if (m.subtitle() == null) {
            spec = spec(request.withSettings(new MapSettings(m.projection(), m.widthPx(), m.heightPx(), m.dpi(),
                    m.extentKm(), m.basemap(), m.title(), spec.subtitle() + "; fine dashes: the same ranges on the sphere, "
                    + "at most " + largest.text() + " off", m.centre())));
        }
        return MapWriter.write(spec, content, EmbeddedBasemaps::load, format);
    }

    /** The map as an RGB image of {@code settings().widthPx()} × {@code heightPx()} pixels. */
    public static BufferedImage image(MapRequest request) {
        try {
            return ImageIO.read(new ByteArrayInputStream(render(request, MapFormat.PNG)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not decode the rendered PNG", e);
        }
    }

    /** The frame of the map: size, projection centred as the settings say (by default on the sites), extent, titles. */
    public static MapSpec spec(MapRequest r) {
        MapSettings m = r.settings();
        GeoPoint centre = m.centre() != null ? m.centre()
                : Projections.defaultCentre(m.projection(),
                        RangeLayers.centreOf(r.sites().stream().map(Site::point).toList()));
        return new MapSpec(m.widthPx(), m.heightPx(), m.dpi(), m.projection(), centre, m.extentKm(), r.earth(),
                EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, m.basemap(),
                m.title() != null ? m.title() : defaultTitle(r.sites(), r.set()),
                m.subtitle() != null ? m.subtitle() : defaultSubtitle(r.sites(), r.earth()));
    }

    /** What the map shows: bands, rings, sites and marked places. */
    public static MapContent content(MapRequest r) {
        List<MapTarget> targets = new ArrayList<>();
        r.targets().places().forEach(p -> targets.add(new MapTarget(p.name(), p.point())));
        boolean capitals = r.targets().capitals();
        RangeEstimate outermost = r.set().outermost();
        boolean uncertain = outermost.isInterval() || r.sites().stream().anyMatch(s -> s.uncertaintyKm() > 0);
        if (capitals) {
            capitalsInReach(r.sites(), outermost, r.earth(), MAX_TARGETS)
                    .forEach(c -> targets.add(new MapTarget(c.name(), GeoPoint.of(c.latDeg(), c.lonDeg()))));
        }
        String legend = !capitals ? "Place of interest"
                : uncertain ? "Capital certainly or possibly within " + outermost.kmText()
                : "Capital within " + KmFormat.label(outermostKm(r.set())) + " km";
        return RangeLayers.build(r.sites(), r.set(), r.earth(), r.union(), targets, legend, EmbeddedData.attribution(),
                r.fan());
    }

    /**
     * The shipped capitals within {@code rangeKm} of any site by exact geodesic distance, the most
     * populous first (ties by name), at most {@code max}.
     *
     * @param sites launch sites
     * @param rangeKm range (kilometres); a capital at exactly this distance is within
     * @param earth figure of the Earth
     * @param max most capitals returned
     */
    public static List<City> capitalsWithin(List<Site> sites, double rangeKm, EarthModel earth, int max) {
        double maxM = rangeKm * 1000.0;
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
        return in.stream().limit(max).toList();
    }

    /**
     * The shipped capitals certainly or possibly within {@code range} of any site ({@link Reach#of}: the
     * sites' position uncertainty and an interval's upper end count), the most populous first (ties by
     * name), at most {@code max}. For sites known exactly and a single range, {@link #capitalsWithin}.
     *
     * @param sites launch sites, with their uncertainty
     * @param range the range, a value or an interval
     * @param earth figure of the Earth
     * @param max most capitals returned
     */
    public static List<City> capitalsInReach(List<Site> sites, RangeEstimate range, EarthModel earth, int max) {
        List<City> in = new ArrayList<>();
        for (City c : EmbeddedData.cities()) {
            if (!c.capital()) {
                continue;
            }
            GeoPoint p = GeoPoint.of(c.latDeg(), c.lonDeg());
            for (Site s : sites) {
                if (Reach.of(earth.distanceMeters(s.point(), p) / 1000, s.uncertaintyKm(), range) != Reach.OUT) {
                    in.add(c);
                    break;
                }
            }
        }
        in.sort(Comparator.comparingLong(City::population).reversed().thenComparing(City::name));
        return in.stream().limit(max).toList();
    }

    /** {@code "INF Treaty ranges from Kapustin Yar"}, {@code "Ranges 480, 500 km from A, B"}. */
    public static String defaultTitle(List<Site> sites, ThresholdSet set) {
        String what = set.name().equals("inf") ? "INF Treaty ranges" : "Ranges "
                + set.thresholds().stream().map(t -> KmFormat.plain(t.radiusKm())).collect(Collectors.joining(", "))
                + " km";
        String from = sites.size() == 1 ? sites.get(0).name()
                : sites.stream().map(Site::name).collect(Collectors.joining(", "));
        return what + " from " + from;
    }

    /** {@code "Exact geodesic distances on the WGS84 ellipsoid"}, with the sites' uncertainty if any. */
    public static String defaultSubtitle(List<Site> sites, EarthModel earth) {
        String base = String.format(Locale.ROOT, "Exact geodesic distances on the %s %s", earth.label(),
                earth == EarthModel.WGS84 ? "ellipsoid" : "sphere");
        List<String> unc = sites.stream().filter(s -> s.uncertaintyKm() > 0)
                .map(s -> KmFormat.plain(s.uncertaintyKm())).distinct().toList();
        return unc.isEmpty() ? base : base + "; site position uncertain by ±" + String.join("/", unc) + " km";
    }

    private static double outermostKm(ThresholdSet set) {
        return set.thresholds().get(set.thresholds().size() - 1).radiusKm();
    }
}
