package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.ThresholdSet;

/**
 * {@link PngEncoder} writes the very bytes of the JDK's ImageIO PNG writer (with the pHYs chunk maps
 * carry), the reference here: for a rendered map, for noise (compressed output larger than the
 * input, many IDAT chunks) and flat images (a few bytes of output), and odd sizes.
 */
class PngEncoderTest {

    @Test
    void renderedMapSameBytesAsImageIo() {
        for (ProjectionKind kind : List.of(ProjectionKind.AEQD, ProjectionKind.WORLD)) {
            MapSpec spec = new MapSpec(640, 420, 150, kind, MapContentTest.KY.point(), Double.NaN,
                    EarthModel.WGS84, EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, "110m", "title", "");
            MapContent content = RangeLayers.build(List.of(MapContentTest.KY), ThresholdSet.inf(),
                    EarthModel.WGS84, false, List.of(), "", "");
            BufferedImage img = MapWriter.image(spec, MapRenderer.prepare(spec, content, EmbeddedBasemaps::load));
            assertSame(img, 150);
        }
    }

    @Test
    void noiseFlatAndOddSizesSameBytesAsImageIo() {
        SplittableRandom rnd = new SplittableRandom(20261202);
        int[][] sizes = {{1, 1}, {3, 7}, {257, 33}, {300, 200}, {1000, 40}};
        for (int[] wh : sizes) {
            BufferedImage noise = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_RGB);
            BufferedImage flat = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_RGB);
            BufferedImage mixed = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < wh[1]; y++) {
                for (int x = 0; x < wh[0]; x++) {
                    noise.setRGB(x, y, rnd.nextInt());
                    flat.setRGB(x, y, 0xF4EFE6);
                    mixed.setRGB(x, y, rnd.nextInt(10) == 0 ? rnd.nextInt() : 0x336699);
                }
            }
            assertSame(noise, 72);
            assertSame(flat, 96);
            assertSame(mixed, 300);
        }
    }

    private static void assertSame(BufferedImage img, double dpi) {
        assertArrayEquals(imageIoPng(img, dpi), PngEncoder.rgb(img, MapWriter.pixelsPerMeter(dpi)),
                () -> img.getWidth() + "x" + img.getHeight() + " at " + dpi + " dpi");
    }

    /**
     * The PNG bytes of an image as the JDK's ImageIO writer makes them, with the resolution in pHYs:
     * the reference {@link PngEncoder} is checked against.
     */
    private static byte[] imageIoPng(BufferedImage img, double dpi) {
        try (ByteArrayOutputStream bos = new ByteArrayOutputStream();
                ImageOutputStream ios = ImageIO.createImageOutputStream(bos)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try {
                writer.setOutput(ios);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
                setDpi(meta, dpi);
                writer.write(null, new IIOImage(img, null, meta), param);
            } finally {
                writer.dispose();
            }
            ios.flush();
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG", e);
        }
    }

    /**
     * Writes the resolution into the PNG pHYs chunk, in the PNG-native metadata (the JDK's standard
     * "HorizontalPixelSize" route writes a wrong pixels-per-metre value).
     */
    private static void setDpi(IIOMetadata meta, double dpi) throws IOException {
        String ppm = Long.toString(MapWriter.pixelsPerMeter(dpi));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }

}
