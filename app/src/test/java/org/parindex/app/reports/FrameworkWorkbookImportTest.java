package org.parindex.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A framework workbook over HTTP: a hostile one is refused with its reason and stores nothing; a good one is audited. */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class FrameworkWorkbookImportTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void hostileWorkbooksAreRefusedAndAGoodOneIsStoredOnceConfirmedWithItsAuditEntry() throws Exception {
        long id = jdbc.sql("SELECT MIN(id) FROM frameworks").query(Long.class).single();
        byte[] exported = mvc.perform(get("/frameworks/" + id + "/workbook.xlsx").with(admin())).andReturn()
                .getResponse().getContentAsByteArray();
        long frameworks = count("frameworks");
        long audit = count("audit_entries");

        MockHttpServletResponse macros = upload(withEntry(exported, "xl/vbaProject.bin", new byte[64]));
        assertThat(macros.getStatus()).isEqualTo(400);
        assertThat(macros.getContentAsString()).contains("the workbook holds macros").contains("Không có gì thay đổi.");
        MockHttpServletResponse bomb = upload(withEntry(exported, "xl/media/zeros.bin", new byte[101 * 1024 * 1024]));
        assertThat(bomb.getStatus()).isEqualTo(400);
        assertThat(bomb.getContentAsString()).contains("MB once unpacked");
        MockHttpServletResponse same = upload(exported);
        assertThat(same.getStatus()).isEqualTo(200);
        assertThat(same.getContentAsString()).contains("id=\"existing\"").doesNotContain("name=\"token\"");
        assertThat(count("frameworks")).isEqualTo(frameworks);
        assertThat(count("audit_entries")).isEqualTo(audit);

        MockHttpServletResponse preview = upload(renamed(exported));
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview.getContentAsString());
        assertThat(token.find()).as(preview.getContentAsString()).isTrue();
        assertThat(count("frameworks")).isEqualTo(frameworks);
        mvc.perform(post("/admin/frameworks/import").param("token", token.group(1)).with(csrf()).with(admin()));
        assertThat(count("frameworks")).isEqualTo(frameworks + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'framework.import'").query(Long.class)
                .single()).isEqualTo(1);
        MockHttpServletResponse again = mvc.perform(post("/admin/frameworks/import").param("token", token.group(1))
                .with(csrf()).with(admin())).andReturn().getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/frameworks");
        assertThat(count("frameworks")).isEqualTo(frameworks + 1);
    }

    /** The workbook with its framework renamed: another framework, so a new revision. */
    private static byte[] renamed(byte[] workbook) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheet("Thông tin").getRow(3).getCell(1).setCellValue("Bộ chỉ số sửa đổi từ Excel");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private MockHttpServletResponse upload(byte[] workbook) throws Exception {
        return mvc.perform(multipart("/admin/frameworks/preview").file(new MockMultipartFile("file", "khung.xlsx",
                "application/octet-stream", workbook)).with(csrf()).with(admin())).andReturn().getResponse();
    }

    /** The workbook with one more part, added through the zip file system. */
    private static byte[] withEntry(byte[] workbook, String name, byte[] content) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("workbook", ".xlsx");
        try {
            java.nio.file.Files.write(file, workbook);
            try (var zip = java.nio.file.FileSystems.newFileSystem(file)) {
                java.nio.file.Path part = zip.getPath(name);
                java.nio.file.Files.createDirectories(part.getParent());
                java.nio.file.Files.write(part, content);
            }
            return java.nio.file.Files.readAllBytes(file);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }
}
