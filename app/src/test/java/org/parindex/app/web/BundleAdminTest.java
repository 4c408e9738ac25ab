package org.parindex.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.results.RankingRow;
import org.parindex.app.results.Results;
import org.parindex.app.support.Database;
import org.parindex.app.support.TestBundles;
import org.parindex.app.support.Zips;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Stage;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.Problems;
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

/** An admin imports bundles through the pages: a preview first, refusals that change nothing, and an export. */
@SpringBootTest(properties = {"parindex.demo=false", "parindex.import.max-entries=50",
    "parindex.import.max-uncompressed-bytes=1000000"})
@AutoConfigureMockMvc
class BundleAdminTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired Results results;
    @TempDir Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @BeforeEach
    void anAdmin() {
        Database.empty(jdbc);
        accounts.create("admin", "Quản trị", "admin-password", Role.ADMIN, null);
    }

    @Test
    void aGoodBundleIsPreviewedThenImportedOnConfirmation() throws Exception {
        MockHttpServletResponse preview = upload(Zips.ofFolder(TestBundles.small(dir)));
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("Đơn vị mới", "hai-truong", "Kỳ đánh giá mới", "2023-H1");
        assertThat(count("units")).isZero();

        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview.getContentAsString());
        assertThat(token.find()).isTrue();
        mvc.perform(post("/admin/bundles/import").param("token", token.group(1)).with(csrf()).with(admin()));
        assertThat(count("units")).isEqualTo(6);
        assertThat(results.ranking("2023-H1").orElseThrow().rows()).extracting(RankingRow::unit)
                .contains("hai-truong");
        // a token is used once
        mvc.perform(post("/admin/bundles/import").param("token", token.group(1)).with(csrf()).with(admin()));
        assertThat(count("audit_entries")).isEqualTo(1);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused(new byte[0], "Tệp rỗng");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        assertRefused("format: parindex/bundle@1".getBytes(StandardCharsets.UTF_8), "không phải là tệp .zip");
    }

    @Test
    void aZipWithPathsLeavingTheBundleIsRefused() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(Zips.filesOf(TestBundles.small(dir)));
        files.put("../../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(Zips.of(files), "../../evil.txt");
        assertThat(dir.getParent().getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] bomb = Zips.of(Map.of("bundle.yaml", new byte[5_000_000]));
        assertThat(bomb.length).isLessThan(20_000);
        assertRefused(bomb, "bom zip");
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            files.put("f" + i + ".txt", new byte[1]);
        }
        assertRefused(Zips.of(files), "quá nhiều tệp");
    }

    @Test
    void aMalformedBundleListsEveryProblemAndChangesNothing() throws Exception {
        TestBundles.small(dir);
        Path scores = dir.resolve("scores/2023-H1.csv");
        Files.writeString(scores, Files.readString(scores).replace("hai-truong,1.2,3.75,", "hai-truong,1.2,abc,")
                .replace("hai-ba,2.1,3,", "nobody,2.1,3,"));
        MockHttpServletResponse response = upload(Zips.ofFolder(dir));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("scores/2023-H1.csv:", "abc", "nobody",
                "Cơ sở dữ liệu không thay đổi");
        assertThat(count("units")).isZero();
    }

    @Test
    void anExportIsABundleThatCoreScoresToTheStoredResults() throws Exception {
        aGoodBundleIsPreviewedThenImportedOnConfirmation();
        byte[] zip = mvc.perform(get("/admin/bundles/export").with(admin())).andReturn().getResponse()
                .getContentAsByteArray();
        Path file = dir.resolve("export.zip");
        Files.write(file, zip);
        Bundle bundle = BundleReader.read(file);
        assertThat(bundle.periods()).hasSize(3);
        assertThat(bundle.demo()).isTrue();
        for (var period : bundle.periods()) {
            var computed = Engine.score(ScoreSheet.bind(new Plan(period.framework()), period, bundle.unitsByCode(),
                    Stage.FINAL, new Problems())).ranking();
            List<RankingRow> stored = results.ranking(period.code()).orElseThrow().rows();
            assertThat(computed).extracting(UnitResult::rank, r -> r.unit().code(), UnitResult::index)
                    .containsExactlyElementsOf(stored.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.rank(),
                            r.unit(), r.index())).toList());
        }
        byte[] one = mvc.perform(get("/admin/bundles/export").param("period", "2022").with(admin())).andReturn()
                .getResponse().getContentAsByteArray();
        Files.write(file, one);
        assertThat(BundleReader.read(file).periods()).extracting(p -> p.code()).containsExactly("2022");
    }

    // --- the same bundle uploaded as a folder: one part per file, named by its path relative to the chosen folder

    @Test
    void aGoodFolderIsPreviewedThenImportedOnConfirmation() throws Exception {
        MockHttpServletResponse preview = uploadFolder(inFolder("hai-lang", Zips.filesOf(TestBundles.small(dir))));
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("Đơn vị mới", "hai-truong", "Kỳ đánh giá mới", "2023-H1",
                "hai-lang/");
        assertThat(count("units")).isZero();

        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview.getContentAsString());
        assertThat(token.find()).isTrue();
        mvc.perform(post("/admin/bundles/import").param("token", token.group(1)).with(csrf()).with(admin()));
        assertThat(count("units")).isEqualTo(6);
        assertThat(results.ranking("2023-H1").orElseThrow().rows()).extracting(RankingRow::unit)
                .contains("hai-truong");
    }

    @Test
    void aFolderWithoutATopLevelFolderIsReadAsTheBundleItself() throws Exception {
        MockHttpServletResponse preview = uploadFolder(Zips.filesOf(TestBundles.small(dir)));
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("Kỳ đánh giá mới", "2023-H1");
    }

    @Test
    void aMalformedFolderListsEveryProblemAndChangesNothing() throws Exception {
        TestBundles.small(dir);
        Path scores = dir.resolve("scores/2023-H1.csv");
        Files.writeString(scores, Files.readString(scores).replace("hai-truong,1.2,3.75,", "hai-truong,1.2,abc,")
                .replace("hai-ba,2.1,3,", "nobody,2.1,3,"));
        Map<String, Long> before = counts();
        MockHttpServletResponse response = uploadFolder(inFolder("hai-lang", Zips.filesOf(dir)));
        assertThat(response.getStatus()).isEqualTo(400);
        String page = response.getContentAsString();
        assertThat(page).contains("Gói dữ liệu có 2 lỗi", "Cơ sở dữ liệu không thay đổi");
        assertThat(Pattern.compile("<li>scores/2023-H1\\.csv:\\d+: [^<]*abc").matcher(page).find()).isTrue();
        assertThat(Pattern.compile("<li>scores/2023-H1\\.csv:\\d+: [^<]*nobody").matcher(page).find()).isTrue();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFolderWithAPathLeavingTheUploadIsRefused() throws Exception {
        Map<String, byte[]> bundle = inFolder("hai-lang", Zips.filesOf(TestBundles.small(dir)));
        for (String evil : List.of("hai-lang/../../evil.txt", "/tmp/evil.txt", "hai-lang\\..\\evil.txt")) {
            Map<String, byte[]> files = new LinkedHashMap<>(bundle);
            files.put(evil, "x".getBytes(StandardCharsets.UTF_8));
            assertFolderRefused(files, "tên tệp không an toàn");
        }
        assertThat(Path.of(System.getProperty("java.io.tmpdir")).resolve("evil.txt")).doesNotExist();
    }

    @Test
    void aFolderWithTooManyFilesIsRefused() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            files.put("many/f" + i + ".txt", new byte[1]);
        }
        assertFolderRefused(files, "quá nhiều tệp");
    }

    @Test
    void aFolderOfMoreBytesThanAllowedIsRefused() throws Exception {
        assertFolderRefused(Map.of("big/bundle.yaml", new byte[1_000_001]), "quá lớn");
    }

    @Test
    void anEmptyFolderUploadIsRefused() throws Exception {
        assertFolderRefused(Map.of(), "Chưa chọn thư mục hoặc thư mục rỗng");
        // what a browser sends for an input with nothing chosen: one part without a file name
        assertFolderRefused(Map.of("", new byte[0]), "Chưa chọn thư mục hoặc thư mục rỗng");
        assertFolderRefused(Map.of("b/bundle.yaml", new byte[0], "b/units.csv", new byte[0]), "thư mục rỗng");
    }

    @Test
    void refusalsAreInEnglishToo() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/admin/bundles/preview-folder")
                .file(new MockMultipartFile("files", "b/../x", "text/plain", new byte[1])).param("lang", "en")
                .with(csrf()).with(admin())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("unsafe file name", "b/../x");
    }

    private static Map<String, byte[]> inFolder(String top, Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, bytes) -> out.put(top + "/" + name, bytes));
        return out;
    }

    private void assertFolderRefused(Map<String, byte[]> files, String message) throws Exception {
        Map<String, Long> before = counts();
        MockHttpServletResponse response = uploadFolder(files);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(message, "Cơ sở dữ liệu không thay đổi");
        assertThat(counts()).isEqualTo(before);
    }

    private MockHttpServletResponse uploadFolder(Map<String, byte[]> files) throws Exception {
        var request = multipart("/admin/bundles/preview-folder");
        files.forEach((name, bytes) -> request.file(new MockMultipartFile("files", name, "application/octet-stream",
                bytes)));
        return mvc.perform(request.with(csrf()).with(admin())).andReturn().getResponse();
    }

    private void assertRefused(byte[] upload, String message) throws Exception {
        Map<String, Long> before = counts();
        MockHttpServletResponse response = upload(upload);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(message, "Cơ sở dữ liệu không thay đổi");
        assertThat(counts()).isEqualTo(before);
    }

    private MockHttpServletResponse upload(byte[] zip) throws Exception {
        return mvc.perform(multipart("/admin/bundles/preview")
                .file(new MockMultipartFile("file", "bundle.zip", "application/zip", zip)).with(csrf()).with(admin()))
                .andReturn().getResponse();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : List.of("units", "frameworks", "periods", "scores", "results", "audit_entries",
                "settings")) {
            out.put(t, count(t));
        }
        return out;
    }
}
