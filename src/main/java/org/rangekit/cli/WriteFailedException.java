package org.rangekit.cli;

import org.rangekit.io.out.OutputException;

/**
 * An output that could not be written for a reason the user did not cause (a full disk, an I/O
 * error): the command prints one line naming the output and the cause, e.g.
 * {@code rangekit rings: cannot write 'rings.geojson': No space left on device}, and exits with
 * {@value Main#EXIT_INTERNAL}, without a stack trace.
 */
final class WriteFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    WriteFailedException(OutputException cause) {
        super(cause.getMessage(), cause);
    }
}
