package org.rangekit.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.Fans;
import org.rangekit.io.out.FanFeatures;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.range.Fan;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * RFC 7946 GeoJSON of range discs and bands: lon/lat order, exterior rings counter-clockwise,
 * cut at the antimeridian, a bbox per feature and for the collection, at most 7 decimals. Each
 * feature carries the properties every rangekit export has, in this order: {@code site,
 * site_name, lat, lon, inner_km, outer_km, label, category, area_km2, earth}.
 *
 * <p>Example:
 * <pre>{@code
 * RingShape disc = Rings.disc(GeoPoint.of(48.58, 45.80), 500, EarthModel.WGS84);
 * System.out.println(GeoJson.toString(List.of(GeoJson.feature(disc, "500 km", null))));
 * GeoJson.write(out, GeoJson.features(List.of(site), ThresholdSet.inf(), EarthModel.WGS84, true, 50));
 * }</pre>
 *
 * <p>Thread safety: stateless; thread-safe.
 */
public final class GeoJson {

    private GeoJson() {
    }

    /**
     * The feature of one shape around a site.
     *
     * @param shape the disc or band
     * @param site the centre's site, for the {@code site} and {@code site_name} properties
     * @param label e.g. {@code "500 km"}
     * @param category e.g. {@link ThresholdSet#INF_SHORTER}, or null to write none
     */
    public static GeoJsonWriter.Feature feature(RingShape shape, Site site, String label, String category) {
        return RingFeatures.of(shape.geometry(), site, shape.innerKm(), shape.outerKm(), label, category,
                shape.areaSquareKm(), shape.earth());
    }

    /**
     * The feature of one shape; its site is named by its coordinates ({@code "48.58,45.8"}).
     *
     * @param shape the disc or band
     * @param label e.g. {@code "500 km"}
     * @param category e.g. {@link ThresholdSet#INF_SHORTER}, or null to write none
     */
    public static GeoJsonWriter.Feature feature(RingShape shape, String label, String category) {
        String id = GeoJsonWriter.formatNumber(shape.centre().latDeg()) + ","
                + GeoJsonWriter.formatNumber(shape.centre().lonDeg());
        return feature(shape, new Site(id, id, shape.centre(), "", 0), label, category);
    }

    /**
     * The discs (one per range) or bands (between consecutive ranges, the first being the disc
     * [0, r1]) of every site, site by site and innermost first, labelled and categorised by
     * {@code set}, as {@code rangekit rings} writes them.
     *
     * @param sites the centres
     * @param set the ranges and their categories
     * @param earth the figure of the Earth
     * @param bands bands instead of discs
     * @param toleranceMeters largest gap between a polygon edge in lon/lat and the true ring (metres)
     */
    public static List<GeoJsonWriter.Feature> features(List<Site> sites, ThresholdSet set, EarthModel earth,
            boolean bands, double toleranceMeters) {
        return RingFeatures.of(sites, set, earth, bands, toleranceMeters);
    }

    /**
     * The radials and sectors of a range fan around every site, site by site (radials, then
     * sectors), each with {@code name} and {@code kind} ({@code radial}, {@code sector}) properties.
     *
     * @param sites the centres
     * @param fan bearings, radial length and sectors
     * @param outermostKm the outermost ring (kilometres): the radials' length unless the fan gives one
     * @param earth the figure of the Earth
     * @param toleranceMeters largest gap between a lon/lat edge and the true line (metres)
     */
    public static List<GeoJsonWriter.Feature> fanFeatures(List<Site> sites, Fan fan, double outermostKm,
            EarthModel earth, double toleranceMeters) {
        return FanFeatures.of(Fans.parts(sites, fan, outermostKm, earth, toleranceMeters));
    }

    /**
     * Writes a FeatureCollection (UTF-8), leaving the stream open.
     *
     * @param out where to write
     * @param features the features
     * @param attribution credit for the data, e.g. {@code "Natural Earth; GeoNames"}, or null for none
     */
    public static void write(OutputStream out, List<GeoJsonWriter.Feature> features, String attribution)
            throws IOException {
        GeoJsonWriter.write(out, features, attribution);
    }

    /** The FeatureCollection of {@code features} as a string, without attribution. */
    public static String toString(List<GeoJsonWriter.Feature> features) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            GeoJsonWriter.write(buffer, features, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen writing to memory", e);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
