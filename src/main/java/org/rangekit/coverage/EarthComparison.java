package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.EarthRingDifference;
import org.rangekit.range.ThresholdSet;

/**
 * The same targets classified on WGS84 and on the sphere ({@link EarthModel#SPHERE}, GeographicLib
 * with flattening 0), side by side: the sphere's result of every target, the targets whose band
 * differs between the two models, and the ring difference ({@link EarthRingDifference}) of every
 * site and band edge.
 *
 * <p>Each model classifies on its own: the nearest site and the band on the sphere are those of
 * the spherical distances. Fed chunk by chunk ({@link #compare}); keeps only the targets whose band
 * differs, so a stream of any length is compared in bounded memory when few differ.
 *
 * <p>Thread safety: not thread-safe (collects the differing targets).
 */
public final class EarthComparison {

    private final Classifier wgs84;
    private final Classifier sphere;
    private final List<Difference> differences = new ArrayList<>();

    /**
     * A target whose band differs between the models.
     *
     * @param wgs84 its result on WGS84
     * @param sphere its result on the sphere
     */
    public record Difference(TargetResult wgs84, TargetResult sphere) {
    }

    /**
     * The ring difference of one site and one band edge.
     *
     * @param site index of the site
     * @param rangeMeters the band edge (metres)
     * @param difference the largest distance from the sphere ring to the WGS84 ring
     */
    public record RingDifference(int site, double rangeMeters, EarthRingDifference.Result difference) {
    }

    /**
     * @param sites the sites' positions
     * @param uncertaintiesKm each site's position uncertainty (km), in the order of {@code sites}
     * @param scheme the bands
     * @param categories the ranges' categories
     */
    public EarthComparison(List<GeoPoint> sites, List<Double> uncertaintiesKm, BandScheme scheme,
                           ThresholdSet categories) {
        this.wgs84 = new Classifier(sites, uncertaintiesKm, scheme, categories, EarthModel.WGS84);
        this.sphere = new Classifier(sites, uncertaintiesKm, scheme, categories, EarthModel.SPHERE);
    }

    /**
     * Classifies a chunk on both models, keeps the targets whose band differs and returns the
     * sphere's results.
     *
     * @param chunk the targets
     * @return the WGS84 and sphere results of each target, in order
     */
    public List<Difference> compare(List<Target> chunk) {
        List<TargetResult> w = wgs84.classify(chunk);
        List<TargetResult> s = sphere.classify(chunk);
        List<Difference> both = new ArrayList<>(chunk.size());
        for (int i = 0; i < w.size(); i++) {
            Difference d = new Difference(w.get(i), s.get(i));
            both.add(d);
            if (w.get(i).band() != s.get(i).band()) {
                differences.add(d);
            }
        }
        return both;
    }

    /** A feed that passes every chunk of {@code feed} on after comparing it. */
    public TargetFeed comparing(TargetFeed feed) {
        return sink -> feed.forEachChunk(chunk -> {
            compare(chunk);
            sink.accept(chunk);
        });
    }

    /** The targets compared so far whose band differs, in input order. */
    public List<Difference> differences() {
        return List.copyOf(differences);
    }

    /**
     * The ring difference of every site and every positive band edge, sites in order, edges ascending.
     *
     * @param sites the sites' positions
     * @param scheme the bands
     * @return one entry per site and edge
     */
    public static List<RingDifference> ringDifferences(List<GeoPoint> sites, BandScheme scheme) {
        List<RingDifference> out = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            for (double edge : scheme.edgesMeters()) {
                if (edge > 0 && Double.isFinite(edge)) {
                    out.add(new RingDifference(s, edge, EarthRingDifference.of(sites.get(s), edge)));
                }
            }
        }
        return out;
    }
}
