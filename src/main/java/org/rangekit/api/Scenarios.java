package org.rangekit.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.rangekit.coverage.SiteAreaException;
import org.rangekit.geometry.RangeLimits;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.in.ScenarioReader;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.out.OverlayWriter;
import org.rangekit.io.out.report.ReportWriter;
import org.rangekit.scenario.DataFiles;
import org.rangekit.scenario.OverlayFormat;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.io.out.report.Format;
import org.rangekit.range.KmFormat;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapFormat;
import org.rangekit.scenario.CoverageOutput;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.MapOutput;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Scenario;
import org.rangekit.text.Quote;

/**
 * Loads scenario files and writes every output a scenario lists: maps, GeoJSON bands and a
 * coverage report, as {@code rangekit run} does.
 *
 * <p>Example:
 * <pre>{@code
 * Scenario s = Scenarios.load(Path.of("examples/inf-kapustin-yar.yaml"));
 * Scenarios.run(s, Path.of("examples"), path -> System.out.println("wrote " + path));
 * Scenarios.run(Path.of("examples/inf-kapustin-yar.yaml"), path -> { });   // the same, in one call
 * }</pre>
 *
 * <h2>What is written where</h2>
 * Every output is checked before anything is computed, and every output computed before any is
 * written, each atomically (a temporary file, then a move): a scenario that fails writes nothing.
 * The same scenario gives the same bytes every time. A path written relative to the scenario
 * ({@code out/a.png}, {@code ../maps/a.png}) belongs to the scenario's project, and its missing
 * directories are created; an absolute path is the user's own place and must name an existing
 * directory, so {@code /nonexistent/b.png} is refused rather than creating {@code /nonexistent}.
 *
 * <p>Every output stays inside the scenario's folder, or inside the root the caller names
 * ({@link #run(Scenario, Path, Path, Consumer)}; {@code rangekit run --root DIR}), judged by real
 * paths (symbolic links followed), so {@code ../../../tmp/x}, {@code /etc/x.png} or a link out of
 * the folder are refused. Two outputs naming the same file are refused, naming both keys. Each
 * output's extension matches its kind (checked by the {@code scenario} records): maps
 * {@code .png}/{@code .svg}/{@code .pdf}; the overlay of bands, rings and sites (key {@code geojson})
 * {@code .geojson}/{@code .json}/{@code .kml}/{@code .kmz}/{@code .gpkg}/{@code .fgb}/{@code .csv}
 * ({@link Overlays}, edges densified for the format's usual reader); coverage reports
 * {@code .md}/{@code .csv}/{@code .json}. With {@code compare_earth: true} the maps and the report
 * set the sphere beside WGS84, the same bytes as {@code map --compare-earth} and
 * {@code coverage --compare-earth}.
 *
 * <p>Errors the user can fix (a bad value in the file, an output that cannot be written there, a
 * range past a site's cut locus) are {@link InvalidScenarioException}s naming the value.
 */
public final class Scenarios {

    /** GeoJSON bands are traced to 50 m, the {@code rings} command's default. */
    public static final double GEOJSON_TOLERANCE_M = RingPolygons.DEFAULT_TOLERANCE_M;

    /** Symbolic links followed while resolving an output before it is refused as a loop (as {@link AtomicOutput}). */
    private static final int MAX_LINKS = 40;

    private Scenarios() {
    }

    /**
     * Reads and checks a scenario file (YAML, see {@link ScenarioReader}).
     *
     * @throws InvalidScenarioException naming the line of anything wrong in the file
     */
    public static Scenario load(Path file) {
        return ScenarioReader.read(file);
    }

    /**
     * Writes every output of a scenario, keeping every output inside {@code baseDir}.
     *
     * @param s the scenario
     * @param baseDir the directory relative output paths are resolved against, and the one every
     *     output must lie in: the scenario file's
     * @param written told the path of each output once it is written, in order
     * @throws InvalidScenarioException for an output that cannot be written where the scenario says
     *     (outside {@code baseDir}, twice the same file, ...), or a range that gives no well-defined
     *     ring from a site
     * @throws IOException when writing fails
     */
    public static void run(Scenario s, Path baseDir, Consumer<String> written) throws IOException {
        run(s, baseDir, baseDir, written);
    }

    /**
     * Writes every output of a scenario, keeping every output inside {@code root}.
     *
     * <p>Confinement: the real path of each output (its symbolic links followed, and those of its
     * deepest existing ancestor for a file not yet there) must lie in the real path of
     * {@code root}, so neither {@code ../../../tmp/x}, {@code /etc/x.png} nor a link out of the
     * folder lets a scenario file write elsewhere than its user chose. Two outputs naming the same
     * file (after normalising and following links) are refused, naming both keys.
     *
     * @param s the scenario
     * @param baseDir the directory relative output paths are resolved against: the scenario file's
     * @param root an existing directory every output must lie in: {@code baseDir}, or a directory
     *     the user named ({@code rangekit run --root DIR})
     * @param written told the path of each output once it is written, in order
     * @throws InvalidScenarioException for an output that cannot be written where the scenario says,
     *     or a range that gives no well-defined ring from a site
     * @throws IOException when writing fails
     */
    public static void run(Scenario s, Path baseDir, Path root, Consumer<String> written) throws IOException {
        OutputPaths targets = new OutputPaths(baseDir, root);
        Map<String, MapOutput> maps = new LinkedHashMap<>();
        List<MapOutput> mapList = s.outputs().maps();
        for (int i = 0; i < mapList.size(); i++) {
            maps.put(targets.check("outputs.maps[" + i + "]", mapList.get(i).file()), mapList.get(i));
        }
        String geojson = s.outputs().geojson() == null ? null
                : targets.check("outputs.geojson", s.outputs().geojson());
        CoverageOutput cov = s.outputs().coverage();
        String coverage = cov == null ? null : targets.check("outputs.coverage", cov.file());
        if (!maps.isEmpty() || geojson != null || (cov != null && cov.summary())) {
            checkRanges(s);
        }
        if (geojson != null) {
            // The same limit as `rings`: a ring GeoJSON's 7 decimals can represent.
            Optional<String> small = RingFeatures.tooSmall(s.set());
            if (small.isPresent()) {
                throw new InvalidScenarioException(rangesKey(s.set()) + ": " + small.get());
            }
        }
        AreaOrigin area = s.area() == null ? null : AreaOrigin.of(s.area().name(), s.area().area());
        if (area != null) {
            Optional<String> far = AreaRanges.tooFar(s.set());
            if (far.isPresent()) {
                throw new InvalidScenarioException(rangesKey(s.set()) + ": " + far.get());
            }
        }
        CoverageRequest coverageRequest = cov == null ? null
                : area != null ? new CoverageRequest(List.of(AreaRanges.site(area)), s.set(), s.earth(), cov.targets(),
                        cov.summary(), Format.parse(cov.format()), Scale.S110M)
                : coverageRequest(s, cov);

        Map<String, byte[]> bytes = new LinkedHashMap<>();
        // Every map of an area shows the same content: its buffers are traced once.
        org.rangekit.render.MapContent areaContent = area == null || maps.isEmpty() ? null
                : AreaRanges.mapContent(area, s.set(), s.targets());
        for (Map.Entry<String, MapOutput> e : maps.entrySet()) {
            MapFormat format = MapFormat.ofFileName(e.getKey());
            MapSettings settings = e.getValue().settings(s.map());
            if (area != null) {
                bytes.put(e.getKey(), AreaRanges.writeMap(AreaRanges.mapSpec(area, s.set(), settings), areaContent,
                        format).bytes());
            } else {
                MapRequest req = MapRequest.of(s, settings);
                bytes.put(e.getKey(), s.compareEarth() ? Maps.writeComparingEarth(req, format).bytes()
                        : Maps.render(req, format));
            }
        }
        OverlayFormat overlayFormat = geojson == null ? null : DataFiles.overlayFormat(geojson);
        List<GeoJsonWriter.Feature> features = geojson == null ? List.of()
                : area != null ? AreaRanges.features(area, s.set(), true, GEOJSON_TOLERANCE_M, overlayFormat.defaultEdges())
                : withFan(s, overlayFeatures(s.sites(), s.set(), s.earth(), overlayFormat));
        OverlayWriter overlay = geojson == null ? null
                : area != null ? AreaRanges.overlayWriter(overlayFormat, area, s.set())
                : overlayWriter(overlayFormat, s.sites(), s.set(), s.earth());
        byte[] report = coverage == null ? null
                : area != null ? areaCoverageReport(area, coverageRequest)
                : coverageReport(coverageRequest);

        for (String target : maps.keySet()) {
            Files.createDirectories(Path.of(target).getParent());
        }
        if (geojson != null) {
            Files.createDirectories(Path.of(geojson).getParent());
        }
        if (coverage != null) {
            Files.createDirectories(Path.of(coverage).getParent());
        }
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            AtomicOutput.write(e.getKey(), null, os -> os.write(e.getValue()));
            written.accept(e.getKey());
        }
        if (geojson != null) {
            AtomicOutput.write(geojson, null, os -> overlay.write(os, features));
            written.accept(geojson);
        }
        if (coverage != null) {
            AtomicOutput.write(coverage, null, os -> os.write(report));
            written.accept(coverage);
        }
    }

    /**
     * Writes every output of a scenario file, with relative paths resolved against its directory
     * and every output kept inside it.
     *
     * @param file the scenario (YAML)
     * @param written told the path of each output once it is written, in order
     * @throws InvalidScenarioException for anything wrong in the file or its outputs
     * @throws IOException when writing fails
     */
    public static void run(Path file, Consumer<String> written) throws IOException {
        run(load(file), file.toAbsolutePath().getParent(), written);
    }

    /**
     * The coverage report's request: built-in targets on the 110m Natural Earth scale, as
     * {@code rangekit coverage} reads them by default. A scenario holds each site once ({@link Scenario}).
     */
    private static CoverageRequest coverageRequest(Scenario s, CoverageOutput cov) {
        return new CoverageRequest(s.sites(), s.set(), s.earth(), cov.targets(), cov.summary(),
                Format.parse(cov.format()), Scale.S110M, s.compareEarth());
    }

    /** The report from an area, as {@code rangekit coverage --from-area [--summary]} writes it, in memory. */
    private static byte[] areaCoverageReport(AreaOrigin area, CoverageRequest request) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (org.rangekit.io.in.targets.TargetStream targets = org.rangekit.io.in.targets.TargetStream.open(
                request.targets(), request.scale(), org.rangekit.io.in.targets.TargetStream.skipBadRows(), w -> { })) {
            if (request.summary()) {
                ReportWriter.write(AreaRanges.coverageSummary(area, request, targets,
                        org.rangekit.io.in.targets.ReadProgress.NONE), request.format(), buffer);
            } else {
                AreaRanges.writeCoverage(area, request, targets, org.rangekit.io.in.targets.ReadProgress.NONE, buffer);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidScenarioException("outputs.coverage: " + e.getMessage());
        }
        return buffer.toByteArray();
    }

    /** The report, as {@code rangekit coverage} writes it, in memory so that it is written with the other outputs. */
    private static byte[] coverageReport(CoverageRequest request) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            CoverageReports.write(request, buffer);
        } catch (SiteAreaException e) {
            // The bands reach too near a site's antipode for their areas: the scenario's ranges are the cause.
            throw new InvalidScenarioException("sites" + (e.siteId() == null ? "" : " '" + e.siteId() + "'") + ": "
                    + e.getMessage());
        }
        return buffer.toByteArray();
    }

    /**
     * Every range must give a well-defined ring from every site ({@link RangeLimits}); the message
     * names the key the ranges came from and their value, {@code ranges '480,19995'} or {@code preset 'inf'}.
     */
    private static void checkRanges(Scenario s) {
        Optional<String> v = RangeLimits.violation(s.sites(), s.set(), s.earth());
        if (v.isPresent()) {
            throw new InvalidScenarioException(rangesKey(s.set()) + ": " + v.get());
        }
    }

    private static String rangesKey(ThresholdSet set) {
        return set.name().equals("custom")
                ? "ranges '" + set.thresholds().stream().map(t -> KmFormat.plain(t.radiusKm()))
                        .collect(Collectors.joining(",")) + "'"
                : "preset '" + set.name() + "'";
    }

    /**
     * The outputs' paths, checked before any work: each resolved against the scenario's directory,
     * inside the root, and no two the same file.
     */
    private static final class OutputPaths {
        private final Path baseDir;
        private final Path realRoot;
        private final String rootName;
        /** Key of each output by the real path of its file. */
        private final Map<Path, String> keys = new HashMap<>();

        OutputPaths(Path baseDir, Path root) {
            this.baseDir = baseDir.toAbsolutePath();
            try {
                this.realRoot = root.toAbsolutePath().toRealPath();
            } catch (IOException e) {
                throw new InvalidScenarioException("output root '" + root + "': no such directory");
            }
            if (!Files.isDirectory(realRoot)) {
                throw new InvalidScenarioException("output root '" + root + "': not a directory");
            }
            boolean own = root.toAbsolutePath().normalize().equals(this.baseDir.normalize());
            this.rootName = realRoot + (own ? " (the scenario's folder; name another root to write elsewhere, "
                    + "e.g. rangekit run --root DIR)" : " (the root given)");
        }

        /**
         * Checks one output and returns its path resolved against the scenario's directory. A
         * relative path's missing directories are created at write time, so its nearest existing
         * ancestor must be a writable directory; an absolute path's directory must exist.
         */
        String check(String key, String written) {
            Path p;
            try {
                p = baseDir.resolve(written).normalize();
            } catch (InvalidPathException e) {
                throw bad(key, written, "not a valid file path");
            }
            String target = p.toString();
            Path real = realPath(key, target, p, 0);
            if (!real.startsWith(realRoot)) {
                throw bad(key, target, (real.equals(p) ? "" : "resolves to " + real + ", which is ")
                        + "outside the output root " + rootName);
            }
            String other = keys.putIfAbsent(real, key);
            if (other != null) {
                throw bad(key, target, "the same file as " + other + "; each output needs its own path");
            }
            if (Files.isDirectory(p)) {
                throw bad(key, target, "is a directory; expected a file path");
            }
            if (Path.of(written).isAbsolute() && (p.getParent() == null || !Files.isDirectory(p.getParent()))) {
                throw bad(key, target, "directory " + p.getParent() + " does not exist; an absolute "
                        + "output path needs an existing directory (directories are created only for paths relative to "
                        + "the scenario file)");
            }
            Path a = p.getParent();
            while (a != null && !Files.exists(a)) {
                a = a.getParent();
            }
            if (a == null || !Files.isDirectory(a) || !Files.isWritable(a)) {
                throw bad(key, target, "cannot be written: " + (a == null ? "no existing parent directory"
                        : a + (Files.isDirectory(a) ? " is not writable" : " is not a directory")));
            }
            return target;
        }

        /**
         * Where writing {@code p} (absolute, normalised) lands: the real path of its deepest
         * existing ancestor, links followed (a dangling link by its target, as {@link AtomicOutput}
         * writes it), with the missing names appended.
         */
        private static Path realPath(String key, String target, Path p, int links) {
            if (links > MAX_LINKS) {
                throw bad(key, target, "too many levels of symbolic links");
            }
            Path a = p;
            Deque<Path> missing = new ArrayDeque<>();
            while (a.getParent() != null && !Files.exists(a, LinkOption.NOFOLLOW_LINKS)) {
                missing.push(a.getFileName());
                a = a.getParent();
            }
            Path real;
            try {
                if (Files.isSymbolicLink(a) && !Files.exists(a)) {
                    // A dangling link: writing creates the file it points to.
                    Path pointee = a.getParent().resolve(Files.readSymbolicLink(a)).normalize();
                    real = realPath(key, target, pointee, links + 1);
                } else {
                    real = a.toRealPath();
                }
            } catch (IOException e) {
                throw bad(key, target, "cannot be resolved: " + e.getMessage());
            }
            for (Path name : missing) {
                real = real.resolve(name);
            }
            return real;
        }
    }

    private static InvalidScenarioException bad(String key, String value, String what) {
        return new InvalidScenarioException(key + " " + Quote.of(value) + ": " + what);
    }

    /**
     * The bands, rings and sites of a scenario's overlay output (key {@code geojson}) in
     * {@code format}, before its radials and sectors: every site's bands, edges densified for the
     * format's usual reader to {@link #GEOJSON_TOLERANCE_M}.
     */
    public static List<GeoJsonWriter.Feature> overlayFeatures(List<Site> sites, ThresholdSet set, EarthModel earth,
            OverlayFormat format) {
        return Overlays.features(sites, set, earth, true, GEOJSON_TOLERANCE_M, format.defaultEdges());
    }

    /** The writer of a scenario's overlay output in {@code format} (the map's colours, no simplestyle). */
    public static OverlayWriter overlayWriter(OverlayFormat format, List<Site> sites, ThresholdSet set,
            EarthModel earth) {
        return Overlays.writer(format, sites, set, earth, false);
    }

    /** The scenario's rings or bands followed by its radials and sectors. */
    private static List<GeoJsonWriter.Feature> withFan(Scenario s, List<GeoJsonWriter.Feature> rings) {
        if (s.fan().isEmpty()) {
            return rings;
        }
        List<GeoJsonWriter.Feature> all = new java.util.ArrayList<>(rings);
        double outermostKm = s.set().thresholds().get(s.set().thresholds().size() - 1).radiusKm();
        all.addAll(GeoJson.fanFeatures(s.sites(), s.fan(), outermostKm, s.earth(), GEOJSON_TOLERANCE_M));
        return all;
    }
}
