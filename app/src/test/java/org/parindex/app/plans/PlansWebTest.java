package org.parindex.app.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.audit.Audit;
import org.parindex.app.bundles.BundleExport;
import org.parindex.app.bundles.BundleImport;
import org.parindex.app.support.Database;
import org.parindex.core.io.BundleReader;
import org.parindex.core.plans.PlanAction;
import org.parindex.core.plans.PlansFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hải Trường's officer writes an improvement plan after 2023-H1 is published: checked by core, audited, guarded
 * against stale pages, refused for other units, seen by the council, and carried by the bundle export and import.
 */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class PlansWebTest {

    static final String ADD = "/plans/2023-H1/units/hai-truong/actions";
    static final String OFFICER = "can-bo-hai-truong";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Plans plans;
    @Autowired Audit audit;
    @Autowired BundleExport export;
    @Autowired BundleImport bundleImport;
    @Autowired org.parindex.app.evidence.EvidenceFiles evidence;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void officerWritesAnActionOnCriterion73AndNotesProgressWithEvidence() throws Exception {
        int before = plans.of("2023-H1", "hai-truong").size();
        long audited = audit.count();
        MockHttpServletResponse added = send(post(ADD).param("title", "Hướng dẫn nộp hồ sơ trực tuyến")
                .param("nodes", "7.3; 7.3.1").param("owner", "Bộ phận một cửa").param("due", "2020-06-30")
                .param("status", "in-progress"), OFFICER);
        assertThat(added.getStatus()).isEqualTo(302);
        List<ActionView> now = plans.of("2023-H1", "hai-truong");
        assertThat(now).hasSize(before + 1);
        ActionView a = now.get(now.size() - 1);
        assertThat(a.nodes()).containsExactly("7.3", "7.3.1");
        assertThat(a.overdue()).isTrue();
        assertThat(audit.count()).isEqualTo(audited + 1);

        MockHttpServletResponse noted = send(multipart("/plans/actions/" + a.id() + "/notes")
                .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
                .param("version", String.valueOf(a.version())).param("text", "Đã tập huấn 3 thôn"), OFFICER);
        assertThat(noted.getStatus()).isEqualTo(302);
        ActionView after = plans.find(a.id());
        assertThat(after.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Đã tập huấn 3 thôn");
            assertThat(n.evidenceName()).isEqualTo("bao-cao.pdf");
        });
        assertThat(evidence.of("2023-H1", "hai-truong")).filteredOn(f -> f.name().equals("bao-cao.pdf"))
                .extracting(org.parindex.app.evidence.EvidenceFile::node).as("not filed under an item of the sheet")
                .containsExactly("plan:" + a.code());
        assertThat(after.version()).isEqualTo(a.version() + 1);

        String page = send(get("/plans/2023-H1/units/hai-truong"), OFFICER).getContentAsString();
        assertThat(page).contains("Hướng dẫn nộp hồ sơ trực tuyến").contains("Quá hạn").contains("bao-cao.pdf")
                .contains("id=\"starting-points\"");
        String council = send(get("/plans/2023-H1"), "appraiser").getContentAsString();
        assertThat(council).contains("Xã Hải Trường — Hướng dẫn nộp hồ sơ trực tuyến");
    }

    @Test
    void anActionOf2022ShowsItsItemsPointsBeforeAndAfterOnce2023H1IsPublished() throws Exception {
        plans.add("2022", "hai-truong", new Plans.Draft("Chính quyền điện tử", "7", "Văn phòng", "2022-12-31",
                "done"), OFFICER);
        String page = send(get("/plans/2022/units/hai-truong"), OFFICER).getContentAsString();
        assertThat(page).contains("Kết quả 6 tháng đầu năm 2023 (điểm trước → sau):")
                .contains("7: 9,15/").contains(" → 4,96/").contains("Chưa cải thiện").contains("id=\"starting-points\"");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndWhatWasTypedIsKept() throws Exception {
        int before = plans.of("2023-H1", "hai-truong").size();
        MockHttpServletResponse r = send(post(ADD).param("title", "").param("nodes", "9.9.9")
                .param("owner", "Kế toán").param("due", "mai").param("status", "planned"), OFFICER);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("title is empty")
                .contains("nodes: &quot;9.9.9&quot; is not a node of the period&#39;s framework")
                .contains("due &quot;mai&quot; is not a date YYYY-MM-DD").contains("value=\"Kế toán\"");
        assertThat(plans.of("2023-H1", "hai-truong")).hasSize(before);
        assertThat(send(post(ADD).param("title", "x".repeat(201)).param("nodes", "7.3").param("owner", "O")
                .param("due", "2030-01-01").param("status", "planned"), OFFICER).getContentAsString())
                .contains("title: 201 characters, at most 200");
    }

    @Test
    void aChangeFromAStalePageIsRefusedAndNothingIsOverwritten() throws Exception {
        ActionView a = plans.add("2023-H1", "hai-truong", new Plans.Draft("Kiểm toán", "6.3.1", "Kế toán",
                "2030-01-01", "planned"), OFFICER);
        send(post("/plans/actions/" + a.id()).param("version", String.valueOf(a.version())).param("title", "Kiểm toán")
                .param("nodes", "6.3.1").param("owner", "Kế toán").param("due", "2030-01-01").param("status", "done"),
                OFFICER);
        MockHttpServletResponse stale = send(post("/plans/actions/" + a.id()).param("version",
                String.valueOf(a.version())).param("title", "Kiểm toán (sửa)").param("nodes", "6.3.1")
                .param("owner", "Kế toán").param("due", "2030-01-01").param("status", "dropped"), OFFICER);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("người khác vừa thay đổi").contains("Kiểm toán (sửa)");
        assertThat(plans.find(a.id()).status()).isEqualTo("done");
        assertThat(plans.find(a.id()).title()).isEqualTo("Kiểm toán");
    }

    @Test
    void anotherUnitsOfficerAndViewersMayNotWrite() throws Exception {
        ActionView a = plans.add("2023-H1", "hai-an", new Plans.Draft("A", "1.1", "O", "2030-01-01", "planned"),
                "admin");
        MockHttpServletRequestBuilder change = post("/plans/actions/" + a.id()).param("version", "0")
                .param("title", "B").param("nodes", "1.1").param("owner", "O").param("due", "2030-01-01")
                .param("status", "done");
        assertThat(send(change, OFFICER).getStatus()).isEqualTo(403);
        assertThat(send(change, "viewer").getStatus()).isEqualTo(403);
        assertThat(send(get("/plans/2023-H1/units/hai-an"), OFFICER).getStatus()).isEqualTo(403);
        assertThat(plans.find(a.id()).title()).isEqualTo("A");
    }

    @Test
    void plansTravelInTheBundleAndCoreChecksThem(@TempDir Path dir) throws Exception {
        plans.add("2023-H1", "hai-khe", new Plans.Draft("Số hóa kết quả \"TTHC\", 100%", "7.3.2", "Văn phòng",
                "2030-01-01", "planned"), "admin");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.write(List.of(), zip);
        Path file = dir.resolve("bundle.zip");
        Files.write(file, zip.toByteArray());

        Map<String, List<PlanAction>> read = PlansFiles.read(file, BundleReader.read(file));
        assertThat(read.get("2023-H1")).extracting(PlanAction::title).contains("Số hóa kết quả \"TTHC\", 100%");

        Path folder = dir.resolve("unzipped");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path to = folder.resolve(e.getName());
                Files.createDirectories(to.getParent());
                Files.write(to, in.readAllBytes());
            }
        }
        List<ActionView> exported = plans.of("2023-H1", null);
        bundleImport.apply(bundleImport.prepare(folder), "admin");
        assertThat(plans.of("2023-H1", null)).extracting(ActionView::unit, ActionView::code, ActionView::title,
                ActionView::nodes, ActionView::status).containsExactlyElementsOf(exported.stream()
                .map(x -> org.assertj.core.groups.Tuple.tuple(x.unit(), x.code(), x.title(), x.nodes(), x.status()))
                .toList());
    }

    private MockHttpServletResponse send(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, String who)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(who)))).andReturn().getResponse();
    }

    @Test
    void thePublishedArticleNamesThePlansActionsAsItsRemediesButNotTheDroppedOnes() throws Exception {
        plans.add("2022", "hai-phu", new Plans.Draft("Số hoá kết quả giải quyết TTHC", "7.3", "Một cửa", "2022-12-31",
                "in-progress"), "admin");
        plans.add("2022", "hai-phu", new Plans.Draft("Thuê tư vấn", "7", "Văn phòng", "2022-12-31", "dropped"),
                "admin");
        String article = mvc.perform(get("/units/hai-phu/article.txt").param("period", "2022")).andReturn()
                .getResponse().getContentAsString();
        assertThat(article).contains("Giải pháp khắc phục theo kế hoạch của đơn vị:\n- Số hoá kết quả giải quyết TTHC\n")
                .doesNotContain("Thuê tư vấn");
    }
}
