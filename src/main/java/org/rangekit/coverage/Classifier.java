package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.RangeEstimate;
import org.rangekit.range.Reach;
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
    private final double[] uncertaintyKm;
    private final RangeEstimate reachRange;

    /**
     * A classifier for sites known exactly.
     *
     * @param sites the sites, at least one
     * @param scheme bands to classify into
     * @param categories the category rule for a distance (e.g. the INF Treaty's)
     */
    public Classifier(List<GeoPoint> sites, BandScheme scheme, ThresholdSet categories, EarthModel earth) {
        this(sites, java.util.Collections.nCopies(sites.size(), 0.0), scheme, categories, earth);
    }

    /**
     * A classifier for sites known to ±u each: every result also says whether the target is
     * certainly, possibly or not within the set's farthest range ({@link ThresholdSet#outermost()})
     * from any of the sites ({@link Reach#of}).
     *
     * @param sites the sites, at least one
     * @param uncertaintiesKm each site's position uncertainty (kilometres), ≥ 0, in the order of {@code sites}
     * @param scheme bands to classify into
     * @param categories the category rule for a distance (e.g. the INF Treaty's)
     */
    public Classifier(List<GeoPoint> sites, List<Double> uncertaintiesKm, BandScheme scheme, ThresholdSet categories,
            EarthModel earth) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("at least one site is required");
        }
        if (uncertaintiesKm.size() != sites.size()) {
            throw new IllegalArgumentException("one uncertainty per site is needed, got " + uncertaintiesKm.size()
                    + " for " + sites.size() + " sites");
        }
        this.sites = List.copyOf(sites);
        this.scheme = scheme;
        this.categories = categories;
        this.earth = earth;
        this.uncertaintyKm = uncertaintiesKm.stream().mapToDouble(Double::doubleValue).toArray();
        this.reachRange = categories.outermost();
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
            double[] all = null;
            if (t.isArea()) {
                site = 0;
                d = Double.POSITIVE_INFINITY;
                all = new double[sites.size()];
                for (int s = 0; s < sites.size(); s++) {
                    double ds = BandClipper.nearestDistanceMeters(sites.get(s), t.area(), earth);
                    all[s] = ds;
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
            out.add(new TargetResult(t, site, d, scheme.bandOf(d), categoryOfMeters(categories, d),
                    reach(t, site, d, all)));
        }
        return out;
    }

    /**
     * The best of {@link Reach#of} over the sites: certainly in if one site certainly reaches the
     * target, else possibly if one possibly does. The nearest site decides unless another site's
     * uncertainty differs from its own (with equal uncertainties the nearest site has the smallest
     * {@code d ± u}); only then are other sites' exact distances computed.
     */
    private Reach reach(Target t, int site, double d, double[] all) {
        Reach best = Reach.of(d / 1000, uncertaintyKm[site], reachRange);
        for (int s = 0; s < sites.size() && best != Reach.CERTAINLY_IN; s++) {
            if (s == site || uncertaintyKm[s] == uncertaintyKm[site]) {
                continue;
            }
            double ds = all != null ? all[s] : earth.distanceMeters(sites.get(s), GeoPoint.of(t.latDeg(), t.lonDeg()));
            Reach r = Reach.of(ds / 1000, uncertaintyKm[s], reachRange);
            if (r.ordinal() < best.ordinal()) {
                best = r;
            }
        }
        return best;
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
