package org.rangekit.io.out;

import java.io.IOException;

/**
 * A process that opens an output, writes a megabyte and waits to be killed: for
 * {@link AtomicOutputTest#sigtermLeavesNoTemporaryFile} (SIGTERM: the shutdown hook deletes the
 * temporary file) and {@link AtomicOutputKillTest} (SIGKILL: the next output removes it once
 * stale). Prints {@code ready} once the temporary file holds the bytes.
 */
public final class AtomicOutputProbe {

    private AtomicOutputProbe() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        AtomicOutput out = AtomicOutput.open(args[0], System.out);
        out.stream().write(new byte[1 << 20]);
        out.stream().flush();
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
