package org.parindex.app.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.parindex.app.evidence.RejectedFileException;

/** Office packages are checked for what they really are and for macros; PDFs for actions that run on opening. */
public class ContentCheckTest {

    public static final String DOCX_TYPES = "<?xml version=\"1.0\"?><Types><Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aRealDocxPasses() throws IOException {
        byte[] docx = zip("[Content_Types].xml", DOCX_TYPES, "word/document.xml", "<w:document/>");
        assertThat(ContentCheck.typeOf(docx, "bien-ban.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aJarRenamedDocxIsRefused() throws IOException {
        byte[] jar = zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n", "Evil.class", "cafebabe");
        assertThatThrownBy(() -> ContentCheck.typeOf(jar, "bien-ban.docx")).isInstanceOf(RejectedFileException.class);
    }

    @Test
    void aMacroEnabledPackageIsRefused() throws IOException {
        byte[] docm = zip("[Content_Types].xml", DOCX_TYPES.replace("document.main+xml",
                "document.main+xml\"/><Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject"),
                "word/document.xml", "<w:document/>", "word/vbaProject.bin", "macro");
        assertThatThrownBy(() -> ContentCheck.typeOf(docm, "bien-ban.docx")).isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo("evidence.refused.macros");
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ContentCheck.typeOf(pdf, "a.pdf")).isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo("evidence.refused.active");
    }
}
