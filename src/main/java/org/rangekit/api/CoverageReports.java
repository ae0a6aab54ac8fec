package org.rangekit.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.rangekit.coverage.BandScheme;
import org.rangekit.coverage.Classifier;
import org.rangekit.coverage.CoverageSummary;
import org.rangekit.coverage.EarthComparison;
import org.rangekit.coverage.TargetFeed;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.coverage.GroundData;
import org.rangekit.geometry.RangeLimits;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.io.in.targets.ReadProgress;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.out.report.CoverageReport;
import org.rangekit.io.out.report.EarthComparisonReport;
import org.rangekit.io.out.report.Report;
import org.rangekit.io.out.report.ReportWriter;
import org.rangekit.io.out.report.Table;
import org.rangekit.range.Site;

/**
 * The coverage report exactly as {@code rangekit coverage} writes it (same bytes for the same
 * request), to any output stream: per target, or with {@link CoverageRequest#summary()} per site
 * and band with counts, populations by both methods and exact areas.
 *
 * <p>Example:
 * <pre>{@code
 * Site ky = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
 * CoverageRequest r = new CoverageRequest(List.of(ky), ThresholdSet.inf(), EarthModel.WGS84, "capitals", true,
 *         Format.CSV, Scale.S110M);
 * try (OutputStream out = Files.newOutputStream(Path.of("coverage.csv"))) {
 *     CoverageReports.write(r, out);
 * }
 * }</pre>
 *
 * <p>Bad rows of a target file are skipped (the report's totals count them); use
 * {@link #write(CoverageRequest, TargetStream, ReadProgress, OutputStream)} with a stream opened
 * with another bad-row handler to warn or to stop instead. The data used (Natural Earth countries
 * and land, GeoNames cities) come with the library; outputs carry their attribution.
 */
public final class CoverageReports {

    private CoverageReports() {
    }

    /**
     * Writes the report of {@code request}; the targets are opened from
     * {@link CoverageRequest#targets()} and bad rows of a file are skipped.
     *
     * @param request sites, ranges, earth, targets, summary flag, format and scale
     * @param out where the report goes; flushed, not closed
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when a summary's range gives no well-defined ring from a site
     *         ({@link RangeLimits}) or a site's band areas cannot be computed
     *         ({@link org.rangekit.coverage.SiteAreaException})
     * @throws org.rangekit.io.in.targets.TargetFormatException when the targets name no set and no usable file
     */
    public static void write(CoverageRequest request, OutputStream out) throws IOException {
        try (TargetStream targets = TargetStream.open(request.targets(), request.scale(), TargetStream.skipBadRows(),
                warning -> { })) {
            write(request, targets, ReadProgress.NONE, out);
        }
    }

    /**
     * Writes the report of {@code request} over targets already opened (the request's
     * {@link CoverageRequest#targets()} is not read again).
     *
     * @param request sites, ranges, earth, summary flag, format and scale
     * @param targets the targets, read to their end
     * @param progress told how far the targets have been read
     * @param out where the report goes; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void write(CoverageRequest request, TargetStream targets, ReadProgress progress, OutputStream out)
            throws IOException {
        if (request.summary()) {
            ReportWriter.write(summary(request, targets, progress), request.format(), out);
        } else {
            perTarget(request, targets, progress, out);
        }
        out.flush();
    }

    /**
     * The summary report (one row per site and band, and per union band), computed before anything
     * is written.
     *
     * @param request sites, ranges, earth and scale ({@link CoverageRequest#summary()} is not looked at)
     * @param targets the targets, read to their end
     * @param progress told how far the targets have been read
     * @return the report, to be written with {@link ReportWriter#write}
     * @throws IllegalArgumentException when a range gives no well-defined ring from a site
     */
    public static Report summary(CoverageRequest request, TargetStream targets, ReadProgress progress) {
        List<Site> sites = request.sites();
        RangeLimits.check(sites, request.set(), request.earth()); // the areas need the rings
        BandScheme scheme = BandScheme.of(request.set());
        Scale sc = request.scale();
        EarthComparison compare = request.compareEarth() ? comparison(request) : null;
        TargetFeed feed = sink -> targets.forEachChunk(sink, progress);
        CoverageSummary s = CoverageSummary.compute(sites, scheme, request.earth(),
                compare == null ? feed : compare.comparing(feed), ground(sc));
        Report r = CoverageReport.summary(sites, request.set().name(), scheme, request.earth(), targets.label(),
                sc.label(), s, request.set().categoryOfBand(scheme.maxOuterMeters() / 1000, Double.POSITIVE_INFINITY),
                EmbeddedData.ATTRIBUTION);
        if (compare == null) {
            return r;
        }
        List<Table> tables = new ArrayList<>(r.tables());
        tables.addAll(EarthComparisonReport.tables(sites, scheme, compare.differences(),
                EarthComparison.ringDifferences(points(sites), scheme)));
        List<String> notes = new ArrayList<>(r.notes());
        notes.add(EarthComparisonReport.note());
        return new Report(r.command(), r.title(), r.parameters(), tables, r.csvTable(), notes, r.attribution());
    }

    private static EarthComparison comparison(CoverageRequest request) {
        return new EarthComparison(points(request.sites()), request.sites().stream().map(Site::uncertaintyKm).toList(),
                BandScheme.of(request.set()), request.set());
    }

    private static List<GeoPoint> points(List<Site> sites) {
        return sites.stream().map(Site::point).toList();
    }

    /** The shipped land, countries and cities at {@code scale}. */
    static GroundData ground(Scale scale) {
        // Read when first needed: the land and countries by the sites' areas on their own thread,
        // the cities after the targets (CoverageSummary.compute).
        return GroundData.readOnFirstUse(() -> EmbeddedData.land(scale), () -> BuiltinTargets.regions(scale),
                () -> BuiltinTargets.load("cities", scale));
    }

    private static void perTarget(CoverageRequest request, TargetStream targets, ReadProgress progress,
                                  OutputStream out) throws IOException {
        List<Site> sites = request.sites();
        BandScheme scheme = BandScheme.of(request.set());
        Classifier classifier = new Classifier(sites.stream().map(Site::point).toList(),
                sites.stream().map(Site::uncertaintyKm).toList(), scheme, request.set(), request.earth());
        EarthComparison compare = request.compareEarth() ? comparison(request) : null;
        CoverageReport.TargetRows rows = new CoverageReport.TargetRows(request.format(), out, sites,
                request.set().name(), scheme, request.earth(), targets.label(), EmbeddedData.ATTRIBUTION,
                request.set().outermost(), compare != null);
        long n;
        try {
            n = targets.forEachChunk(chunk -> {
                try {
                    if (compare != null) {
                        rows.addCompared(compare.compare(chunk));
                    } else {
                        rows.add(classifier.classify(chunk));
                    }
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
            }, progress);
        } catch (WriteFailure e) {
            throw e.getCause();
        }
        long skipped = targets.isFile() ? targets.skipped() : -1;
        if (compare != null) {
            rows.finishCompared(n, skipped, compare.differences(), EarthComparison.ringDifferences(points(sites), scheme));
        } else {
            rows.finish(n, skipped);
        }
    }

    /** An {@link IOException} of the output carried through the chunk callback. */
    private static final class WriteFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause);
        }
    }
}
