package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.Slow;

/**
 * Targets piped into a real process (issue "Safe edges", item 10): {@code --targets /dev/stdin}
 * (a pipe, no seeking) and {@code --targets -} read the pipe once, in a child JVM whose standard
 * input is the shell's pipe. Regression: {@code /dev/stdin} was "no such file".
 */
@Slow
class StdinTargetsProcessTest {

    private static String piped(Path dir, String targetsArg) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "printf 'lat,lon,name\\n48.0,45.0,piped-place\\n10,10,far\\n' | '" + java
                + "' -Djava.awt.headless=true -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " coverage --site kapustin-yar --range 500 --format csv --targets "
                + targetsArg;
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void devStdinIsReadAsAStream(@TempDir Path dir) throws Exception {
        String out = piped(dir, "/dev/stdin");
        assertTrue(out.contains("\npiped-place,") && out.contains("\nfar,"), out);
    }

    @Test
    void dashReadsStandardInput(@TempDir Path dir) throws Exception {
        String out = piped(dir, "-");
        assertTrue(out.contains("\npiped-place,") && out.contains("\nfar,"), out);
    }
}
