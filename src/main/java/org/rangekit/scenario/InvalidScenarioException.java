package org.rangekit.scenario;

/**
 * Input the user can fix in a scenario: a bad value in the file (the message names its line) or
 * an output that cannot be written where the scenario says. The command line reports it as one
 * line and exits with code 2, unlike an {@link IllegalArgumentException} from inside the library,
 * which is an internal error.
 *
 * <p>Messages are one line and name the bad value and what was expected, e.g.
 * {@code scenario a.yaml line 3: unknown key 'rnages' in the scenario; expected one of ...}.
 */
public class InvalidScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line naming the bad value and what was expected */
    public InvalidScenarioException(String message) {
        super(message);
    }
}
