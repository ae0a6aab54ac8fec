package org.rangekit.viewer;

/**
 * The headless JavaFX platform for the robot tests, started once: Monocle with the glass robot when
 * the build has not already chosen a platform (the viewer-fx execution's argLine does; a test run
 * from an IDE does not).
 */
final class FxHeadless {

    private FxHeadless() {
    }

    /** Selects Monocle (1600×1200 screen) and TestFX's glass robot unless a platform is already set. */
    static void ensure() {
        if (System.getProperty("glass.platform") == null) {
            Viewer.useHeadlessPlatform(1600, 1200);
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
        }
    }
}
