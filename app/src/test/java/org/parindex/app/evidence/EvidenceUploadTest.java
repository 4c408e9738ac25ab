package org.parindex.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads are checked before anything is written: refused files leave no byte on disk and no row. */
@SpringBootTest(properties = {"parindex.demo=true", "parindex.evidence.max-bytes=4096"})
@AutoConfigureMockMvc
class EvidenceUploadTest {

    static final Path DIR = tempDir();

    @Autowired EvidenceFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        Database.h2(registry);
        registry.add("parindex.evidence.dir", DIR::toString);
    }

    @BeforeEach
    void empty() throws IOException {
        jdbc.sql("DELETE FROM evidence_files").update();
        jdbc.sql("DELETE FROM evidence_blobs").update();
        try (Stream<Path> walk = Files.walk(DIR)) {
            walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(DIR)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aRenamedExecutableIsRefusedByItsContent() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        assertRefused("bao-cao.pdf", exe, "evidence.refused.type");
    }

    @Test
    void anOversizeFileIsRefused() {
        byte[] big = pdf(5000);
        assertRefused("ke-hoach.pdf", big, "evidence.refused.tooLarge");
    }

    @Test
    void aPathTraversalNameIsRefused() {
        assertRefused("../../etc/ke-hoach.pdf", pdf(100), "evidence.refused.path");
        assertRefused("..\\ke-hoach.pdf", pdf(100), "evidence.refused.path");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("ke-hoach.pdf", new byte[0], "evidence.refused.empty");
    }

    @Test
    void aTextFileNamedPdfIsRefused() {
        assertRefused("ke-hoach.pdf", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8), "evidence.refused.type");
    }

    @Test
    void theSameFileIsStoredOnceAndNamesAreSanitised() throws IOException {
        byte[] content = pdf(200);
        EvidenceFile a = files.attach("2024", "hai-truong", "1.1.1", "Kế hoạch: CCHC?.pdf", content, "can-bo");
        EvidenceFile b = files.attach("2024", "hai-truong", "1.2.1", "bản sao.pdf", content, "can-bo");
        assertThat(a.sha256()).isEqualTo(b.sha256());
        assertThat(a.name()).isEqualTo("Kế hoạch_ CCHC_.pdf");
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(storedFiles()).isEqualTo(1);
        assertThat(files.content(a)).isEqualTo(content);
    }

    @Test
    void officeDocumentsAndImagesAreAllowed() throws IOException {
        assertThat(files.attach("2024", "hai-truong", "1.1.1", "bao-cao.docx", docx(), "x").contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertThat(files.attach("2024", "hai-truong", "1.1.1", "anh.png", png, "x").contentType())
                .isEqualTo("image/png");
    }

    @Test
    void onlyUsersWhoMaySeeTheUnitDownload() throws Exception {
        EvidenceFile f = files.attach("2024", "hai-truong", "1.1.1", "ke-hoach.pdf", pdf(100), "x");
        mvc.perform(get("/evidence/" + f.id()).with(user(users.loadUserByUsername("can-bo-hai-truong"))))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Content-Security-Policy", "sandbox; frame-ancestors 'self'"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        EvidenceFile image = files.attach("2024", "hai-truong", "1.1.1", "anh.png", png, "x");
        mvc.perform(get("/evidence/" + image.id()).with(user(users.loadUserByUsername("appraiser"))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("sandbox")));
        mvc.perform(get("/evidence/" + image.id()).with(user(users.loadUserByUsername("can-bo-hai-an"))))
                .andExpect(status().isForbidden());
        EvidenceFile doc = files.attach("2024", "hai-truong", "1.1.1", "bao-cao.docx", docx(), "x");
        mvc.perform(get("/evidence/" + doc.id()).with(user(users.loadUserByUsername("viewer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Security-Policy", "sandbox; frame-ancestors 'self'"));
        mvc.perform(get("/evidence/" + f.id()).with(user(users.loadUserByUsername("can-bo-hai-an"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evidence/" + f.id())).andExpect(status().is3xxRedirection());
    }

    private void assertRefused(String name, byte[] content, String reason) {
        assertThatThrownBy(() -> files.attach("2024", "hai-truong", "1.1.1", name, content, "can-bo"))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(storedFiles()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence_files").query(Integer.class).single()).isZero();
    }

    /** Contents kept (in the database; nothing goes to the old evidence folder any more). */
    private long storedFiles() {
        try (Stream<Path> walk = Files.walk(DIR)) {
            assertThat(walk.filter(Files::isRegularFile).count()).isZero();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jdbc.sql("SELECT COUNT(*) FROM evidence_blobs").query(Long.class).single();
    }

    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n%âãÏÓ\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[Math.max(size, head.length + 6)];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(head, 0, out, 0, head.length);
        byte[] tail = "%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, out, out.length - tail.length, tail.length);
        return out;
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(org.parindex.app.evidence.internal.ContentCheckTest.DOCX_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("parindex-evidence-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
