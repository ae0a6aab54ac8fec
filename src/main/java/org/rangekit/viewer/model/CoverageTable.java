package org.rangekit.viewer.model;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.rangekit.api.AreaFigures;
import org.rangekit.api.AreaRanges;
import org.rangekit.api.CoverageRequest;
import org.rangekit.coverage.AreaClassifier;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.TargetResult;
import org.rangekit.io.out.report.Format;
import org.rangekit.io.out.report.Num;
import org.rangekit.io.out.report.Report;
import org.rangekit.io.out.report.ReportText;
import org.rangekit.api.BandAreaCache;
import org.rangekit.api.Comparisons;
import org.rangekit.api.Coverage;
import org.rangekit.api.CoverageParameters;
import org.rangekit.coverage.Target;
import org.rangekit.coverage.TargetFeed;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Site;

/**
 * The viewer's coverage table: per site and band (and for the union of several sites), the
 * targets counted, their population by both methods, and the band's total and land area, as
 * {@link Coverage#summary} computes them (the same figures as {@code rangekit coverage --summary}
 * on the 110m scale); with a comparison range, per site what the longer range adds
 * ({@link Comparisons#ranges}); with {@code compareSites}, what each further site adds to the first
 * ({@link Comparisons#sites}).
 *
 * <p>A table comes in two steps: {@link #counts} gives at once the targets and populations counted
 * (a classification, milliseconds) with the areas of the bands whose areas are kept from earlier
 * tables, the others pending (NaN); {@link #compute} gives the whole table once the missing band
 * areas are clipped. Both run on worker threads; they read the targets chunk by chunk, report
 * their progress and stop at the next chunk once their thread is interrupted (a newer state
 * superseded them).
 *
 * @param rows the rows, per site its bands in order, then the union's, then the comparisons
 * @param targetsLabel what was counted, e.g. {@code capitals}
 * @param complete whether every figure is computed; otherwise the rows' NaN areas (and a
 *                 comparison row's null figures) are pending
 */
public record CoverageTable(List<Row> rows, String targetsLabel, boolean complete) {

    /** Natural Earth scale of the land and countries the areas use: {@code coverage}'s default. */
    public static final Scale SCALE = Scale.S110M;
    /** Chunk of targets between two checks for cancellation and two progress reports. */
    static final int CHUNK = 2048;

    /** Disc areas kept between refreshes: the discs of a few sites at a few slider positions. */
    static final int CACHED_DISCS = 512;

    private static final Map<String, List<Target>> BUILT_IN = new ConcurrentHashMap<>();
    /**
     * The disc areas of earlier tables: after a ring moves only its disc is measured again (all of
     * the site's discs when the outermost ring moves); the targets are always counted anew.
     */
    private static final BandAreaCache AREAS = new BandAreaCache(CACHED_DISCS);

    public CoverageTable {
        rows = List.copyOf(rows);
    }

    /**
     * One row of the table.
     *
     * @param site the site's id, or {@code union}
     * @param band the band, e.g. {@code 500–1,000 km}, or for a comparison {@code 480 → 500 km adds}
     * @param category the band's category
     * @param figures targets, populations and areas; areas NaN while they are pending; null while
     *                every figure of the row is pending (a comparison row before its areas are clipped)
     * @param areasPending whether the row's area figures (area, land, population by area share) are not
     *                yet computed
     * @param fromArea a row of ranges from an area ({@code site} {@value AreaRanges#SITE_ID}): only its
     *                targets, their population and (but for the row beyond the ranges) the band's total
     *                area are figures, as {@code coverage --from-area --summary} gives them
     */
    public record Row(String site, String band, String category, AreaFigures figures, boolean areasPending,
            boolean fromArea) {

        /** A row from sites, its areas pending while they are NaN. */
        public Row(String site, String band, String category, AreaFigures figures) {
            this(site, band, category, figures, figures == null || Double.isNaN(figures.areaTotalKm2()), false);
        }
    }

    /**
     * The targets a state counts: a built-in set ({@code capitals}, {@code cities}; read once and
     * kept) or a target file (CSV, GeoJSON, KML/KMZ, GeoPackage, FlatGeobuf), its bad rows skipped as {@code coverage} does without
     * {@code --strict}.
     *
     * @throws IllegalArgumentException naming the set or file when it cannot be read
     */
    public static List<Target> targets(String spec) {
        if (BuiltinTargets.isBuiltin(spec)) {
            return BUILT_IN.computeIfAbsent(spec, n -> List.copyOf(BuiltinTargets.load(n, SCALE)));
        }
        TargetStream.problem(spec).ifPresent(p -> {
            throw new IllegalArgumentException("targets '" + spec + "': " + p);
        });
        List<Target> all = new ArrayList<>();
        try (TargetStream s = TargetStream.open(spec, SCALE, TargetStream.skipBadRows(), w -> { })) {
            s.forEachChunk(all::addAll);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("targets '" + spec + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return List.copyOf(all);
    }

    /**
     * The table of a state at once, without clipping: targets and populations counted as
     * {@link #compute} counts them, the areas of bands kept from earlier tables, NaN areas for the
     * others and for the union; comparison rows with null figures. Never waits for a computation of
     * band areas under way.
     *
     * @param s the state, with at least one site
     * @param targets the targets it counts
     * @param progress told the fraction done, in [0, 1]
     * @throws CancellationException when the calling thread is interrupted
     */
    public static CoverageTable counts(ViewState s, List<Target> targets, DoubleConsumer progress) {
        return counts(s, targets, progress, AREAS);
    }

    /** As {@link #counts(ViewState, List, DoubleConsumer)} with the band areas kept in {@code areas}. */
    public static CoverageTable counts(ViewState s, List<Target> targets, DoubleConsumer progress,
                                       BandAreaCache areas) {
        if (s.fromArea()) {
            return areaCounts(s, targets, progress);
        }
        long total = Math.max(1, targets.size());
        long[] done = {0};
        Consumer<Integer> step = n -> {
            done[0] += n;
            progress.accept(Math.min(1.0, done[0] / (double) total));
        };
        Coverage.Summary sum = new Coverage(new CoverageParameters(s.sites(), s.set(), s.earth(), SCALE))
                .counts(feed(targets, step), areas);
        List<Row> rows = summaryRows(sum);
        boolean complete = rows.stream().noneMatch(Row::areasPending);
        if (!Double.isNaN(s.compareKm())) {
            Comparison c = Comparison.of(s);
            for (Site site : s.sites()) {
                rows.add(new Row(site.id(), comparisonLabel(c), s.set().categoryOfBand(c.narrowerKm(), c.widerKm()),
                        null));
            }
            complete = false;
        }
        if (s.compareSites() && s.sites().size() > 1) {
            double km = s.rangesKm().get(0);
            Site first = s.sites().get(0);
            for (Site other : s.sites().subList(1, s.sites().size())) {
                rows.add(new Row(other.id(), sitesLabel(first, km), s.set().categoryOfBand(0, km), null));
            }
            complete = false;
        }
        progress.accept(1.0);
        return new CoverageTable(rows, s.targets(), complete);
    }

    private static List<Row> summaryRows(Coverage.Summary sum) {
        List<Row> rows = new ArrayList<>();
        for (List<Coverage.BandFigures> site : sum.sites()) {
            site.forEach(b -> rows.add(row(b)));
        }
        sum.union().forEach(b -> rows.add(row(b)));
        return rows;
    }

    private static String comparisonLabel(Comparison c) {
        return KmFormat.label(c.narrowerKm()) + " → " + KmFormat.label(c.widerKm()) + " km adds";
    }

    private static String sitesLabel(Site first, double km) {
        return "adds to " + first.id() + " within " + KmFormat.label(km) + " km";
    }

    /**
     * Computes the table of a state.
     *
     * @param s the state, with at least one site
     * @param targets the targets it counts
     * @param progress told the fraction done, in [0, 1]
     * @throws CancellationException when the calling thread is interrupted
     */
    public static CoverageTable compute(ViewState s, List<Target> targets, DoubleConsumer progress) {
        return compute(s, targets, progress, AREAS);
    }

    /**
     * Computes the table of a state, the band areas taken from {@code areas} where it holds them.
     *
     * @param s the state, with at least one site
     * @param targets the targets it counts
     * @param progress told the fraction done, in [0, 1]
     * @param areas band areas of earlier tables; missing ones are computed and added
     * @throws CancellationException when the calling thread is interrupted
     */
    public static CoverageTable compute(ViewState s, List<Target> targets, DoubleConsumer progress,
                                        BandAreaCache areas) {
        if (s.fromArea()) {
            return areaTable(s, progress);
        }
        boolean vsSites = s.compareSites() && s.sites().size() > 1;
        int passes = 1 + (Double.isNaN(s.compareKm()) ? 0 : s.sites().size()) + (vsSites ? s.sites().size() - 1 : 0);
        long total = Math.max(1, (long) targets.size() * passes);
        long[] done = {0};
        Consumer<Integer> step = n -> {
            done[0] += n;
            progress.accept(Math.min(1.0, done[0] / (double) total));
        };
        Coverage.Summary sum = new Coverage(new CoverageParameters(s.sites(), s.set(), s.earth(), SCALE))
                .summary(feed(targets, step), areas);
        List<Row> rows = summaryRows(sum);
        if (!Double.isNaN(s.compareKm())) {
            Comparison c = Comparison.of(s);
            Comparisons cmp = new Comparisons(s.earth(), SCALE);
            for (Site site : s.sites()) {
                Comparisons.Ranges r = cmp.ranges(site, c.narrowerKm(), c.widerKm(), feed(targets, step));
                rows.add(new Row(site.id(), comparisonLabel(c), s.set().categoryOfBand(c.narrowerKm(), c.widerKm()),
                        r.totals()));
            }
        }
        if (vsSites) {
            rows.addAll(siteComparisons(s, () -> feed(targets, step)));
        }
        progress.accept(1.0);
        return new CoverageTable(rows, s.targets(), true);
    }

    /**
     * What each site after the first adds to the first within the state's first range
     * ({@link Comparisons#sites}, as {@code rangekit compare --vs-site}): the targets within range of
     * that site and not of the first, their population, and the area and land of its disc outside
     * the first site's disc.
     */
    private static List<Row> siteComparisons(ViewState s, Supplier<TargetFeed> feeds) {
        Comparisons cmp = new Comparisons(s.earth(), SCALE);
        double km = s.rangesKm().get(0);
        Site first = s.sites().get(0);
        List<Row> rows = new ArrayList<>();
        for (Site other : s.sites().subList(1, s.sites().size())) {
            Comparisons.Sites c = cmp.sites(first, other, km, feeds.get());
            rows.add(new Row(other.id(), sitesLabel(first, km), s.set().categoryOfBand(0, km),
                    minus(c.inVsSite(), c.inBoth())));
        }
        return rows;
    }

    /**
     * The counts of ranges from an area at once: per band (and beyond the ranges) the targets whose
     * exact distance from the area (0 inside, {@link AreaClassifier}) lies in it and their
     * population; the band areas pending.
     */
    private static CoverageTable areaCounts(ViewState s, List<Target> targets, DoubleConsumer progress) {
        BandScheme scheme = BandScheme.of(s.set());
        AreaClassifier classifier = new AreaClassifier(s.area().origin().area(), scheme, s.set());
        long[] count = new long[scheme.size() + 1];
        long[] population = new long[scheme.size() + 1];
        long total = Math.max(1, targets.size());
        long[] done = {0};
        feed(targets, n -> {
            done[0] += n;
            progress.accept(Math.min(1.0, done[0] / (double) total));
        }).forEachChunk(chunk -> {
            for (TargetResult r : classifier.classify(chunk)) {
                int b = r.band() < 0 ? scheme.size() : r.band();
                count[b]++;
                population[b] += Math.max(0, r.target().population());
            }
        });
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b <= scheme.size(); b++) {
            boolean beyond = b == scheme.size();
            String band = beyond ? ReportText.noneLabel(scheme) : scheme.band(b).label();
            String category = beyond ? s.set().categoryOfBand(scheme.maxOuterMeters() / 1000, Double.POSITIVE_INFINITY)
                    : scheme.band(b).category();
            rows.add(new Row(AreaRanges.SITE_ID, band, category,
                    new AreaFigures(count[b], population[b], 0, Double.NaN, Double.NaN, Double.NaN), !beyond, true));
        }
        progress.accept(1.0);
        return new CoverageTable(rows, s.targets(), false);
    }

    /**
     * The whole table of ranges from an area: the rows of {@link AreaRanges#coverageSummary}, the
     * figures of {@code rangekit coverage --from-area --summary} (targets read anew, bad rows of a
     * file skipped).
     */
    private static CoverageTable areaTable(ViewState s, DoubleConsumer progress) {
        CoverageRequest request = new CoverageRequest(List.of(AreaRanges.site(s.area().origin())), s.set(), s.earth(),
                s.targets(), true, Format.CSV, SCALE);
        Report report;
        try (TargetStream t = TargetStream.open(s.targets(), SCALE, TargetStream.skipBadRows(), w -> { })) {
            report = AreaRanges.coverageSummary(s.area().origin(), request, t, bytes -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("superseded");
                }
            });
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("targets '" + s.targets() + "': " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Object> r : report.tables().get(0).rows()) {
            double km2 = r.get(6) == null ? Double.NaN : ((Num) r.get(6)).value().doubleValue();
            rows.add(new Row((String) r.get(0), (String) r.get(1), (String) r.get(3),
                    new AreaFigures(((Num) r.get(4)).value().longValueExact(), ((Num) r.get(5)).value().longValueExact(),
                            0, Double.NaN, km2, Double.NaN), false, true));
        }
        progress.accept(1.0);
        return new CoverageTable(rows, s.targets(), true);
    }

    /** What {@code a} holds beyond {@code b}, which it contains. */
    static AreaFigures minus(AreaFigures a, AreaFigures b) {
        return new AreaFigures(a.targets() - b.targets(), a.targetsPopulation() - b.targetsPopulation(),
                a.citiesPopulation() - b.citiesPopulation(), a.populationByAreaShare() - b.populationByAreaShare(),
                a.areaTotalKm2() - b.areaTotalKm2(), a.areaLandKm2() - b.areaLandKm2());
    }

    private static Row row(Coverage.BandFigures b) {
        return new Row(b.site(), b.band(), b.category(), b.figures());
    }

    /** The targets in chunks, checking for cancellation before each. */
    private static TargetFeed feed(List<Target> targets, Consumer<Integer> step) {
        return sink -> {
            for (int i = 0; i < targets.size(); i += CHUNK) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("superseded");
                }
                List<Target> chunk = targets.subList(i, Math.min(targets.size(), i + CHUNK));
                sink.accept(chunk);
                step.accept(chunk.size());
            }
        };
    }
}
