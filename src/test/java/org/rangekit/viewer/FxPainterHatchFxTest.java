package org.rangekit.viewer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rangekit.render.MapPath;
import org.rangekit.render.Painter.LineStyle;
import org.rangekit.render.Rgba;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@link FxPainter#hatch} on a JavaFX canvas against the rule of {@link org.rangekit.render.Painter#hatch}:
 * lines x − y = k·spacing inside the path (even-odd), nothing outside it or in its hole.
 */
@ExtendWith(ApplicationExtension.class)
class FxPainterHatchFxTest {

    static final int SIZE = 200;
    static final double SPACING_PX = 10;
    /** A pixel whose centre lies on a line is at least this dark (red channel, 0–255): anti-aliasing. */
    static final double ON_LINE_MAX = 200;
    /** A pixel whose centre is half a spacing from every line is white (rounding of the blend). */
    static final double OFF_LINE_MIN = 250;

    @BeforeAll
    static void headless() {
        if (System.getProperty("glass.platform") == null) {
            Viewer.useHeadlessPlatform(1600, 1200);
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
        }
    }

    @Start
    void start(Stage stage) {
        // Nothing to show: the canvas is painted and read on the FX thread.
    }

    private static boolean inside(int x, int y) {
        double cx = x + 0.5;
        double cy = y + 0.5;
        boolean outer = cx > 20 && cx < 180 && cy > 20 && cy < 180;
        boolean hole = cx > 80 && cx < 120 && cy > 80 && cy < 120;
        return outer && !hole;
    }

    @Test
    void linesAt45DegreesOnlyInsideThePathAndOutsideItsHole(FxRobot robot) {
        int[][] red = new int[SIZE][SIZE];
        robot.interact(() -> {
            Canvas canvas = new Canvas(SIZE, SIZE);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, SIZE, SIZE);
            MapPath square = MapPath.rectangle(20, 20, 160, 160).addAll(MapPath.rectangle(80, 80, 40, 40));
            new FxPainter(g).hatch(square, new LineStyle(Rgba.hex(0x000000), 1), SPACING_PX);
            WritableImage img = canvas.snapshot(null, null);
            PixelReader px = img.getPixelReader();
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    red[y][x] = (px.getArgb(x, y) >> 16) & 0xFF;
                }
            }
        });
        int onLine = 0;
        int offLine = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                // Distance from the pixel centre to the nearest line x − y = k·spacing, in pixels.
                double m = Math.floorMod(x - y, (int) SPACING_PX);
                double d = Math.min(m, SPACING_PX - m) / Math.sqrt(2);
                boolean farFromEdge = true;
                boolean farOutside = true;
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        farFromEdge &= inside(x + dx, y + dy);
                        farOutside &= !inside(x + dx, y + dy);
                    }
                }
                if (farOutside) {
                    assertTrue(red[y][x] >= OFF_LINE_MIN, "pixel " + x + "," + y + " outside the path is painted: "
                            + red[y][x]);
                } else if (farFromEdge && d == 0) {
                    onLine++;
                    assertTrue(red[y][x] <= ON_LINE_MAX, "pixel " + x + "," + y + " on a line is not: " + red[y][x]);
                } else if (farFromEdge && d > 3) {
                    offLine++;
                    assertTrue(red[y][x] >= OFF_LINE_MIN, "pixel " + x + "," + y + " between lines is painted: "
                            + red[y][x]);
                }
            }
        }
        assertTrue(onLine > 1000 && offLine > 1000, "too few pixels checked: " + onLine + " on, " + offLine + " off");
    }
}
