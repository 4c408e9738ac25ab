package org.parindex.documents.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML page to PDF with the bundled DejaVu Serif (subset to Latin and Vietnamese, see the fonts' licence
 * file), embedded so every reader shows and extracts the same Vietnamese text.
 */
final class PdfDocument {

    static final String FAMILY = "DejaVu Serif";
    private static final String FONTS = "/org/parindex/documents/fonts/";

    static {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfDocument() { }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSerif.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSerif-Italic.ttf"), FAMILY, 400, FontStyle.ITALIC, true);
        builder.withProducer("ParIndex");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PdfDocument.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + file);
        }
        return in;
    }

    /** The regular face for charts drawn with Java 2D. */
    static Font awtFont() {
        try (InputStream in = font("DejaVuSerif.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the bundled font", e);
        }
    }

    /** Text for XHTML: &amp; &lt; &gt; &quot; escaped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
