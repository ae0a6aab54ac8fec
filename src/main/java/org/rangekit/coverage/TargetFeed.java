package org.rangekit.coverage;

import java.util.List;
import java.util.function.Consumer;

/**
 * Targets handed over a chunk at a time, so that a stream of any length is summed in bounded
 * memory: a file reader, a built-in set, or a list in memory ({@link #of(List)}).
 */
@FunctionalInterface
public interface TargetFeed {

    /** Chunk length of {@link #of(List)}. */
    int CHUNK = 8192;

    /**
     * Passes every target on, a chunk at a time, in order; called once.
     *
     * @param sink receives the chunks (non-empty lists it may keep)
     */
    void forEachChunk(Consumer<List<Target>> sink);

    /**
     * The targets of a list, in chunks of {@value #CHUNK}.
     *
     * @param targets the targets
     * @return a feed of them
     */
    static TargetFeed of(List<Target> targets) {
        List<Target> copy = List.copyOf(targets);
        return (Consumer<List<Target>> sink) -> {
            for (int i = 0; i < copy.size(); i += CHUNK) {
                sink.accept(copy.subList(i, Math.min(copy.size(), i + CHUNK)));
            }
        };
    }
}
