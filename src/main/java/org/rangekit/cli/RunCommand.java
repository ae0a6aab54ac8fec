package org.rangekit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.out.GeoJsonWriter;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.out.RingFeatures;
import org.rangekit.render.MapFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rangekit run FILE.yaml}: produces every output a scenario file lists (maps and GeoJSON).
 * All outputs are computed before any is written, each written atomically; the same file gives the
 * same bytes every time.
 *
 * <p>Output directories: a path written relative to the scenario file ({@code out/a.png},
 * {@code ../maps/a.png}, {@code ../target/examples/a.svg}) belongs to the scenario's project, and
 * its missing directories are created. An absolute path is the user's own place and must name an
 * existing directory, as {@code map -o} requires: {@code /nonexistent/b.png} is refused (exit 2)
 * before anything is computed or written, rather than creating {@code /nonexistent}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Produce all outputs of a scenario file (YAML): maps (PNG/SVG/PDF), GeoJSON bands and a "
                + "coverage report (as the coverage command writes it). "
                + "Output paths are relative to the scenario file; missing directories are created for those, "
                + "while an absolute path must name an existing directory.",
        footer = {"", "Example:", "  rangekit run examples/inf-kapustin-yar.yaml"})
final class RunCommand implements Runnable {

    /** GeoJSON bands are traced to 50 m, the {@code rings} command's default. */
    static final double GEOJSON_TOL_M = RingPolygons.DEFAULT_TOLERANCE_M;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "FILE.yaml", description = "Scenario file.")
    String file;

    @Override
    public void run() {
        Path path = Path.of(file);
        Scenario s = Scenario.read(path);
        Path dir = path.toAbsolutePath().getParent();
        Map<String, Scenario.MapOutput> maps = new LinkedHashMap<>();
        for (Scenario.MapOutput m : s.maps()) {
            maps.put(checkTarget("outputs.maps", dir, m.file()), m);
        }
        String geojson = null;
        if (s.geojson() != null) {
            geojson = checkTarget("outputs.geojson", dir, s.geojson());
        }
        String coverage = null;
        if (s.coverage() != null) {
            coverage = checkTarget("outputs.coverage", dir, s.coverage().file());
        }
        if (!s.maps().isEmpty() || geojson != null || (coverage != null && s.coverage().summary())) {
            RangeOptions given = RangeOptions.of(s.set());
            RangeLimits.check(given.option().equals("--range") ? "ranges" : "preset", given.value(), s.sites(), s.set(),
                    s.earth());
        }

        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Map.Entry<String, Scenario.MapOutput> e : maps.entrySet()) {
            bytes.put(e.getKey(), e.getValue().job(s).render(MapFormat.ofFileName(e.getKey())).bytes());
        }
        List<GeoJsonWriter.Feature> features = geojson == null ? List.of()
                : RingFeatures.of(s.sites(), s.set(), s.earth(), true, GEOJSON_TOL_M);
        byte[] report = coverage == null ? null : coverageReport(s, coverage);

        try {
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
                AtomicOutput.write(e.getKey(), main.stdout(), os -> os.write(e.getValue()));
                main.stdout().println("wrote " + e.getKey());
            }
            if (geojson != null) {
                AtomicOutput.write(geojson, main.stdout(),
                        os -> GeoJsonWriter.write(os, features, EmbeddedData.attribution()));
                main.stdout().println("wrote " + geojson);
            }
            if (coverage != null) {
                AtomicOutput.write(coverage, main.stdout(), os -> os.write(report));
                main.stdout().println("wrote " + coverage);
            }
        } catch (IOException e) {
            throw Options.writeFailure("outputs", file, e);
        }
        main.stdout().flush();
    }

    /**
     * Checks an output path before any work and returns it resolved against the scenario's
     * directory. A relative path's missing directories are created at write time, so its nearest
     * existing ancestor must be a writable directory; an absolute path's directory must exist.
     */
    private static String checkTarget(String option, Path scenarioDir, String written) {
        Path p;
        try {
            p = scenarioDir.resolve(written).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw BadInputException.of(option, written, "not a valid file path");
        }
        String target = p.toString();
        if (Files.isDirectory(p)) {
            throw BadInputException.of(option, target, "is a directory; expected a file path");
        }
        if (Path.of(written).isAbsolute() && (p.getParent() == null || !Files.isDirectory(p.getParent()))) {
            throw BadInputException.of(option, target, "directory " + p.getParent() + " does not exist; an absolute "
                    + "output path needs an existing directory (directories are created only for paths relative to "
                    + "the scenario file)");
        }
        Path a = p.getParent();
        while (a != null && !Files.exists(a)) {
            a = a.getParent();
        }
        if (a == null || !Files.isDirectory(a) || !Files.isWritable(a)) {
            throw BadInputException.of(option, target, "cannot be written: " + (a == null ? "no existing parent directory"
                    : a + (Files.isDirectory(a) ? " is not writable" : " is not a directory")));
        }
        return target;
    }

    /**
     * The coverage report, produced by the {@code coverage} command itself (same options, same bytes)
     * into memory, so that it is written together with the other outputs.
     */
    private byte[] coverageReport(Scenario s, String target) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CoverageCommand c = new CoverageCommand();
        c.main = new Main(new PrintStream(buffer, true, StandardCharsets.UTF_8), main.stderr());
        c.sites = SiteOptions.of(s.siteArgs());
        c.ranges = RangeOptions.of(s.set());
        c.targets = new TargetOptions();
        c.targets.targets = s.coverage().targets();
        c.summary = s.coverage().summary();
        String name = target.toLowerCase(Locale.ROOT);
        c.targets.format = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : "md";
        c.targets.quiet = true;
        c.targets.scale = "110m";
        c.output = OutputOption.of(AtomicOutput.STDOUT);
        c.earth = EarthOption.of(s.earth().label());
        c.run();
        return buffer.toByteArray();
    }
}
