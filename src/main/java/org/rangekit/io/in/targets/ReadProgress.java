package org.rangekit.io.in.targets;

/**
 * Told how far a {@link TargetStream} has read, after every chunk: a progress bar, a log line, or
 * nothing ({@link #NONE}).
 */
@FunctionalInterface
public interface ReadProgress {

    /** Reports nothing. */
    ReadProgress NONE = bytesRead -> { };

    /**
     * @param bytesRead bytes of the file consumed so far (0 for a built-in set), at most
     *                  {@link TargetStream#sizeBytes()}
     */
    void readTo(long bytesRead);
}
