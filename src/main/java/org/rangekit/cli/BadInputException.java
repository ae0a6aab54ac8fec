package org.rangekit.cli;

import org.rangekit.text.Quote;

/**
 * Input the user can fix: the command prints the message as one line on stderr and exits with
 * code {@value Main#EXIT_BAD_INPUT}, without a stack trace and without leaving an output file.
 *
 * <p>Messages name the bad value and what was expected, e.g.
 * {@code --site '95,10': latitude 95 is outside [-90, 90] degrees}.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(oneLine(message));
    }

    public BadInputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Builds the conventional message {@code OPTION 'VALUE': WHAT}. */
    public static BadInputException of(String option, String value, String what) {
        return new BadInputException(option + " " + Quote.of(value) + ": " + what);
    }

    private static String oneLine(String s) {
        return s == null ? "bad input" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
