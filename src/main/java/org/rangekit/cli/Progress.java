package org.rangekit.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import org.rangekit.io.in.targets.ReadProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long file runs, shown only when stderr is a terminal and not
 * {@code --quiet}; otherwise every call does nothing.
 */
final class Progress implements AutoCloseable, ReadProgress {

    /** Files smaller than this (bytes) finish too fast for a bar to help. */
    static final long MIN_BYTES = 4L << 20;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long totalBytes, boolean quiet, PrintStream err) {
        if (quiet || totalBytes < MIN_BYTES || !stderrIsTerminal()) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalBytes)
                .setUnit(" MB", 1L << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
        return new Progress(bar);
    }

    @Override
    public void readTo(long bytes) {
        if (bar != null) {
            bar.stepTo(bytes);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * Java 17 cannot ask whether stderr alone is a terminal ({@code System.console()} looks at
     * stdin and stdout); on Linux the file descriptor's link names the terminal device.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
