package org.rangekit.cli;

import org.rangekit.io.out.AtomicOutput;

import picocli.CommandLine.Option;

/** {@code -o FILE}, default {@code -} (stdout): where a command writes its one output, atomically. */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Output file, written atomically; - for stdout (default).")
    String output = AtomicOutput.STDOUT;

    static OutputOption of(String target) {
        OutputOption o = new OutputOption();
        o.output = target;
        return o;
    }

    /** The target, checked before any work (see {@link Options#outputTarget}). */
    String target() {
        return Options.outputTarget("-o", output);
    }
}
