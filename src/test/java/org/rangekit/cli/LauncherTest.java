package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rangekit} launcher script when the jar is out of date and Maven is not installed
 * (issue 8, item 8: it printed "line 31: mvn: command not found" and exited 127). It is run by
 * bash in a copy of the repository's layout with a PATH that holds the tools it uses, a stand-in
 * {@code java}, and no {@code mvn}.
 */
class LauncherTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String stdout, String stderr) {
    }

    private Run launch(Map<String, String> env) throws IOException, InterruptedException {
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("target/lib"));
        Files.createDirectories(root.resolve("src"));
        Files.copy(Paths.get("rangekit"), root.resolve("rangekit"));
        Path jar = Files.writeString(root.resolve("target/rangekit.jar"), "");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("src/Changed.java"), "");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("find", "dirname", "readlink", "mkdir", "flock", "sed", "touch", "rm", "mv")) {
            Path found = which(tool);
            if (found != null && !Files.exists(bin.resolve(tool))) {
                Files.createSymbolicLink(bin.resolve(tool), found);
            }
        }
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java ran\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder pb = new ProcessBuilder("/bin/bash", root.resolve("rangekit").toString(), "--version");
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path which(String tool) {
        for (String d : System.getenv("PATH").split(File.pathSeparator)) {
            Path c = Paths.get(d, tool);
            if (Files.isExecutable(c)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void staleJarWithoutMavenIsOneLineAndExitTwo() throws Exception {
        Run r = launch(Map.of());
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals("", r.stdout());
        assertEquals("rangekit: target/rangekit.jar is out of date and mvn is not installed: install Maven 3.8+ "
                + "or run with the existing jar via RANGEKIT_NO_BUILD=1\n", r.stderr());
    }

    @Test
    void noBuildRunsTheExistingJar() throws Exception {
        Run r = launch(Map.of("RANGEKIT_NO_BUILD", "1"));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("java ran\n", r.stdout());
        assertEquals("", r.stderr());
    }
}
