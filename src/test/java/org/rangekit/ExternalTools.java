package org.rangekit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * External programs some tests compare against (pdftoppm, pdftotext, pdffonts, ogrinfo, GeodSolve).
 * The one rule for their absence: the test is skipped (a JUnit assumption), except when the
 * environment variable {@code CI} is {@code true}, where a missing tool fails the test, so that
 * a CI machine without it cannot pass silently ({@code .ci/run} installs them).
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /**
     * The executable {@code tool} found on the {@code PATH}.
     *
     * @param tool the command name, e.g. {@code pdftoppm}
     * @return its path
     */
    public static Path require(String tool) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, tool);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        String message = tool + " is not on the PATH";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (required when CI=true; .ci/run installs it)");
        }
        assumeTrue(false, message + "; skipped");
        throw new AssertionError("unreachable");
    }
}
