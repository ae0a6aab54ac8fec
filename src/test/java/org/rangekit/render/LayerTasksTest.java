package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link LayerTasks}: each layer is projected exactly once and handed back in drawing order, whatever
 * runs the tasks (a pool, the calling thread, an executor that drops or rejects them); a caller waiting
 * for a layer another thread is projecting projects the later layers nobody has started.
 */
class LayerTasksTest {

    static final int LAYERS = 6;

    /** Layers whose operation names their index, counting how often each one is built. */
    static List<Callable<DrawOp>> layers(AtomicInteger[] runs, Map<Integer, Thread> ranOn) {
        List<Callable<DrawOp>> out = new ArrayList<>();
        for (int i = 0; i < LAYERS; i++) {
            int k = i;
            out.add(() -> {
                runs[k].incrementAndGet();
                ranOn.put(k, Thread.currentThread());
                return new DrawOp.Text("layer " + k, k, k, null);
            });
        }
        return out;
    }

    static AtomicInteger[] counters() {
        AtomicInteger[] runs = new AtomicInteger[LAYERS];
        for (int i = 0; i < LAYERS; i++) {
            runs[i] = new AtomicInteger();
        }
        return runs;
    }

    @Test
    void everyLayerIsBuiltOnceAndReturnedInOrderWhateverRunsIt() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Executor> executors = List.of(Runnable::run, pool, LayerBuilder.defaultExecutor(), task -> { },
                    task -> {
                        throw new RejectedExecutionException("full");
                    });
            for (Executor executor : executors) {
                for (int from : new int[] {0, 1}) {
                    AtomicInteger[] runs = counters();
                    LayerTasks tasks = new LayerTasks(layers(runs, new ConcurrentHashMap<>()));
                    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                        tasks.start(executor, from);
                        for (int i = 0; i < LAYERS; i++) {
                            assertEquals("layer " + i, ((DrawOp.Text) tasks.get(i)).text());
                        }
                        // Asked again, a layer is the same object: it was built once.
                        assertSame(tasks.get(2), tasks.get(2));
                    });
                    for (int i = 0; i < LAYERS; i++) {
                        assertEquals(1, runs[i].get(), "layer " + i + " built once, start from " + from);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileAnotherThreadProjectsTheFirstLayerTheCallerProjectsTheLaterOnes() throws Exception {
        AtomicInteger[] runs = counters();
        Map<Integer, Thread> ranOn = new ConcurrentHashMap<>();
        CountDownLatch laterLayersDone = new CountDownLatch(LAYERS - 1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        List<Callable<DrawOp>> layers = new ArrayList<>(layers(runs, ranOn));
        Callable<DrawOp> first = layers.get(0);
        // The first layer finishes only once every later one is done: the caller must have built them.
        layers.set(0, () -> {
            firstStarted.countDown();
            laterLayersDone.await();
            return first.call();
        });
        for (int i = 1; i < LAYERS; i++) {
            Callable<DrawOp> later = layers.get(i);
            layers.set(i, () -> {
                DrawOp op = later.call();
                laterLayersDone.countDown();
                return op;
            });
        }
        LayerTasks tasks = new LayerTasks(layers);
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            // The other thread starts the first layer (and waits in it); nobody starts the later ones.
            one.execute(() -> tasks.get(0));
            firstStarted.await();
            Thread caller = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                assertEquals("layer 0", ((DrawOp.Text) tasks.get(0)).text());
                return Thread.currentThread();
            });
            for (int i = 1; i < LAYERS; i++) {
                assertSame(caller, ranOn.get(i), "layer " + i + " built by the waiting caller");
                assertEquals(1, runs[i].get());
            }
        } finally {
            one.shutdownNow();
        }
        for (int i = 1; i < LAYERS; i++) {
            assertEquals(1, runs[i].get());
        }
        assertEquals(1, runs[0].get());
    }

    @Test
    void aFailingLayerThrowsItsOwnExceptionToWhoeverAsksForIt() {
        IllegalStateException boom = new IllegalStateException("bad geometry");
        List<Callable<DrawOp>> layers = List.of(() -> new DrawOp.Unclip(), () -> {
            throw boom;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Executor executor : List.<Executor>of(Runnable::run, pool)) {
                LayerTasks tasks = new LayerTasks(layers);
                tasks.start(executor, 0);
                assertEquals(new DrawOp.Unclip(), tasks.get(0));
                assertSame(boom, assertThrows(IllegalStateException.class, () -> tasks.get(1)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
