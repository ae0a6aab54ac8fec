package org.rangekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.out.OutputException;

/** Parsing and checking of options shared by several subcommands. */
final class Options {

    private Options() {
    }

    /**
     * Parses one option value with a library grammar: {@code parse} is a single call to a parse
     * method or record constructor, whose {@link IllegalArgumentException} is the user's bad value
     * and becomes bad input {@code OPTION 'TEXT': message}. Only that call is covered: an
     * {@code IllegalArgumentException} from deeper in a computation stays an internal error.
     */
    static <T> T parsed(String option, String text, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw BadInputException.of(option, String.valueOf(text), e.getMessage());
        }
    }

    /** {@code --earth wgs84|sphere}. */
    static EarthModel earth(String text) {
        try {
            return EarthModel.parse(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("--earth", String.valueOf(text), "unknown earth model; expected wgs84 or sphere");
        }
    }

    /**
     * {@code --tolerance 50m}: a length &gt; 0 with a unit (m, km, mi, nmi or ft), at least
     * {@link RingPolygons#MIN_TOLERANCE_M} (metres returned).
     */
    static double toleranceMeters(String text) {
        double m = Units.lengthMeters("--tolerance", text, "m", true);
        if (m < RingPolygons.MIN_TOLERANCE_M) {
            throw BadInputException.of("--tolerance", text, "must be at least " + RingPolygons.MIN_TOLERANCE_M
                    + " m; finer tolerances only multiply vertices");
        }
        return m;
    }

    /**
     * Checks an output target before any work is done, so that a run that cannot write fails
     * fast with bad input rather than after computing. {@code "-"} (stdout) is always fine; a
     * device, FIFO or symbolic link is checked as {@link AtomicOutput} will write it.
     */
    static String outputTarget(String option, String text) {
        if (text == null || text.isBlank()) {
            throw BadInputException.of(option, String.valueOf(text), "empty; expected a file path or - for stdout");
        }
        if (AtomicOutput.STDOUT.equals(text)) {
            return text;
        }
        Path p;
        try {
            p = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw BadInputException.of(option, text, "not a valid file path");
        }
        Path dir = p.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw BadInputException.of(option, text, "directory " + dir + " does not exist");
        }
        if (Files.isDirectory(p)) {
            throw BadInputException.of(option, text, "is a directory; expected a file path");
        }
        try {
            AtomicOutput.check(text);
        } catch (OutputException e) {
            throw BadInputException.of(option, text, e.reason());
        }
        return text;
    }

    /**
     * Writes an output atomically ({@link AtomicOutput#write}); an I/O failure the user can fix
     * (permissions, a vanished directory) is bad input on {@code option}, any other an internal error.
     */
    static void write(String option, String target, java.io.OutputStream stdout, AtomicOutput.Body body) {
        try {
            AtomicOutput.write(target, stdout, body);
        } catch (IOException e) {
            throw writeFailure(option, target, e);
        }
    }

    /**
     * Maps an I/O failure while writing an output: bad input (exit 2) when the user can fix it
     * (permissions, a read-only file, a vanished directory), a {@link WriteFailedException} (exit 1,
     * one line naming the output and the cause) when the output itself failed (a full disk).
     */
    static RuntimeException writeFailure(String option, String target, IOException e) {
        if (e instanceof OutputException o) {
            return o.userFixable() ? BadInputException.of(option, o.target(), "cannot write: " + o.reason())
                    : new WriteFailedException(o);
        }
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.NoSuchFileException) {
            return BadInputException.of(option, target, "cannot write: " + e.getMessage());
        }
        return new java.io.UncheckedIOException("cannot write " + target, e);
    }
}
