package org.rangekit.io.out;

import org.rangekit.Slow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 8, item 4): SIGKILL left a hidden {@code .out-….tmp} beside the output that
 * nothing ever removed. A child JVM ({@link AtomicOutputProbe}) is killed while writing; its
 * temporary file has the documented name, survives only until the next output into the directory
 * once stale, and is never taken from a process that still holds it.
 */
@Slow
@EnabledOnOs(OS.LINUX)
class AtomicOutputKillTest {

    @TempDir
    Path dir;

    @Test
    void temporaryFileLeftBySigkillIsRemovedByTheNextOutputButNotWhileLocked() throws IOException, InterruptedException {
        Path target = dir.resolve("out.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AtomicOutputProbe.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Path temp;
        FileTime stale = FileTime.from(Instant.now().minus(AtomicOutput.STALE_AFTER).minusSeconds(60));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", r.readLine());
            List<Path> files = list();
            assertEquals(1, files.size(), "the temporary file while writing");
            temp = files.get(0);
            assertTrue(AtomicOutput.TEMP_NAME.matcher(temp.getFileName().toString()).matches(), temp.toString());

            // Old, but locked by the live writer: another output into the directory leaves it alone.
            Files.setLastModifiedTime(temp, stale);
            AtomicOutput.write(dir.resolve("other.json").toString(), null, out -> out.write(1));
            assertTrue(Files.exists(temp), "a running writer's file is not removed");

            p.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertTrue(Files.exists(temp), "SIGKILL leaves the temporary file");
        assertFalse(Files.exists(target));

        // Fresh: kept (its writer might still be running somewhere without locks).
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now()));
        AtomicOutput.write(dir.resolve("other.json").toString(), null, out -> out.write(2));
        assertTrue(Files.exists(temp));

        // Stale and unlocked: the next output removes it.
        Files.setLastModifiedTime(temp, stale);
        AtomicOutput.write(dir.resolve("other.json").toString(), null, out -> out.write(3));
        assertEquals(List.of(dir.resolve("other.json")), list());
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
