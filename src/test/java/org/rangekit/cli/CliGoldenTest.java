package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rangekit.Slow;

/**
 * Every text output of a fixed set of CLI calls against the sha256 recorded in
 * {@code golden/cli-outputs.sha256}: a refactoring that changes one byte of a GeoJSON file, a
 * report or a help text fails here, and a change made on purpose updates the file in the same
 * commit (regenerate with {@code scripts/cli-outputs --update-golden}).
 *
 * <p>Maps are left out: their pixels depend on the machine's fonts. {@code scripts/cli-outputs}
 * and {@code scripts/gallery} compare them across a change instead.
 */
@Slow
class CliGoldenTest {

    static Stream<Arguments> calls() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = CliGoldenTest.class.getResourceAsStream("/golden/cli-outputs.sha256");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" {2}", 4);
                out.add(Arguments.of(parts[3], parts[0], Integer.parseInt(parts[2].substring("exit=".length()))));
            }
        }
        assertFalse(out.size() < 30, "golden/cli-outputs.sha256 lists only " + out.size() + " calls");
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void outputHasTheRecordedBytes(String call, String sha256, int exitCode) {
        Cli.Result r = Cli.run(call.split(" "));
        assertEquals(exitCode, r.exitCode(), () -> call + ": " + r);
        assertEquals(sha256, sha256(r.stdoutBytes()), () -> call + ": output differs from the recorded bytes; if the "
                + "change is intended, run scripts/cli-outputs --update-golden and say why in the commit");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
