package org.rangekit.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.rangekit.io.out.AtomicOutput;
import org.rangekit.viewer.model.ViewState;

/**
 * Starts the viewer: the window ({@link #launch}) or, without a display, a screenshot of it
 * ({@link #screenshot}). This class does not extend {@link Application}, so JavaFX on the class
 * path starts from it.
 */
public final class Viewer {

    /** How long a screenshot waits for the map and the table (seconds). */
    static final long SCREENSHOT_TIMEOUT_S = 300;

    private Viewer() {
    }

    /** Whether a window can be shown: an X or Wayland display is named. */
    public static boolean hasDisplay() {
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** Opens the window on a state and returns when it is closed. */
    public static void launch(ViewState state) {
        ViewerApp.initial = state;
        Application.launch(ViewerApp.class);
    }

    /**
     * Selects the headless Monocle platform with software rendering; must run before the toolkit starts.
     *
     * @param widthPx width of the virtual screen (pixels)
     * @param heightPx height of the virtual screen (pixels)
     */
    public static void useHeadlessPlatform(int widthPx, int heightPx) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", widthPx + "x" + heightPx + "-32");
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Renders the window on a state at a size, waits until the map is drawn at rest and the coverage
     * table is counted, and writes it as a PNG (atomically). Starts the JavaFX toolkit on the headless
     * Monocle platform, so no display is needed, and stops it afterwards.
     *
     * @param state what the window shows
     * @param file the PNG file
     * @param widthPx window width (pixels)
     * @param heightPx window height (pixels)
     * @throws IOException when the file cannot be written
     */
    public static void screenshot(ViewState state, Path file, int widthPx, int heightPx) throws IOException {
        useHeadlessPlatform(widthPx, heightPx);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        try {
            started.get(60, TimeUnit.SECONDS);
            CompletableFuture<ViewerWindow> opened = new CompletableFuture<>();
            Platform.runLater(() -> {
                Stage stage = new Stage();
                ViewerWindow w = ViewerApp.open(stage, state, widthPx, heightPx);
                stage.show();
                opened.complete(w);
            });
            ViewerWindow w = opened.get(60, TimeUnit.SECONDS);
            BufferedImage image = whenIdle(w, () -> SwingFXUtils.fromFXImage(w.root().getScene().snapshot(null), null));
            Platform.runLater(w::dispose);
            AtomicOutput.write(file.toString(), null, os -> {
                if (!ImageIO.write(image, "png", os)) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the window", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the window did not finish drawing: " + e, e);
        } finally {
            Platform.exit();
        }
    }

    /**
     * Waits until a window is idle (map at rest, table counted) for two pulses in a row, then runs an
     * action on the FX thread and returns its result.
     */
    static <T> T whenIdle(ViewerWindow w, java.util.function.Supplier<T> action)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SCREENSHOT_TIMEOUT_S);
        int quiet = 0;
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> idle = new CompletableFuture<>();
            Platform.runLater(() -> idle.complete(w.idle()));
            quiet = idle.get(60, TimeUnit.SECONDS) ? quiet + 1 : 0;
            if (quiet >= 3) {
                CompletableFuture<T> r = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        r.complete(action.get());
                    } catch (RuntimeException e) {
                        r.completeExceptionally(e);
                    }
                });
                return r.get(60, TimeUnit.SECONDS);
            }
            Thread.sleep(100);
        }
        throw new TimeoutException("still drawing after " + SCREENSHOT_TIMEOUT_S + " s");
    }
}
