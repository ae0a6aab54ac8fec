package org.rangekit.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.range.Interval;
import org.rangekit.range.KmFormat;
import org.rangekit.range.ThresholdSet;

/**
 * What a different range or a different site changes on the ground, as sets of targets and their
 * totals. Three comparisons, each fed chunk by chunk. Memory grows with the difference, not with
 * the input: {@link Ranges} and {@link TwoSites} keep every changed target (to list them), every
 * other target is only counted; {@link Union} keeps counts only.
 *
 * <ul>
 * <li>{@link Ranges}: one site, two ranges; the targets with lo &lt; d ≤ hi km (added when the
 *   second range is longer, removed when it is shorter).</li>
 * <li>{@link TwoSites}: two sites, one range; the targets within range of only the first, only
 *   the second, or both.</li>
 * <li>{@link Union}: several sites, one range; each site alone, the targets no other site reaches,
 *   and the union counted once.</li>
 * </ul>
 *
 * <p>Membership is decided by the exact WGS84 geodesic distance ({@link Classifier}; GeographicLib,
 * Karney 2013, doi:10.1007/s00190-012-0578-z). Populations sum the targets' own figures, an
 * unknown (negative) figure counting as 0.
 *
 * <p>Thread safety: the accumulators are mutable and not thread safe; the records are immutable.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * A number of targets and the sum of their population figures.
     *
     * @param targets number of targets
     * @param population sum of their population figures (persons; unknown counts as 0)
     */
    public record Tally(long targets, long population) {

        public static final Tally ZERO = new Tally(0, 0);

        public Tally {
            if (targets < 0 || population < 0) {
                throw new IllegalArgumentException("targets and population must be >= 0, got " + targets
                        + " and " + population);
            }
        }

        /** This tally with one more target of population {@code population} (persons). */
        Tally plus(long population) {
            return new Tally(targets + 1, this.population + Math.max(0, population));
        }

        /** This tally without {@code part}, a subset of it (e.g. only A = A minus both). */
        public Tally minus(Tally part) {
            return new Tally(targets - part.targets, population - part.population);
        }
    }

    /**
     * The ground a set covers: area on the ellipsoid, land area and the population of the countries
     * in it by area share ({@link BandAreas#POPULATION_BY_AREA_SHARE}).
     *
     * @param populationByAreaShare persons, assuming an even spread over each country
     * @param totalSquareMeters area on the ellipsoid (square metres)
     * @param landSquareMeters land area (square metres)
     */
    public record Ground(double populationByAreaShare, double totalSquareMeters, double landSquareMeters) {

        public static Ground of(BandAreas.BandArea a) {
            return new Ground(a.populationByAreaShare(), a.totalSquareMeters(), a.landSquareMeters());
        }

        public static Ground of(OverlapAreas.Overlap o) {
            return new Ground(o.populationByAreaShare(), o.totalSquareMeters(), o.landSquareMeters());
        }

        public static Ground of(UnionAreas.Areas u) {
            return new Ground(u.populationByAreaShare(), u.totalSquareMeters(), u.landSquareMeters());
        }

        /** This ground without {@code part}, a subset of it (e.g. disc A minus the overlap). */
        public Ground minus(Ground part) {
            return new Ground(populationByAreaShare - part.populationByAreaShare,
                    totalSquareMeters - part.totalSquareMeters, landSquareMeters - part.landSquareMeters);
        }
    }

    /**
     * The totals of one set: its listed targets, the population of the built-in cities in it, and
     * its ground.
     *
     * @param targets the listed targets in the set
     * @param citiesPopulation population of the built-in cities in the set (persons)
     * @param ground the set's areas
     */
    public record Totals(Tally targets, long citiesPopulation, Ground ground) {

        /** These totals without {@code part}, a subset of them. */
        public Totals minus(Totals part) {
            return new Totals(targets.minus(part.targets), citiesPopulation - part.citiesPopulation,
                    ground.minus(part.ground));
        }
    }

    /**
     * The one-band scheme lo &lt; d ≤ hi km between two ranges, labelled {@code "lo–hi km"} with
     * the INF Treaty category of that band.
     *
     * @param rangeKm first range (km)
     * @param vsRangeKm second range (km), different from the first
     */
    public static BandScheme deltaScheme(double rangeKm, double vsRangeKm) {
        if (!(rangeKm > 0) || !(vsRangeKm > 0) || rangeKm == vsRangeKm) {
            throw new IllegalArgumentException("ranges must be two different finite numbers > 0 km, got "
                    + rangeKm + " and " + vsRangeKm);
        }
        double lo = Math.min(rangeKm, vsRangeKm);
        double hi = Math.max(rangeKm, vsRangeKm);
        String label = KmFormat.band(lo, hi);
        return new BandScheme("delta", List.of(
                new BandRule(label, ThresholdSet.inf().categoryOfBand(lo, hi), Interval.openClosed(lo, hi))));
    }

    /** Population of the targets of {@code targets} in band 0 of {@code scheme} from {@code site} (persons). */
    private static long population(GeoPoint site, BandScheme scheme, EarthModel earth, List<Target> targets) {
        CoverageTotals totals = new CoverageTotals(List.of(site), scheme, earth);
        totals.add(targets);
        return totals.population(0, 0);
    }

    /**
     * Two ranges from one origin (a site or an area): the targets between them, with what both kinds
     * of origin keep alike (the delta scheme, the targets read, those in the band and their tally).
     */
    public abstract static class RangeDelta {

        final double rangeKm;
        final double vsRangeKm;
        final BandScheme scheme;
        private final List<TargetResult> changed = new ArrayList<>();
        long read;
        private Tally tally = Tally.ZERO;

        RangeDelta(double rangeKm, double vsRangeKm) {
            this.rangeKm = rangeKm;
            this.vsRangeKm = vsRangeKm;
            this.scheme = deltaScheme(rangeKm, vsRangeKm);
        }

        /** Adds a chunk of targets. */
        public abstract void add(List<Target> chunk);

        /** Population of the targets of {@code cities} between the ranges (persons). */
        public abstract long populationOf(List<Target> cities);

        /** Keeps the classified targets that lie in the band between the ranges (band 0). */
        final void keep(List<TargetResult> results) {
            for (TargetResult r : results) {
                if (r.band() == 0) {
                    changed.add(r);
                    tally = tally.plus(r.target().population());
                }
            }
        }

        /** True when the second range is the longer, so the band is what it adds. */
        public boolean adds() {
            return vsRangeKm > rangeKm;
        }

        /** The one-band scheme between the ranges ({@link #deltaScheme}). */
        public BandScheme scheme() {
            return scheme;
        }

        /** Targets added so far. */
        public long read() {
            return read;
        }

        /** The targets between the ranges, in the order added. */
        public List<TargetResult> changed() {
            return List.copyOf(changed);
        }

        /** Count and population of {@link #changed()}. */
        public Tally tally() {
            return tally;
        }
    }

    /** One site, two ranges: the targets between them. */
    public static final class Ranges extends RangeDelta {

        private final GeoPoint site;
        private final EarthModel earth;
        private final Classifier classifier;

        /**
         * @param site the site
         * @param rangeKm the range compared against (km)
         * @param vsRangeKm the other range (km), different from {@code rangeKm}
         */
        public Ranges(GeoPoint site, double rangeKm, double vsRangeKm, EarthModel earth) {
            super(rangeKm, vsRangeKm);
            this.site = site;
            this.earth = earth;
            this.classifier = new Classifier(List.of(site), scheme, ThresholdSet.inf(), earth);
        }

        @Override
        public void add(List<Target> chunk) {
            List<TargetResult> results = classifier.classify(chunk);
            read += results.size();
            keep(results);
        }



        /** Population of the targets of {@code cities} between the ranges (persons). */
        @Override
        public long populationOf(List<Target> cities) {
            return population(site, scheme, earth, cities);
        }
    }

    /**
     * One area, two ranges: the targets whose exact distance from the area ({@link AreaClassifier}: 0
     * inside, else the shortest geodesic to its boundary) lies between them, as {@link Ranges} does
     * for a site.
     *
     * <p>Most targets are settled without measuring their distance from the area: with c a centre of
     * the area, every point of the area lies within R of c (R: the farthest vertex plus half the
     * longest edge, since a point of an edge is within half its length of an end; the area holds no
     * point farther, as it does not hold the antipode of c), and c lies within e of the area, so the
     * triangle inequality gives d(p, c) − R ≤ distance ≤ d(p, c) + e. A target whose bounds, widened
     * by {@value #BOUND_SLACK_M} m, leave the band on one side is counted as out of it; the others are
     * measured exactly. Areas with R over {@value #MAX_BOUND_RADIUS_M} m, or holding the antipode of
     * c, are measured target by target.
     */
    public static final class AreaRanges extends RangeDelta {

        /** Widening (metres) of the bounds: far above the error of GeographicLib's inverse problem. */
        static final double BOUND_SLACK_M = 1;
        /** Largest R (metres) for which the bounds are used. */
        static final double MAX_BOUND_RADIUS_M = 5_000_000;

        private final GeodesicArea area;
        private final AreaClassifier classifier;
        private final GeoPoint centre;
        private final double radiusM;
        private final double centreToAreaM;
        private final double loM;
        private final double hiM;
        private long measured;

        /**
         * @param area the origin of the ranges
         * @param centre a point near the area (e.g. the mean of its vertices), for the bounds
         * @param rangeKm the range compared against (km)
         * @param vsRangeKm the other range (km), different from {@code rangeKm}
         */
        public AreaRanges(GeodesicArea area, GeoPoint centre, double rangeKm, double vsRangeKm) {
            this(area, centre, rangeKm, vsRangeKm, boundRadiusMeters(area, centre));
        }

        private AreaRanges(GeodesicArea area, GeoPoint centre, double rangeKm, double vsRangeKm, double radiusM) {
            this(area, centre, rangeKm, vsRangeKm, radiusM,
                    Double.isNaN(radiusM) ? Double.NaN : area.distanceMeters(centre));
        }

        /**
         * R of the bounds: every point of the area within R of {@code centre} (the farthest vertex plus
         * half the longest edge); NaN when the bounds are not used (R over {@value #MAX_BOUND_RADIUS_M} m,
         * or the area holds the antipode of {@code centre}).
         */
        private static double boundRadiusMeters(GeodesicArea area, GeoPoint centre) {
            EarthModel earth = area.earth();
            double far = 0;
            double halfEdge = 0;
            for (GeoPoint q : area.points()) {
                far = Math.max(far, earth.distanceMeters(centre, q));
            }
            List<List<GeoPoint>> chains = new ArrayList<>();
            for (List<GeoPoint> r : area.rings()) {
                List<GeoPoint> closed = new ArrayList<>(r);
                closed.add(r.get(0));
                chains.add(closed);
            }
            chains.addAll(area.lines());
            for (List<GeoPoint> c : chains) {
                for (int i = 0; i < c.size(); i++) {
                    far = Math.max(far, earth.distanceMeters(centre, c.get(i)));
                    if (i > 0) {
                        halfEdge = Math.max(halfEdge, earth.distanceMeters(c.get(i - 1), c.get(i)) / 2);
                    }
                }
            }
            double r = far + halfEdge;
            GeoPoint antipode = GeoPoint.of(-centre.latDeg(), GeoPoint.normalizeLon(centre.lonDeg() + 180));
            return r <= MAX_BOUND_RADIUS_M && !area.contains(antipode) ? r : Double.NaN;
        }

        @Override
        public void add(List<Target> chunk) {
            List<Target> near = new ArrayList<>();
            for (Target t : chunk) {
                read++;
                if (maybeInBand(t)) {
                    near.add(t);
                }
            }
            measured += near.size();
            keep(classifier.classify(near));
        }

        /**
         * False when the bounds settle {@code t} as out of the band; true when it must be measured.
         *
         * @throws IllegalArgumentException for a target that is an area
         */
        private boolean maybeInBand(Target t) {
            if (t.isArea()) {
                classifier.classify(List.of(t)); // refuses it, naming the target
            }
            if (Double.isNaN(radiusM)) {
                return true;
            }
            double dc = area.earth().distanceMeters(centre, GeoPoint.of(t.latDeg(), t.lonDeg()));
            boolean beyond = dc - radiusM - BOUND_SLACK_M > hiM;
            boolean within = dc + centreToAreaM + BOUND_SLACK_M <= loM;
            return !beyond && !within;
        }


        /** Targets whose distance from the area was measured (the others settled by the bounds). */
        public long measured() {
            return measured;
        }


        /** Population of the targets of {@code cities} between the ranges (persons). */
        @Override
        public long populationOf(List<Target> cities) {
            AreaRanges c = new AreaRanges(area, centre, rangeKm, vsRangeKm, radiusM, centreToAreaM);
            c.add(cities);
            return c.tally().population();
        }

        private AreaRanges(GeodesicArea area, GeoPoint centre, double rangeKm, double vsRangeKm, double radiusM,
                double centreToAreaM) {
            super(rangeKm, vsRangeKm);
            this.area = area;
            this.classifier = new AreaClassifier(area, scheme, ThresholdSet.inf());
            this.centre = centre;
            this.loM = Math.min(rangeKm, vsRangeKm) * 1000;
            this.hiM = Math.max(rangeKm, vsRangeKm) * 1000;
            this.radiusM = radiusM;
            this.centreToAreaM = centreToAreaM;
        }
    }

    /** Two sites, one range: what lies within range of only one of them, and of both. */
    public static final class TwoSites {

        private final GeoPoint site;
        private final GeoPoint vsSite;
        private final double rangeMeters;
        private final EarthModel earth;
        private final BandScheme disc;
        private final Classifier classifySite;
        private final Classifier classifyVsSite;
        private final List<TargetResult> onlySite = new ArrayList<>();
        private final List<TargetResult> onlyVsSite = new ArrayList<>();
        private long read;
        private Tally inSite = Tally.ZERO;
        private Tally inVsSite = Tally.ZERO;
        private Tally inBoth = Tally.ZERO;

        /**
         * @param site the first site
         * @param vsSite the second site
         * @param rangeKm the range from either (km)
         */
        public TwoSites(GeoPoint site, GeoPoint vsSite, double rangeKm, EarthModel earth) {
            this.site = site;
            this.vsSite = vsSite;
            this.rangeMeters = rangeKm * 1000;
            this.earth = earth;
            ThresholdSet set = ThresholdSet.custom(List.of(rangeKm));
            this.disc = BandScheme.of(set);
            this.classifySite = new Classifier(List.of(site), disc, set, earth);
            this.classifyVsSite = new Classifier(List.of(vsSite), disc, set, earth);
        }

        /** Adds a chunk of targets. */
        public void add(List<Target> chunk) {
            List<TargetResult> ra = classifySite.classify(chunk);
            List<TargetResult> rb = classifyVsSite.classify(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                boolean inA = ra.get(i).band() == 0;
                boolean inB = rb.get(i).band() == 0;
                long pop = chunk.get(i).population();
                read++;
                if (inA) {
                    inSite = inSite.plus(pop);
                }
                if (inB) {
                    inVsSite = inVsSite.plus(pop);
                }
                if (inA && inB) {
                    inBoth = inBoth.plus(pop);
                } else if (inB) {
                    onlyVsSite.add(rb.get(i));
                } else if (inA) {
                    onlySite.add(ra.get(i));
                }
            }
        }

        /** The disc scheme of the range, shared by both sites. */
        public BandScheme scheme() {
            return disc;
        }

        /** Targets added so far. */
        public long read() {
            return read;
        }

        /** Targets within range of the first site but not of the second, in the order added. */
        public List<TargetResult> onlySite() {
            return List.copyOf(onlySite);
        }

        /** Targets within range of the second site but not of the first, in the order added. */
        public List<TargetResult> onlyVsSite() {
            return List.copyOf(onlyVsSite);
        }

        /** Count and population within range of the first site. */
        public Tally site() {
            return inSite;
        }

        /** Count and population within range of the second site. */
        public Tally vsSite() {
            return inVsSite;
        }

        /** Count and population within range of both. */
        public Tally both() {
            return inBoth;
        }

        /**
         * Population of the targets of {@code cities} within range of the first site, of the second
         * and of both (persons).
         */
        public CitiesPopulation populationOf(List<Target> cities) {
            List<Target> nearVs = new ArrayList<>();
            for (Target t : cities) {
                if (earth.distanceMeters(vsSite, GeoPoint.of(t.latDeg(), t.lonDeg())) <= rangeMeters) {
                    nearVs.add(t);
                }
            }
            return new CitiesPopulation(population(site, disc, earth, cities),
                    population(vsSite, disc, earth, cities), population(site, disc, earth, nearVs));
        }

        /**
         * @param site persons within range of the first site
         * @param vsSite persons within range of the second site
         * @param both persons within range of both
         */
        public record CitiesPopulation(long site, long vsSite, long both) {
        }
    }

    /** Several sites, one range: each alone, what only it reaches, and the union. */
    public static final class Union {

        private final List<GeoPoint> sites;
        private final BandScheme disc;
        private final EarthModel earth;
        private final List<Classifier> classifiers = new ArrayList<>();
        private final Tally[] alone;
        private final Tally[] onlyThis;
        private long read;
        private Tally union = Tally.ZERO;

        /**
         * @param sites the sites, at least one
         * @param rangeKm the range from each (km)
         */
        public Union(List<GeoPoint> sites, double rangeKm, EarthModel earth) {
            if (sites.isEmpty()) {
                throw new IllegalArgumentException("at least one site is required");
            }
            this.sites = List.copyOf(sites);
            this.earth = earth;
            ThresholdSet set = ThresholdSet.custom(List.of(rangeKm));
            this.disc = BandScheme.of(set);
            for (GeoPoint s : this.sites) {
                classifiers.add(new Classifier(List.of(s), disc, set, earth));
            }
            alone = new Tally[this.sites.size()];
            onlyThis = new Tally[this.sites.size()];
            Arrays.fill(alone, Tally.ZERO);
            Arrays.fill(onlyThis, Tally.ZERO);
        }

        /** Adds a chunk of targets. */
        public void add(List<Target> chunk) {
            List<List<TargetResult>> rs = new ArrayList<>();
            for (Classifier c : classifiers) {
                rs.add(c.classify(chunk));
            }
            for (int i = 0; i < chunk.size(); i++) {
                long p = chunk.get(i).population();
                int hits = 0;
                int last = -1;
                for (int s = 0; s < sites.size(); s++) {
                    if (rs.get(s).get(i).band() == 0) {
                        hits++;
                        last = s;
                        alone[s] = alone[s].plus(p);
                    }
                }
                read++;
                if (hits > 0) {
                    union = union.plus(p);
                }
                if (hits == 1) {
                    onlyThis[last] = onlyThis[last].plus(p);
                }
            }
        }

        /** The disc scheme of the range, shared by every site. */
        public BandScheme scheme() {
            return disc;
        }

        /** Targets added so far. */
        public long read() {
            return read;
        }

        /** Count and population within range of site {@code site} (index in the list given). */
        public Tally alone(int site) {
            return alone[site];
        }

        /** Count and population within range of site {@code site} and of no other site. */
        public Tally onlyThis(int site) {
            return onlyThis[site];
        }

        /** Count and population within range of at least one site, each counted once. */
        public Tally union() {
            return union;
        }

        /** Population of the targets of {@code cities} within range of each site and of the union (persons). */
        public CitiesPopulation populationOf(List<Target> cities) {
            CoverageTotals totals = new CoverageTotals(sites, disc, earth);
            totals.add(cities);
            List<Long> each = new ArrayList<>();
            for (int s = 0; s < sites.size(); s++) {
                each.add(totals.population(s, 0));
            }
            return new CitiesPopulation(each, totals.unionPopulation(0));
        }

        /**
         * @param alone persons within range of each site, in the order of the sites
         * @param union persons within range of at least one site, each counted once
         */
        public record CitiesPopulation(List<Long> alone, long union) {
            public CitiesPopulation {
                alone = List.copyOf(alone);
            }
        }
    }
}
