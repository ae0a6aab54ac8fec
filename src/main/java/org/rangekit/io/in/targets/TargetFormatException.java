package org.rangekit.io.in.targets;

/**
 * A target file that cannot be used at all (missing, no latitude/longitude columns, not
 * GeoJSON), or a bad row in strict mode. The message is one line naming the file and the problem.
 */
public class TargetFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TargetFormatException(String message) {
        super(message);
    }
}
