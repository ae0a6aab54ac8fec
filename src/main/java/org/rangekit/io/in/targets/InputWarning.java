package org.rangekit.io.in.targets;

/**
 * A feature or row read, but not as written: what was wrong and what the reader did about it.
 * Shown as a warning, or refused under {@code --strict}.
 *
 * @param source file name
 * @param line 1-based line where the feature or row starts
 * @param problem what is wrong with the input, naming the bad value
 * @param repair what the reader did instead of refusing it
 */
public record InputWarning(String source, long line, String problem, String repair) {

    /** {@code FILE:LINE: PROBLEM; REPAIR}, one line. */
    public String message() {
        return source + ":" + line + ": " + problem + "; " + repair;
    }

    /** {@code FILE:LINE: PROBLEM}, one line: the problem alone, as an error. */
    public String problemMessage() {
        return source + ":" + line + ": " + problem;
    }
}
