package org.rangekit.viewer;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.stage.Stage;

/**
 * The window's place, size and maximised state, remembered between runs in
 * {@code ~/.config/rangekit/viewer.properties} (or the file named by the system property
 * {@value #FILE_PROPERTY}). A missing or unreadable file gives the default window; a failed save
 * is ignored (the window state is a convenience, never worth an error).
 *
 * @param x left edge (pixels), NaN for the platform's choice
 * @param y top edge (pixels), NaN for the platform's choice
 * @param width width (pixels)
 * @param height height (pixels)
 * @param maximized whether the window was maximised
 */
record WindowPrefs(double x, double y, double width, double height, boolean maximized) {

    /** System property naming the preferences file (tests use a temporary one). */
    static final String FILE_PROPERTY = "rangekit.viewer.prefs";
    /** The first window: 1400 × 900. */
    static final WindowPrefs DEFAULT = new WindowPrefs(Double.NaN, Double.NaN, 1400, 900, false);

    static Path file() {
        String p = System.getProperty(FILE_PROPERTY);
        return p != null ? Path.of(p)
                : Path.of(System.getProperty("user.home"), ".config", "rangekit", "viewer.properties");
    }

    static WindowPrefs load() {
        Path f = file();
        if (!Files.isRegularFile(f)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            double w = Double.parseDouble(p.getProperty("width"));
            double h = Double.parseDouble(p.getProperty("height"));
            if (!(w >= 400 && h >= 300 && w <= 20_000 && h <= 20_000)) {
                return DEFAULT;
            }
            return new WindowPrefs(Double.parseDouble(p.getProperty("x", "NaN")),
                    Double.parseDouble(p.getProperty("y", "NaN")), w, h,
                    Boolean.parseBoolean(p.getProperty("maximized", "false")));
        } catch (IOException | RuntimeException e) {
            return DEFAULT;
        }
    }

    static WindowPrefs of(Stage s) {
        return new WindowPrefs(s.getX(), s.getY(), s.getWidth(), s.getHeight(), s.isMaximized());
    }

    void applyTo(Stage s) {
        s.setWidth(width);
        s.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            s.setX(x);
            s.setY(y);
        }
        s.setMaximized(maximized);
    }

    void save() {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        Path f = file();
        try {
            Files.createDirectories(f.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                p.store(w, "rangekit view: window state");
            }
        } catch (IOException e) {
            // A convenience only: the next run opens the default window.
        }
    }
}
