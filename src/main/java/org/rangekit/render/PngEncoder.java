package org.rangekit.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque RGB image as PNG, byte for byte the stream the JDK's ImageIO PNG writer makes of
 * a {@code TYPE_INT_RGB} image with a {@code pHYs} chunk (what maps were written with before), but
 * several times faster: ImageIO copies every row through {@code Raster.getPixels} into an
 * {@code int} per sample and feeds the deflater a row at a time.
 *
 * <h2>The stream</h2>
 * Signature; {@code IHDR} (8-bit truecolour, no interlace); {@code pHYs} in pixels per metre; the
 * rows, each with filter type 0 (none, as JDK 17's writer chooses for non-palette images),
 * compressed by {@link Deflater} at level 4 (the writer's default) with the default strategy and a
 * zlib header, split into {@code IDAT} chunks of 32,768 bytes; {@code IEND}. zlib's output does not
 * depend on how its input is split, so the bytes are the same; {@code PngEncoderTest} compares them
 * with ImageIO's.
 *
 * <p>Stateless and thread-safe.
 */
final class PngEncoder {

    /** ImageIO's default PNG compression level. */
    static final int DEFLATE_LEVEL = 4;
    /** ImageIO's IDAT chunk length. */
    static final int IDAT_CHUNK = 32_768;
    /** Rows handed to the deflater at a time. */
    private static final int ROWS_PER_INPUT = 32;

    private PngEncoder() {
    }

    /**
     * @param img a {@code TYPE_INT_RGB} image
     * @param pixelsPerMeter the resolution written to {@code pHYs}
     */
    static byte[] rgb(BufferedImage img, long pixelsPerMeter) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected a TYPE_INT_RGB image, got type " + img.getType());
        }
        int w = img.getWidth();
        int h = img.getHeight();
        DataBufferInt buffer = (DataBufferInt) img.getRaster().getDataBuffer();
        int[] px = buffer.getData();
        int stride = ((SinglePixelPackedSampleModel) img.getSampleModel()).getScanlineStride();
        int base = buffer.getOffset();
        ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 2 + 1024);
        out.writeBytes(new byte[] {(byte) 137, 80, 78, 71, 13, 10, 26, 10});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        chunk(out, "IHDR", ihdr, 0, ihdr.length);
        byte[] phys = new byte[9];
        putInt(phys, 0, (int) pixelsPerMeter);
        putInt(phys, 4, (int) pixelsPerMeter);
        phys[8] = 1; // metre
        chunk(out, "pHYs", phys, 0, phys.length);

        int rowBytes = 1 + 3 * w;
        byte[] rows = new byte[rowBytes * Math.min(ROWS_PER_INPUT, h)];
        byte[] idat = new byte[IDAT_CHUNK];
        int idatLen = 0;
        byte[] zbuf = new byte[65_536];
        Deflater def = new Deflater(DEFLATE_LEVEL);
        try {
            for (int y0 = 0; y0 < h; y0 += ROWS_PER_INPUT) {
                int n = Math.min(ROWS_PER_INPUT, h - y0);
                int k = 0;
                for (int y = y0; y < y0 + n; y++) {
                    rows[k++] = 0; // filter type: none
                    int p = base + y * stride;
                    for (int x = 0; x < w; x++) {
                        int c = px[p + x];
                        rows[k++] = (byte) (c >> 16);
                        rows[k++] = (byte) (c >> 8);
                        rows[k++] = (byte) c;
                    }
                }
                def.setInput(rows, 0, k);
                while (!def.needsInput()) {
                    idatLen = drain(def, zbuf, idat, idatLen, out);
                }
            }
            def.finish();
            while (!def.finished()) {
                idatLen = drain(def, zbuf, idat, idatLen, out);
            }
        } finally {
            def.end();
        }
        chunk(out, "IDAT", idat, 0, idatLen);
        chunk(out, "IEND", idat, 0, 0);
        return out.toByteArray();
    }

    /** Deflates into {@code zbuf} and moves the output into IDAT chunks, writing each full one. */
    private static int drain(Deflater def, byte[] zbuf, byte[] idat, int idatLen, ByteArrayOutputStream out) {
        int len = def.deflate(zbuf, 0, zbuf.length);
        int off = 0;
        while (len > 0) {
            if (idatLen == IDAT_CHUNK) {
                chunk(out, "IDAT", idat, 0, idatLen);
                idatLen = 0;
            }
            int m = Math.min(len, IDAT_CHUNK - idatLen);
            System.arraycopy(zbuf, off, idat, idatLen, m);
            idatLen += m;
            off += m;
            len -= m;
        }
        return idatLen;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int off, int len) {
        byte[] head = new byte[8];
        putInt(head, 0, len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, off, len);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(head, 0, 8);
        out.write(data, off, len);
        out.write(tail, 0, 4);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
