package org.rangekit.render;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * PDF maps through PDFBox and its Graphics2D bridge (rototor pdfbox-graphics2d): the map is painted
 * by the same {@link Java2dPainter} as the PNG and SVG.
 *
 * <ul>
 * <li><b>Fills</b> keep the path's winding rule ({@code f*} for the painter's even-odd paths), so an
 *   annulus is a ring, not a disc (JFreePDF 2.0.1 wrote every fill with the non-zero rule).</li>
 * <li><b>Text</b> is real text in an embedded TrueType subset of the font the painter uses
 *   (DejaVu Sans, what Java's logical "SansSerif" is on Debian), so that it can be searched and
 *   copied and "–", "°", "≤" survive. The font file is found in the usual font directories and
 *   used only when its advance widths equal those of the font the PNG is drawn with; otherwise
 *   text falls back to glyph outlines, which look the same but cannot be searched.</li>
 * <li><b>Dates</b>: the creation and modification dates are {@code SOURCE_DATE_EPOCH} (seconds
 *   since 1970, UTC; the reproducible-builds convention) when that variable holds a whole number,
 *   otherwise the time of rendering. With it set, the same map gives the same bytes.</li>
 * </ul>
 */
final class PdfMaps {

    /** Environment variable that fixes the PDF dates (https://reproducible-builds.org/specs/source-date-epoch/). */
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private static final List<Path> FONT_DIRS = fontDirs();

    private static final Optional<Path> REGULAR = find("DejaVuSans.ttf", false);
    private static final Optional<Path> BOLD = find("DejaVuSans-Bold.ttf", true);

    private PdfMaps() {
    }

    /** The PDF bytes of a prepared map. */
    static byte[] pdf(MapSpec spec, MapRenderer.Prepared prepared) {
        double ptPerPx = 72.0 / spec.dpi();
        float wPt = (float) (spec.widthPx() * ptPerPx);
        float hPt = (float) (spec.heightPx() * ptPerPx);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(wPt, hPt));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, wPt, hPt);
            EmbeddedFonts fonts = new EmbeddedFonts();
            g.setFontTextDrawer(fonts);
            try {
                g.scale(ptPerPx, ptPerPx);
                MapRenderer.paint(prepared, new Java2dPainter(g));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(spec.title());
            info.setAuthor("rangekit");
            info.setCreator("rangekit");
            info.setProducer("rangekit (Apache PDFBox)");
            Calendar date = date(System.getenv(SOURCE_DATE_EPOCH));
            info.setCreationDate(date);
            info.setModificationDate(date);
            doc.getDocument().getTrailer().setItem(COSName.ID, documentId(form, spec.title(), date));
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.save(bos);
            fonts.close();
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write PDF", e);
        }
    }

    /**
     * The date written into the PDF: {@code sourceDateEpoch} seconds after 1970-01-01T00:00:00Z
     * when it is a whole number, otherwise now; in UTC either way.
     *
     * @param sourceDateEpoch the value of {@value #SOURCE_DATE_EPOCH}, or null
     */
    static Calendar date(String sourceDateEpoch) {
        Instant when = Instant.now();
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
            when = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(when.toEpochMilli());
        return c;
    }

    /**
     * The file identifier (ISO 32000-1 §14.4): PDFBox's default mixes in the clock; this one is an
     * MD5 digest of the page's drawing, the title and the date, so that the same map with the same
     * date gives the same bytes while different maps get different identifiers.
     */
    private static COSArray documentId(PDFormXObject form, String title, Calendar date) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        try (InputStream in = form.getCOSObject().createRawInputStream()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        md.update(String.valueOf(title).getBytes(StandardCharsets.UTF_8));
        md.update(Long.toString(date.getTimeInMillis()).getBytes(StandardCharsets.US_ASCII));
        COSString id = new COSString(md.digest());
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        return ids;
    }

    /** Whether text is embedded as a font here (false: drawn as outlines). */
    static boolean embedsText() {
        return REGULAR.isPresent() && BOLD.isPresent();
    }

    /**
     * Maps the painter's plain and bold SansSerif to embedded subsets of the verified DejaVu Sans
     * files; any other font (none is used) is drawn as outlines.
     */
    private static final class EmbeddedFonts extends PdfBoxGraphics2DFontTextDrawer {
        private PDFont regular;
        private PDFont bold;

        @Override
        protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            if (!embedsText() || !font.getFamily().equals(Font.SANS_SERIF) || font.isItalic()) {
                return null;
            }
            if (font.isBold()) {
                if (bold == null) {
                    bold = PDType0Font.load(env.getDocument(), BOLD.get().toFile());
                }
                return bold;
            }
            if (regular == null) {
                regular = PDType0Font.load(env.getDocument(), REGULAR.get().toFile());
            }
            return regular;
        }
    }

    private static List<Path> fontDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        String home = System.getProperty("user.home");
        if (home != null) {
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
        }
        dirs.add(Path.of(System.getProperty("java.home"), "lib", "fonts"));
        return dirs;
    }

    /**
     * The first file named {@code fileName} under the font directories whose glyph advances equal
     * those of the logical SansSerif font (plain or bold) the painter draws with.
     */
    private static Optional<Path> find(String fileName, boolean bold) {
        for (Path dir : FONT_DIRS) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 5)) {
                Optional<Path> hit = files.filter(f -> f.getFileName().toString().equals(fileName))
                        .filter(f -> sameMetrics(f, bold)).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            } catch (IOException | UncheckedIOException e) {
                // An unreadable font directory is no font.
            }
        }
        return Optional.empty();
    }

    private static boolean sameMetrics(Path file, boolean bold) {
        String probe = "0123456789 km – ° ≤ INF Kapustin Yar, Wgq";
        FontRenderContext frc = new FontRenderContext(null, true, true);
        try {
            Font candidate = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(100f);
            Font logical = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 100);
            double a = candidate.getStringBounds(probe, frc).getWidth();
            double b = logical.getStringBounds(probe, frc).getWidth();
            return Math.abs(a - b) < 1e-3;
        } catch (IOException | FontFormatException e) {
            return false;
        }
    }
}
