package org.rangekit.viewer.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rangekit.api.AreaOrigin;
import org.rangekit.api.AreaRanges;
import org.rangekit.api.CoverageReports;
import org.rangekit.api.CoverageRequest;
import org.rangekit.api.Maps;
import org.rangekit.api.Scenarios;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.in.targets.ReadProgress;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.out.report.Format;
import org.rangekit.io.out.report.Report;
import org.rangekit.io.out.report.ReportWriter;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.scenario.DataFiles;
import org.rangekit.scenario.MapFormat;
import org.rangekit.scenario.OverlayFormat;

/**
 * Writes what the viewer shows through the same code as the command line: maps through
 * {@link Maps} (PNG, SVG, PDF by the extension), bands as an overlay through the writers of a
 * scenario's overlay output ({@link Scenarios#overlayWriter}: GeoJSON, KML, KMZ, GeoPackage,
 * FlatGeobuf or CSV with WKT by the extension, {@link DataFiles#overlayFormat}), the coverage
 * summary through {@link CoverageReports} (CSV), every file atomically ({@link AtomicOutput}); and
 * the scenario whose {@code rangekit run} writes the same files byte for byte ({@link #scenarioYaml}).
 *
 * <p>A map export is the view at {@link ViewState#EXPORT_FACTOR} times its size and resolution (the
 * same layout, sharper), centred on the sites (or the area) as {@code map} and {@code run} centre it.
 *
 * <p>From an area ({@link ViewState#fromArea}) every export goes through {@link AreaRanges}, as
 * {@code map}, {@code rings} and {@code coverage --summary} with {@code --from-area} and a scenario's
 * {@code area:} write them; the saved scenario has that {@code area:} ({@link ViewArea#yaml}).
 */
public final class Exports {

    private Exports() {
    }

    /**
     * The export's size for a view of {@code widthPx} × {@code heightPx}.
     *
     * @return {width, height} (pixels)
     */
    public static int[] exportSize(int widthPx, int heightPx) {
        return new int[] {widthPx * ViewState.EXPORT_FACTOR, heightPx * ViewState.EXPORT_FACTOR};
    }

    /** Resolution of exported maps (dots per inch). */
    public static double exportDpi() {
        return ViewState.SCREEN_DPI * ViewState.EXPORT_FACTOR;
    }

    /**
     * Writes the map of the view.
     *
     * @param s the state, with at least one site
     * @param widthPx width of the view (pixels)
     * @param heightPx height of the view (pixels)
     * @param file a {@code .png}, {@code .svg} or {@code .pdf} file
     * @throws IllegalArgumentException for another extension
     */
    public static void map(ViewState s, int widthPx, int heightPx, Path file) throws IOException {
        MapFormat format = MapFormat.ofFileName(file.toString());
        int[] wh = exportSize(widthPx, heightPx);
        byte[] bytes = s.fromArea()
                ? AreaRanges.writeMap(s.mapSpec(wh[0], wh[1], exportDpi()), s.mapContent(wh[0], wh[1], exportDpi()),
                        format).bytes()
                : Maps.render(s.mapRequest(wh[0], wh[1], exportDpi()), format);
        AtomicOutput.write(file.toString(), null, os -> os.write(bytes));
    }

    /**
     * Writes the bands, rings and sites as an overlay in the format the file's extension names, as a
     * scenario's overlay output (key {@code geojson}) and {@code rings --bands -o FILE} write it.
     *
     * @throws IllegalArgumentException for an extension of no overlay format, naming the accepted ones
     */
    public static void overlay(ViewState s, Path file) throws IOException {
        OverlayFormat format = DataFiles.overlayFormat(file.toString());
        if (s.fromArea()) {
            AreaOrigin o = s.area().origin();
            var features = AreaRanges.features(o, s.set(), true, Scenarios.GEOJSON_TOLERANCE_M, format.defaultEdges());
            var writer = AreaRanges.overlayWriter(format, o, s.set());
            AtomicOutput.write(file.toString(), null, os -> writer.write(os, features));
            return;
        }
        var features = Scenarios.overlayFeatures(s.sites(), s.set(), s.earth(), format);
        var writer = Scenarios.overlayWriter(format, s.sites(), s.set(), s.earth());
        AtomicOutput.write(file.toString(), null, os -> writer.write(os, features));
    }

    /**
     * Saves the scenario {@code NAME.yaml} with its outputs beside it: the map {@code NAME.png}, the
     * overlay {@code NAME} plus the extension of {@code overlay} and (counting a built-in set) the
     * coverage {@code NAME-coverage.csv}; writes those files too, so that {@code rangekit run NAME.yaml}
     * reproduces them byte for byte.
     *
     * @param s the state, with at least one site
     * @param widthPx width of the view (pixels)
     * @param heightPx height of the view (pixels)
     * @param yamlFile the scenario file
     * @param overlay the format of the overlay output
     * @return the names of the files written beside the scenario, in order
     */
    public static List<String> saveScenario(ViewState s, int widthPx, int heightPx, Path yamlFile,
                                            OverlayFormat overlay) throws IOException {
        String name = yamlFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path dir = yamlFile.toAbsolutePath().getParent();
        String png = name + ".png";
        String overlayFile = name + overlay.extensions().get(0);
        String csv = BuiltinTargets.isBuiltin(s.targets()) ? name + "-coverage.csv" : null;
        String yaml = scenarioYaml(s, widthPx, heightPx, List.of(png), overlayFile, csv);
        map(s, widthPx, heightPx, dir.resolve(png));
        overlay(s, dir.resolve(overlayFile));
        if (csv != null) {
            coverageCsv(s, dir.resolve(csv));
        }
        writeScenario(yaml, yamlFile);
        return csv == null ? List.of(png, overlayFile) : List.of(png, overlayFile, csv);
    }

    /**
     * Writes the coverage summary as CSV, as {@code coverage --summary -o x.csv} writes it.
     *
     * @throws IllegalArgumentException when the view counts no built-in set (a scenario can only name those)
     */
    public static void coverageCsv(ViewState s, Path file) throws IOException {
        if (s.fromArea()) {
            AreaOrigin o = s.area().origin();
            CoverageRequest r = new CoverageRequest(List.of(AreaRanges.site(o)), s.set(), s.earth(), s.targets(), true,
                    Format.CSV, CoverageTable.SCALE);
            Report report;
            try (TargetStream t = TargetStream.open(s.targets(), CoverageTable.SCALE, TargetStream.skipBadRows(),
                    w -> { })) {
                report = AreaRanges.coverageSummary(o, r, t, ReadProgress.NONE);
            }
            AtomicOutput.write(file.toString(), null, os -> ReportWriter.write(report, Format.CSV, os));
            return;
        }
        CoverageRequest r = new CoverageRequest(s.sites(), s.set(), s.earth(), s.targets(), true, Format.CSV,
                CoverageTable.SCALE);
        AtomicOutput.write(file.toString(), null, os -> CoverageReports.write(r, os));
    }

    /**
     * The scenario YAML of a view whose {@code rangekit run} writes the given outputs as the exports
     * above do. Output paths are written as given: relative to the scenario's folder.
     *
     * @param s the state, with at least one site
     * @param widthPx width of the view (pixels)
     * @param heightPx height of the view (pixels)
     * @param maps map outputs (may be empty)
     * @param geojson the overlay output (any overlay extension), or null
     * @param coverageCsv the coverage CSV output, or null (only with a built-in target set)
     * @throws IllegalArgumentException without any output, or with a coverage output of a target file
     */
    public static String scenarioYaml(ViewState s, int widthPx, int heightPx, List<String> maps, String geojson,
            String coverageCsv) {
        int[] wh = exportSize(widthPx, heightPx);
        StringBuilder y = new StringBuilder("# Saved by rangekit view; `rangekit run` on this file writes the same files.\n");
        if (s.fromArea()) {
            y.append("area: ").append(s.area().yaml()).append('\n');
        } else {
            y.append("sites: [").append(s.sites().stream().map(Site::id).map(Exports::quoted)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        if (s.set().name().equals("inf")) {
            y.append("preset: inf\n");
        } else {
            y.append("ranges: [").append(s.set().thresholds().stream().map(Threshold::radiusKm).map(KmFormat::plain)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        y.append("earth: ").append(s.earth() == EarthModel.WGS84 ? "wgs84" : "sphere").append('\n');
        if (!s.fromArea()) {
            y.append("union: ").append(s.union()).append('\n');
        }
        y.append("targets: ").append(s.targets().equals("capitals") ? "capitals" : "none").append('\n');
        y.append("map:\n");
        y.append("  projection: ").append(s.projection().id()).append('\n');
        y.append("  size: ").append(wh[0]).append('x').append(wh[1]).append('\n');
        y.append("  dpi: ").append(KmFormat.plain(exportDpi())).append('\n');
        if (!Double.isNaN(s.extentKm())) {
            y.append("  extent_km: ").append(KmFormat.plain(s.extentKm())).append('\n');
        }
        if (s.centre() != null) {
            y.append("  centre: ").append(quoted(ViewState.centreText(s.centre()))).append('\n');
        }
        List<String> out = new ArrayList<>();
        if (!maps.isEmpty()) {
            out.add("  maps: [" + maps.stream().map(Exports::quoted).collect(Collectors.joining(", ")) + "]");
        }
        if (geojson != null) {
            out.add("  geojson: " + quoted(geojson));
        }
        if (coverageCsv != null) {
            if (!BuiltinTargets.isBuiltin(s.targets())) {
                throw new IllegalArgumentException("a scenario's coverage output counts capitals, cities or countries, "
                        + "not the file '" + s.targets() + "'");
            }
            out.add("  coverage: {file: " + quoted(coverageCsv) + ", targets: " + s.targets() + ", summary: true}");
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one output, got none");
        }
        y.append("outputs:\n");
        out.forEach(l -> y.append(l).append('\n'));
        return y.toString();
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Writes a scenario's YAML atomically. */
    public static void writeScenario(String yaml, Path file) throws IOException {
        AtomicOutput.write(file.toString(), null, os -> os.write(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
