package org.rangekit.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.rangekit.coverage.Target;
import org.rangekit.render.MapRenderer;
import org.rangekit.viewer.model.CoverageTable;
import org.rangekit.viewer.model.ScreenMap;
import org.rangekit.viewer.model.ViewState;

/**
 * The viewer's interactive-speed harness (not a test; {@code scripts/viewer-harness}): at
 * 1600×1000 on the headless Monocle platform (software rendering),
 * <ol>
 *   <li>panning: a drag of 60 steps of 15 px across the Kapustin Yar INF map. Each step shifts
 *       the image of the last drawing on the canvas, forced to pixels by a snapshot (what the
 *       viewer paints at every mouse move); every third step also prepares the map at the new
 *       centre with the 110m basemap and paints it into an image (worker thread), then puts the
 *       image on the canvas (FX thread) and waits for the frame that shows it, as the viewer does
 *       when a new drawing arrives;</li>
 *   <li>the cities table: after a range change of one site (the 1,000 km ring moved by 1 km, 10
 *       times after 5 warm-up changes), the time {@link CoverageTable#counts} and {@link CoverageTable#compute}
 *       take over the shipped cities; then in a 1600×1000 viewer window, from the change until a rendered
 *       frame shows the counts (areas pending) and until one shows the areas.</li>
 * </ol>
 * Warm-up rounds first (not counted). Prints one line per figure.
 */
public final class ViewerHarness {

    private ViewerHarness() {
    }

    public static void main(String[] args) throws Exception {
        int w = 1600;
        int h = 1000;
        Viewer.useHeadlessPlatform(w, h);
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(60, TimeUnit.SECONDS);

        ViewState s = ViewState.initial();
        boolean tableOnly = args.length > 0 && args[0].equals("table");
        // What the viewer does during a drag: the last drawing at rest is shifted on the canvas
        // (MapCanvas.paintMoving), while the drawing of the new centre is prepared on a worker.
        MapRenderer.Prepared first = MapCanvas.prepare(s, w, h, true);
        ScreenMap base = new ScreenMap(first);
        Canvas canvas = onFx(() -> new Canvas(w, h));
        javafx.scene.image.WritableImage image = MapCanvas.image(
                MapCanvas.raster(first, org.rangekit.viewer.model.Zoom.NONE, w, h, 1, () -> false));
        // What a user waits for at a pan step: the canvas commands of the step (FX thread) and the
        // frame that shows them rendered into the window (render thread), without reading pixels back.
        javafx.scene.Scene scene = onFx(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            javafx.scene.Scene sc = new javafx.scene.Scene(new javafx.scene.Group(canvas), w, h);
            stage.setScene(sc);
            stage.show();
            return sc;
        });
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<Long>> frame =
                new java.util.concurrent.atomic.AtomicReference<>(new CompletableFuture<>());
        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene)
                .setOnRenderedFrameTask(() -> frame.get().complete(System.nanoTime()));
        // An alternative measured beside it (not used: no gain in the medians): an ImageView of the last
        // drawing moved over a white background, the canvas above it fully transparent.
        Canvas idle = onFx(() -> new Canvas(w, h));
        javafx.scene.image.ImageView view = onFx(() -> new javafx.scene.image.ImageView(image));
        javafx.scene.Scene viewScene = onFx(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            javafx.scene.layout.Pane pane = new javafx.scene.layout.Pane(view, idle);
            pane.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    javafx.scene.paint.Color.WHITE, null, null)));
            idle.setOpacity(0);
            javafx.scene.Scene sc = new javafx.scene.Scene(pane, w, h);
            stage.setScene(sc);
            stage.show();
            return sc;
        });
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<Long>> viewFrame =
                new java.util.concurrent.atomic.AtomicReference<>(new CompletableFuture<>());
        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(viewScene)
                .setOnRenderedFrameTask(() -> viewFrame.get().complete(System.nanoTime()));
        List<Double> stepMs = new ArrayList<>();
        List<Double> stepFxMs = new ArrayList<>();
        List<Double> viewMs = new ArrayList<>();
        List<Double> viewFxMs = new ArrayList<>();
        for (int i = 0; i < (tableOnly ? 0 : 2 * (20 + 100)); i++) {
            Thread.sleep(40); // let the frame before finish: a step starts from a window at rest
            int k = i / 2;
            boolean moveView = i % 2 == 1; // the two ways interleaved, so that both see the same load
            double dx = 15.0 * (k + 1); // every step moves: an unmoved node renders no frame
            double dy = 4.0 * (k + 1);
            CompletableFuture<Long> shown = new CompletableFuture<>();
            long[] t = onFx(() -> {
                long a = System.nanoTime();
                if (moveView) {
                    view.setX(dx);
                    view.setY(dy);
                } else {
                    var g = canvas.getGraphicsContext2D();
                    g.clearRect(0, 0, w, h);
                    g.drawImage(image, dx, dy);
                }
                long b = System.nanoTime();
                (moveView ? viewFrame : frame).set(shown);
                return new long[] {a, b};
            });
            long done = shown.get(60, TimeUnit.SECONDS);
            if (k >= 20) {
                (moveView ? viewMs : stepMs).add((done - t[0]) / 1e6);
                (moveView ? viewFxMs : stepFxMs).add((t[1] - t[0]) / 1e6);
            }
        }
        if (!tableOnly) {
        System.out.printf(Locale.ROOT, "pan step 1600x1000 until the frame is rendered, shifted image moved as a node "
                + "(alternative, not used): median %.1f ms (min %.1f, p90 %.1f, max %.1f); FX thread part median %.2f ms%n",
                median(viewMs), min(viewMs), p90(viewMs), max(viewMs), median(viewFxMs));
        System.out.printf(Locale.ROOT, "pan step 1600x1000 until the frame is rendered, canvas cleared and the image drawn "
                + "into it (MapCanvas.paintMoving): median %.1f ms (min %.1f, p90 %.1f, max %.1f); FX thread part median %.2f ms%n",
                median(stepMs), min(stepMs), p90(stepMs), max(stepMs), median(stepFxMs));
        // The window stays shown (hiding the last window would end the toolkit).

        List<Double> prepareMs = new ArrayList<>();
        List<Double> rasterMs = new ArrayList<>();
        List<Double> swapFxMs = new ArrayList<>();
        List<Double> swapFrameMs = new ArrayList<>();
        int warm = 5;
        String[] scale = {""};
        for (int i = 0; i < (tableOnly ? 0 : warm + 20); i++) {
            double dx = 45.0 * (i + 1);
            double dy = 12.0 * (i + 1);
            ViewState next = base.panned(s, dx, dy);
            long t0 = System.nanoTime();
            MapRenderer.Prepared p = MapCanvas.prepare(next, w, h, false);
            long t1 = System.nanoTime();
            scale[0] = p.timings().basemapScale();
            java.awt.image.BufferedImage raster = MapCanvas.raster(p, org.rangekit.viewer.model.Zoom.NONE, w, h, 1,
                    () -> false);
            long t2 = System.nanoTime();
            Thread.sleep(40);
            CompletableFuture<Long> shown = new CompletableFuture<>();
            long[] t = onFx(() -> {
                long a = System.nanoTime();
                javafx.scene.image.WritableImage img = MapCanvas.image(raster);
                var g = canvas.getGraphicsContext2D();
                g.setFill(javafx.scene.paint.Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.drawImage(img, 0, 0, w, h);
                long b = System.nanoTime();
                frame.set(shown);
                return new long[] {a, b};
            });
            long done = shown.get(60, TimeUnit.SECONDS);
            if (i >= warm) {
                prepareMs.add((t1 - t0) / 1e6);
                rasterMs.add((t2 - t1) / 1e6);
                swapFxMs.add((t[1] - t[0]) / 1e6);
                swapFrameMs.add((done - t[0]) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "new drawing at rest of a panned map (%s basemap): prepare (worker) median %.0f ms, "
                + "paint into an image (worker, Java2D) median %.0f ms; image put on the canvas (FX thread) median %.2f ms, "
                + "until its frame is rendered median %.1f ms (p90 %.1f)%n", scale[0], median(prepareMs), median(rasterMs), median(swapFxMs), median(swapFrameMs),
                p90(swapFrameMs));
        }

        List<Target> cities = CoverageTable.targets("cities");
        ViewState c = s.withTargets("cities").withRangesKm(List.of(480.0, 500.0, 1000.0, 5500.0));
        // The model alone: the counts (no clipping) and the whole table (the moved ring's disc measured).
        List<Double> countsMs = new ArrayList<>();
        List<Double> tableMs = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ViewState next = c.withRangesKm(List.of(480.0, 500.0, 1000.0 + i, 5500.0));
            long t0 = System.nanoTime();
            CoverageTable.counts(next, cities, f -> { });
            long t1 = System.nanoTime();
            CoverageTable.compute(next, cities, f -> { });
            if (i >= 5) {
                countsMs.add((t1 - t0) / 1e6);
                tableMs.add((System.nanoTime() - t1) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "cities table model, one site, 1,000 km ring moved (%,d cities): counts median %.0f ms "
                + "(p90 %.0f); whole table with the two moved bands clipped median %.0f ms (p90 %.0f)%n",
                cities.size(), median(countsMs), p90(countsMs), median(tableMs), p90(tableMs));

        // The window: from the range change (apply on the FX thread, which also redraws the map) until the
        // counts, then the areas, are in the table and a frame showing them has been rendered.
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        ViewerWindow win = onFx(() -> {
            stage[0] = new javafx.stage.Stage();
            ViewerWindow vw = ViewerApp.open(stage[0], c, w, h);
            stage[0].show();
            return vw;
        });
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<Long>> winFrame =
                new java.util.concurrent.atomic.AtomicReference<>(new CompletableFuture<>());
        onFx(() -> {
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(stage[0].getScene())
                    .setOnRenderedFrameTask(() -> winFrame.get().complete(System.nanoTime()));
            return null;
        });
        waitIdle(win);
        List<Double> shownCountsMs = new ArrayList<>();
        List<Double> shownAreasMs = new ArrayList<>();
        List<Double> setCountsMs = new ArrayList<>();
        List<Double> arrivalMs = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ViewState next = c.withRangesKm(List.of(480.0, 500.0, 1100.0 + i, 5500.0));
            CompletableFuture<Long> countsShown = new CompletableFuture<>();
            CompletableFuture<Long> areasShown = new CompletableFuture<>();
            CompletableFuture<Long> countsSet = new CompletableFuture<>();
            long t0 = onFx(() -> {
                win.shownTable().addListener(new javafx.beans.value.ChangeListener<CoverageTable>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends CoverageTable> o, CoverageTable a,
                                        CoverageTable b) {
                        if (b == null) {
                            return;
                        }
                        if (!b.complete()) {
                            countsSet.complete(System.nanoTime());
                        }
                        CompletableFuture<Long> f = new CompletableFuture<>();
                        f.thenAccept(b.complete() ? areasShown::complete : countsShown::complete);
                        if (b.complete()) {
                            countsShown.complete(null);
                            o.removeListener(this);
                        }
                        winFrame.set(f);
                    }
                });
                long a = System.nanoTime();
                win.apply(next, false);
                if (tableOnly) {
                    System.out.printf(Locale.ROOT, "  apply on the FX thread: %.1f ms%n", (System.nanoTime() - a) / 1e6);
                }
                return a;
            });
            Long counts = countsShown.get(600, TimeUnit.SECONDS);
            if (tableOnly) {
                System.out.println("  status at the counts frame: " + onFx(win::status));
            }
            long areas = areasShown.get(600, TimeUnit.SECONDS);
            waitIdle(win);
            if (i >= 5) {
                shownCountsMs.add(((counts == null ? areas : counts) - t0) / 1e6);
                shownAreasMs.add((areas - t0) / 1e6);
                if (countsSet.isDone()) {
                    setCountsMs.add((countsSet.get() - t0) / 1e6);
                }
                arrivalMs.add(onFx(() -> win.map().arrivalNanos()) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "cities table in the window after a range change, one site, until a rendered frame "
                + "shows the counts: median %.0f ms (p90 %.0f); the areas: median %.0f ms (p90 %.0f)%n",
                median(shownCountsMs), p90(shownCountsMs), median(shownAreasMs), p90(shownAreasMs));
        System.out.printf(Locale.ROOT, "  of which until the counts are put in the table (FX thread): median %.0f ms (p90 %.0f; "
                + "%d of %d changes showed the counts before the whole table); the areas start with the counts%n",
                median(setCountsMs), p90(setCountsMs), setCountsMs.size(), shownAreasMs.size());
        System.out.printf(Locale.ROOT, "  the map's new drawing at rest put on the canvas (FX thread) per redraw: median %.2f ms "
                + "(max %.2f)%n", median(arrivalMs), max(arrivalMs));
        Platform.exit();
    }

    private static void waitIdle(ViewerWindow win) throws Exception {
        for (int calm = 0; calm < 2; ) {
            Thread.sleep(50);
            calm = onFx(win::idle) ? calm + 1 : 0;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static double p90(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a[(int) Math.min(a.length - 1, Math.ceil(0.9 * a.length) - 1)];
    }


}
