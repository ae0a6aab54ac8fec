package org.rangekit.render;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * The projection of a map's basemap layers as tasks, in drawing order, handed to an executor and taken
 * back in that order by whoever needs a layer: the layer builder, or the painter when painting starts
 * before every layer is projected (so that one core paints the land while the other still projects
 * the borders and coast).
 *
 * <h2>Who runs what</h2>
 * A task runs once, on whichever thread starts it first ({@link FutureTask#run} does nothing for a
 * task already started or done). {@link #get} runs the task it needs when no executor thread has
 * started it, and while another thread is still running it, runs the later tasks that nobody has
 * started; only then does it wait. So a direct executor, a busy pool, or one that drops or rejects
 * tasks all give the same layers, and the caller never waits for ever. The layers do not depend on
 * which thread projects them or in what order ({@link ProjectedPoints} returns exactly what projecting
 * again would).
 *
 * <p>Thread-safe.
 */
final class LayerTasks {

    private final List<FutureTask<DrawOp>> tasks;

    /** @param layers one task per layer, in drawing order */
    LayerTasks(List<Callable<DrawOp>> layers) {
        this.tasks = layers.stream().map(FutureTask::new).toList();
    }

    /** Number of layers. */
    int size() {
        return tasks.size();
    }

    /**
     * Hands the tasks from index {@code from} on to the executor; those it rejects are left to
     * {@link #get}.
     */
    void start(Executor executor, int from) {
        for (int i = from; i < tasks.size(); i++) {
            try {
                executor.execute(tasks.get(i));
            } catch (RejectedExecutionException e) {
                // get() runs it on the calling thread.
            }
        }
    }

    /** The drawing operation of layer {@code i}, projected by this thread if nobody else has started it. */
    DrawOp get(int i) {
        FutureTask<DrawOp> f = tasks.get(i);
        f.run();
        for (int j = i + 1; j < tasks.size() && !f.isDone(); j++) {
            tasks.get(j).run();
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while projecting the basemap", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
