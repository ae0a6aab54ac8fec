package org.rangekit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for tests that need an external program (ogrinfo, pdftoppm, GeodSolve, …): the test
 * is skipped when the program is missing, except on CI (environment variable {@code CI=true}),
 * where a missing program fails it; {@code .ci/run} installs every program the tests need.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /**
     * The path of {@code tool} on the {@code PATH}.
     *
     * @param tool the program's name, e.g. {@code ogrinfo}
     * @return its path; otherwise the test is skipped (or failed on CI)
     */
    public static Path require(String tool) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, tool);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        String message = tool + " is not on the PATH (Debian: see .ci/run for the package)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message + "; on CI every external tool must be installed");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}
