package org.rangekit.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rangekit.Slow;

/**
 * Ring and band polygons are byte-for-byte the same in every run: two child JVMs (the test's own
 * class path) print the fingerprint of {@link RingPolygonsFingerprint}, and both equal this JVM's.
 * Calling the function twice in one JVM would not catch what varies between runs (hash
 * iteration order, identity hash codes, thread scheduling).
 */
@Slow
class RingPolygonsDeterminismTest {

    static String runChild() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RingPolygonsFingerprint.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void sameBytesInSeparateProcesses() throws IOException, InterruptedException {
        String first = runChild();
        String second = runChild();
        assertTrue(first.matches("[0-9a-f]{64}"), "a SHA-256: " + first);
        assertEquals(first, second, "two child JVMs");
        assertEquals(first, RingPolygonsFingerprint.fingerprint(), "child JVM and this one");
    }
}
