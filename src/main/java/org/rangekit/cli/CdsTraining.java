package org.rangekit.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The training run of the launcher's class-data-sharing archive ({@code target/rangekit.jsa}):
 * runs one short call of each kind in one JVM, so that the archive holds the classes of every
 * subcommand (each call registers only its own subcommand, see {@link Main#commandLine}; the first
 * calls run without picocli, see {@link DirectCalls}), not just those of one. The launcher records
 * the classes this run loads and dumps them into a static archive. Everything is written to a
 * discarding stream; no file is written.
 *
 * <p>Exit code 0 when every call succeeded, else 1 (the launcher then keeps no archive).
 */
public final class CdsTraining {

    /** The calls, as typed after {@code rangekit}. */
    static final List<String[]> CALLS = List.of(
            new String[] {"--version"},
            new String[] {"--help"},
            new String[] {"sites"},
            new String[] {"distance", "--from", "kapustin-yar", "--to", "90,0"},
            new String[] {"rings", "--site", "kapustin-yar", "--preset", "inf", "-o", "-"},
            new String[] {"coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--summary", "--format", "csv", "--quiet"},
            new String[] {"map", "--site", "kapustin-yar", "--preset", "inf", "--size", "400x300", "-o", "-"});

    private CdsTraining() {
    }

    public static void main(String[] args) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int failed = 0;
        for (String[] call : CALLS) {
            if (Main.run(sink, sink, call) != Main.EXIT_OK) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
