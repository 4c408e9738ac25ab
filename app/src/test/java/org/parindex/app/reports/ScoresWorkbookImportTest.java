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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.app.results.Results;
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

/** An admin round-trips a period's scores through Excel: export, change a value, preview, confirm, new results. */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class ScoresWorkbookImportTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired Results results;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void aChangedScoresWorkbookIsPreviewedThenImportedAndABrokenOneChangesNothing() throws Exception {
        byte[] exported = mvc.perform(get("/admin/bundles/scores.xlsx").param("period", "2023-H1").with(admin()))
                .andReturn().getResponse().getContentAsByteArray();
        long audit = count();

        byte[] broken = change(exported, "hai-truong", "7.3.1", "nhiều");
        MockHttpServletResponse refused = upload(broken);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).containsPattern("Kết quả thẩm định![A-Z]+[0-9]+: node 7.3.1: ");
        assertThat(count()).isEqualTo(audit);

        MockHttpServletResponse preview = upload(change(exported, "hai-truong", "7.3.1", "50"));
        assertThat(preview.getStatus()).as(preview.getContentAsString()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("2023-H1");
        assertThat(results.ranking("2023-H1").orElseThrow().rows().stream()
                .filter(r -> r.unit().equals("hai-truong")).findFirst().orElseThrow().index()).isEqualTo(73.90);

        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview.getContentAsString());
        assertThat(token.find()).isTrue();
        mvc.perform(post("/admin/bundles/import").param("token", token.group(1)).with(csrf()).with(admin()));
        assertThat(results.ranking("2023-H1").orElseThrow().rows().stream()
                .filter(r -> r.unit().equals("hai-truong")).findFirst().orElseThrow().index()).isEqualTo(76.16);
    }

    private MockHttpServletResponse upload(byte[] workbook) throws Exception {
        return mvc.perform(multipart("/admin/bundles/preview-scores-xlsx").file(new MockMultipartFile("workbook",
                "2023-H1.xlsx", "application/octet-stream", workbook)).param("period", "2023-H1").with(csrf())
                .with(admin())).andReturn().getResponse();
    }

    private static byte[] change(byte[] workbook, String unit, String node, String value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheet("Kết quả thẩm định");
            int column = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(node)) {
                    column = cell.getColumnIndex();
                }
            }
            for (Row row : sheet) {
                if (row.getCell(0) != null && unit.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
    }

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }
}
