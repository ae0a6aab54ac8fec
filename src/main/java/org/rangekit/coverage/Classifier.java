package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.ThresholdSet;

/**
 * Classifies targets for per-target output: nearest site, exact geodesic distance, band and
 * category. Point targets find their nearest site through the bound of {@link NearestSite} and
 * get the exact distance to it; area targets get the distance to their nearest point
 * ({@link BandClipper#nearestDistanceMeters}) from every site.
 *
 * <p>Works on chunks, so a caller can stream a file of any length through it.
 *
 * <p>Thread safety: immutable.
 */
public final class Classifier {

    private final List<GeoPoint> sites;
    private final BandScheme scheme;
    private final ThresholdSet categories;
    private final EarthModel earth;

    /**
     * @param sites the sites, at least one
     * @param scheme bands to classify into
     * @param categories the category rule for a distance (e.g. the INF Treaty's)
     */
    public Classifier(List<GeoPoint> sites, BandScheme scheme, ThresholdSet categories, EarthModel earth) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("at least one site is required");
        }
        this.sites = List.copyOf(sites);
        this.scheme = scheme;
        this.categories = categories;
        this.earth = earth;
    }

    public BandScheme scheme() {
        return scheme;
    }

    /** Results for a chunk of targets, in the same order. */
    public List<TargetResult> classify(List<Target> chunk) {
        List<Target> points = new ArrayList<>();
        for (Target t : chunk) {
            if (!t.isArea()) {
                points.add(t);
            }
        }
        double[] lat = new double[points.size()];
        double[] lon = new double[points.size()];
        for (int i = 0; i < lat.length; i++) {
            lat[i] = points.get(i).latDeg();
            lon[i] = points.get(i).lonDeg();
        }
        TargetPoints tp = new TargetPoints(earth, lat, lon);
        NearestSite nearest = sites.size() > 1 ? new NearestSite(sites, tp) : null;
        List<TargetResult> out = new ArrayList<>(chunk.size());
        int pi = 0;
        for (Target t : chunk) {
            int site;
            double d;
            if (t.isArea()) {
                site = 0;
                d = Double.POSITIVE_INFINITY;
                for (int s = 0; s < sites.size(); s++) {
                    double ds = BandClipper.nearestDistanceMeters(sites.get(s), t.area(), earth);
                    if (ds < d) {
                        d = ds;
                        site = s;
                    }
                }
            } else {
                site = nearest == null ? 0 : nearest.nearest(tp, pi);
                GeoPoint s = sites.get(site);
                d = earth.distanceMeters(s, GeoPoint.of(t.latDeg(), t.lonDeg()));
                pi++;
            }
            out.add(new TargetResult(t, site, d, scheme.bandOf(d), categoryOfMeters(categories, d)));
        }
        return out;
    }

    /**
     * The category of a distance in metres, comparing with the category edges converted to
     * metres (exact for whole kilometres), so that a distance and its band never disagree by a
     * rounding of d/1000 at an edge.
     */
    public static String categoryOfMeters(ThresholdSet set, double meters) {
        return set.categorySet().categoryOfMeters(meters);
    }
}
