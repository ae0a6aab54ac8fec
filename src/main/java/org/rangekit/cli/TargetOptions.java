package org.rangekit.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BadRow;
import org.rangekit.io.in.targets.InputWarning;
import org.rangekit.io.in.targets.TargetFormatException;
import org.rangekit.io.in.targets.TargetStream;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.out.report.Format;
import org.rangekit.scenario.DataFiles;

import org.rangekit.text.Quote;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read targets and write a report ({@code coverage},
 * {@code compare}): {@code --targets --format --quiet --strict --scale}; the targets are read by
 * {@link TargetStream}, under a progress bar.
 */
final class TargetOptions {

    @Option(names = "--targets", required = true, paramLabel = "SET|FILE",
            description = "cities, capitals, countries, or a file of targets by its extension: CSV (lat/lon "
                    + "header), GeoJSON, KML/KMZ (Point placemarks), GeoPackage (layer targets, else the first "
                    + "point layer; FILE.gpkg:LAYER names one) or FlatGeobuf (.fgb); "
                    + "or - for standard input (CSV or GeoJSON, told by the content).")
    String targets;

    @Option(names = "--format", paramLabel = "FMT",
            description = "csv, json or md; by default the -o file's extension (.csv, .json, .md), else md.")
    String format;

    @Option(names = "--quiet", description = "No progress bar and no warnings about skipped rows.")
    boolean quiet;

    @Option(names = "--strict", description = "A bad row in a target file, or a polygon crossing ±180° without the "
            + "RFC 7946 cut, is an error (exit 2) instead of a warning.")
    boolean strict;

    @Option(names = "--scale", defaultValue = "110m", paramLabel = "SCALE",
            description = "Natural Earth scale of countries and land for areas: 110m (default), 50m or 10m.")
    String scale = "110m";

    /**
     * The report format: the extension of {@code output} ({@link Format#ofFileName}), which a
     * {@code --format} must not contradict; {@code --format} alone for stdout or a name without an
     * extension; Markdown when neither says.
     *
     * @param output the {@code -o} target, {@code -} for stdout
     */
    Format format(String output) {
        java.util.Optional<Format> byName = AtomicOutput.STDOUT.equals(output) ? java.util.Optional.empty()
                : Options.parsed("-o", output, () -> Format.ofFileName(output));
        if (format == null) {
            return byName.orElse(Format.MD);
        }
        Format f;
        try {
            f = Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("--format", format, "expected csv, json or md");
        }
        if (byName.isPresent() && byName.get() != f) {
            throw new BadInputException("--format " + Quote.of(format) + " conflicts with -o " + Quote.of(output) + " ("
                    + DataFiles.extension(output) + ")");
        }
        return f;
    }

    Scale scale() {
        try {
            return Scale.parse(scale);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("--scale", scale, "expected 110m, 50m or 10m");
        }
    }

    /** {@code --targets}, checked before any work: an unknown name, an empty text or a missing file is bad input. */
    String checked() {
        TargetStream.problem(targets).ifPresent(p -> {
            throw BadInputException.of("--targets", targets, p);
        });
        return targets;
    }

    /**
     * Opens {@code --targets}: an unknown name or a missing or unusable file is bad input; bad rows
     * are warned about on stderr unless {@code --quiet} (the first {@value TargetStream#MAX_WARNINGS}
     * one by one), or with {@code --strict} refused as bad input; so are features read but repaired
     * (a polygon across ±180° without the RFC 7946 cut).
     */
    TargetStream open(Scale sc, Main main) {
        checked();
        Consumer<String> err = quiet ? line -> { } : main::errLine;
        Consumer<BadRow> onBadRow = strict
                ? bad -> {
                    throw new BadInputException("--targets: bad row " + bad.message() + " (--strict)");
                }
                : TargetStream.warnBadRows(err);
        Consumer<InputWarning> onWarning = strict
                ? w -> {
                    throw new BadInputException("--targets: " + w.problemMessage() + " (--strict)");
                }
                : w -> err.accept("warning: " + w.message());
        try {
            return reading(() -> TargetStream.open(targets, main.stdin(), sc, onBadRow, onWarning));
        } catch (UncheckedIOException e) {
            throw BadInputException.of("--targets", targets, "cannot read: " + e.getCause().getMessage());
        }
    }

    /**
     * Runs {@code body}, which reads the targets: a target file found unusable while reading is bad
     * input naming {@code --targets}.
     */
    static <T> T reading(Supplier<T> body) {
        try {
            return body.get();
        } catch (TargetFormatException e) {
            throw badTargets(e);
        }
    }

    /** A target file found unusable while reading, as bad input naming {@code --targets}. */
    static BadInputException badTargets(TargetFormatException e) {
        return new BadInputException("--targets: " + e.getMessage());
    }

    /** After reading: one warning line with the number of bad rows skipped, unless {@code --quiet}. */
    void warnSkipped(TargetStream source, Main main) {
        if (source.skipped() > 0 && !quiet) {
            main.errLine("warning: " + source.skipped() + " bad row(s) skipped in " + source.label());
        }
    }

    /** A progress bar named {@code task} on stderr for {@code source}, unless {@code --quiet}. */
    Progress progress(String task, TargetStream source, PrintStream stderr) {
        return Progress.start(task, source.sizeBytes(), quiet, stderr);
    }
}
