package org.rangekit.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.rangekit.coverage.Target;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.report.Format;

import picocli.CommandLine.Option;

/**
 * The options of the commands that read targets and write a report ({@code coverage},
 * {@code compare}): {@code --targets --format --quiet --strict --scale}, with reading the targets
 * chunk by chunk under a progress bar.
 */
final class TargetOptions {

    @Option(names = "--targets", required = true, paramLabel = "SET|FILE",
            description = "cities, capitals, countries, or a CSV (lat/lon header) or GeoJSON file.")
    String targets;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FMT", description = "csv, json or md (default md).")
    String format = "md";

    @Option(names = "--quiet", description = "No progress bar and no warnings about skipped rows.")
    boolean quiet;

    @Option(names = "--strict", description = "A bad row in a target file is an error (exit 2) instead of a warning.")
    boolean strict;

    @Option(names = "--scale", defaultValue = "110m", paramLabel = "SCALE",
            description = "Natural Earth scale of countries and land for areas: 110m (default), 50m or 10m.")
    String scale = "110m";

    /** Receives the targets a chunk at a time. */
    @FunctionalInterface
    interface ChunkSink<E extends Exception> {
        void accept(List<Target> chunk) throws E;
    }

    Format format() {
        try {
            return Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("--format", format, "expected csv, json or md");
        }
    }

    Scale scale() {
        try {
            return Scale.parse(scale);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("--scale", scale, "expected 110m, 50m or 10m");
        }
    }

    /** Opens {@code --targets}; warnings about bad rows go to stderr unless {@code --quiet}. */
    TargetSource open(Scale sc, PrintStream stderr) {
        return TargetSource.open(targets, sc, strict, quiet ? new PrintStream(OutputStream.nullOutputStream()) : stderr);
    }

    /** After reading: one warning line with the number of bad rows skipped, unless {@code --quiet}. */
    void warnSkipped(TargetSource source, PrintStream stderr) {
        if (source.skipped() > 0 && !quiet) {
            stderr.println("warning: " + source.skipped() + " bad row(s) skipped in " + source.label());
        }
    }

    /**
     * Reads every target of {@code source} in chunks of {@link CoverageSupport#CHUNK}, passing each
     * on, with a progress bar named {@code task} on stderr unless {@code --quiet}.
     *
     * @return the number of targets read
     */
    <E extends Exception> long forEachChunk(String task, TargetSource source, PrintStream stderr, ChunkSink<E> sink)
            throws E {
        long n = 0;
        try (Progress progress = Progress.start(task, source.sizeBytes(), quiet, stderr)) {
            List<Target> chunk = new ArrayList<>(CoverageSupport.CHUNK);
            Target t;
            do {
                t = source.next();
                if (t != null) {
                    chunk.add(t);
                }
                if (chunk.size() == CoverageSupport.CHUNK || (t == null && !chunk.isEmpty())) {
                    sink.accept(chunk);
                    n += chunk.size();
                    chunk = new ArrayList<>(CoverageSupport.CHUNK);
                    progress.stepTo(source.bytesRead());
                }
            } while (t != null);
        }
        return n;
    }
}
