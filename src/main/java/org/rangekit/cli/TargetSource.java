package org.rangekit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.in.targets.BadRow;
import org.rangekit.io.in.targets.BuiltinTargets;
import org.rangekit.io.in.targets.TargetFormatException;
import org.rangekit.io.in.targets.TargetReader;

/**
 * The {@code --targets} argument as a stream: a built-in set or a user file. Bad rows of a file
 * are warned about on stderr (the first {@value #MAX_WARNINGS} one by one, then only counted) or,
 * with {@code --strict}, refused as bad input.
 */
final class TargetSource implements AutoCloseable {

    /** Warnings printed one by one before the rest are only counted. */
    static final int MAX_WARNINGS = 20;

    private final String label;
    private final Iterator<Target> builtin;
    private final TargetReader reader;
    private final long sizeBytes;
    private final PrintStream err;
    private long warned;

    private TargetSource(String label, Iterator<Target> builtin, TargetReader reader, long sizeBytes, PrintStream err) {
        this.label = label;
        this.builtin = builtin;
        this.reader = reader;
        this.sizeBytes = sizeBytes;
        this.err = err;
    }

    static TargetSource open(String spec, Scale scale, boolean strict, PrintStream err) {
        String s = spec == null ? "" : spec.strip();
        if (BuiltinTargets.isBuiltin(s)) {
            List<Target> list = BuiltinTargets.load(s, scale);
            return new TargetSource(s.toLowerCase(java.util.Locale.ROOT), list.iterator(), null, 0, err);
        }
        Path p;
        try {
            p = Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw BadInputException.of("--targets", spec, "not cities, capitals, countries or a file path");
        }
        if (!Files.isRegularFile(p)) {
            throw BadInputException.of("--targets", spec,
                    "unknown target set and no such file; expected cities, capitals, countries, or a CSV/GeoJSON file");
        }
        TargetSource[] self = new TargetSource[1];
        try {
            TargetReader r = TargetReader.open(p, bad -> self[0].onBadRow(bad, strict),
                    warning -> err.println("warning: " + warning));
            self[0] = new TargetSource(p.getFileName().toString(), null, r, Files.size(p), err);
            return self[0];
        } catch (TargetFormatException e) {
            throw new BadInputException("--targets: " + e.getMessage());
        } catch (IOException e) {
            throw BadInputException.of("--targets", spec, "cannot read: " + e.getMessage());
        }
    }

    private void onBadRow(BadRow bad, boolean strict) {
        if (strict) {
            throw new BadInputException("--targets: bad row " + bad.message() + " (--strict)");
        }
        warned++;
        if (warned <= MAX_WARNINGS) {
            err.println("warning: skipped " + bad.message());
        } else if (warned == MAX_WARNINGS + 1) {
            err.println("warning: further bad rows are only counted");
        }
    }

    /** Display name: the set name or the file name. */
    String label() {
        return label;
    }

    boolean isFile() {
        return reader != null;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    long bytesRead() {
        return reader == null ? 0 : reader.bytesRead();
    }

    /** The next target, or null at the end. */
    Target next() {
        if (builtin != null) {
            return builtin.hasNext() ? builtin.next() : null;
        }
        try {
            return reader.next();
        } catch (TargetFormatException e) {
            throw new BadInputException("--targets: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows skipped so far. */
    long skipped() {
        return reader == null ? 0 : reader.badRowCount();
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
