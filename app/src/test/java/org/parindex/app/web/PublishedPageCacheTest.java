package org.parindex.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.parindex.app.results.Results;
import org.parindex.app.support.Database;
import org.parindex.app.units.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pages of a published period (ranking, overview, unit pages) answer an anonymous visitor's If-None-Match
 * with 304 and no page until something they show changes: results computed again (a correction), a unit renamed;
 * a browser that takes gzip gets the kept page compressed. Users' pages carry no validator.
 */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class PublishedPageCacheTest {

    @Autowired MockMvc mvc;
    @Autowired Results results;
    @Autowired Units units;
    @Autowired UserDetailsService users;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void anUnchangedPublishedRankingIsNotSentAgainUntilItsResultsOrUnitsChange() throws Exception {
        for (String page : new String[] {"/results/2023-H1", "/results/2023-H1/overview"}) {
            MockHttpServletResponse first = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(first.getStatus()).isEqualTo(200);
            String tag = first.getHeader("ETag");
            assertThat(tag).as(page).isNotBlank();
            assertThat(first.getHeader("Last-Modified")).isNotBlank();
            assertThat(first.getHeader("Cache-Control")).isEqualTo("public, no-cache");
            assertThat(first.getContentAsString()).contains("Hải Trường");

            MockHttpServletResponse again = mvc.perform(get(page).header("If-None-Match", tag)).andReturn().getResponse();
            assertThat(again.getStatus()).as(page).isEqualTo(304);
            assertThat(again.getContentAsString()).isEmpty();
        }

        String tag = mvc.perform(get("/results/2023-H1")).andReturn().getResponse().getHeader("ETag");
        var unit = units.find("hai-truong").orElseThrow();
        units.update(unit.renamed("Xã Hải Trường mới", unit.version()));
        MockHttpServletResponse renamed = mvc.perform(get("/results/2023-H1").header("If-None-Match", tag))
                .andReturn().getResponse();
        assertThat(renamed.getStatus()).isEqualTo(200);
        assertThat(renamed.getContentAsString()).contains("Xã Hải Trường mới");
        assertThat(renamed.getHeader("ETag")).isNotEqualTo(tag);

        String before = renamed.getHeader("ETag");
        results.recompute("2023-H1");
        MockHttpServletResponse corrected = mvc.perform(get("/results/2023-H1").header("If-None-Match", before))
                .andReturn().getResponse();
        assertThat(corrected.getStatus()).isEqualTo(200);
        assertThat(corrected.getHeader("ETag")).isNotEqualTo(before);

        String beforePlainSql = corrected.getHeader("ETag");
        jdbc.sql("UPDATE units SET name = 'Xã Hải Trường' WHERE code = 'hai-truong'").update();   // auto-commit
        MockHttpServletResponse plain = mvc.perform(get("/results/2023-H1").header("If-None-Match", beforePlainSql))
                .andReturn().getResponse();
        assertThat(plain.getStatus()).as("a change by plain SQL in auto-commit is seen too").isEqualTo(200);
        assertThat(plain.getContentAsString()).doesNotContain("Xã Hải Trường mới");
    }

    @Test
    void everyViewOfACachedPageCountsAndThePageShowsTheCountOfThatView() throws Exception {
        String page = "/results/2023-H1/overview";
        long first = shownTotal(mvc.perform(get(page)).andReturn().getResponse());
        MockHttpServletResponse cached = mvc.perform(get(page)).andReturn().getResponse();
        assertThat(shownTotal(cached)).isEqualTo(first + 1);   // served from memory, counted and showing it
        assertThat(mvc.perform(get(page).header("If-None-Match", cached.getHeader("ETag"))).andReturn()
                .getResponse().getStatus()).isEqualTo(304);
        assertThat(shownTotal(mvc.perform(get(page)).andReturn().getResponse())).isEqualTo(first + 3);

        MockHttpServletResponse viewer = mvc.perform(get(page).with(user(users.loadUserByUsername("viewer"))))
                .andReturn().getResponse();   // rendered by the controller: counted once, not twice
        assertThat(shownTotal(viewer)).isEqualTo(first + 4);
    }

    private static long shownTotal(MockHttpServletResponse response) throws Exception {
        return shownTotal(response.getContentAsString());
    }

    private static long shownTotal(String html) {
        Matcher m = Pattern.compile("tổng cộng ([\\d.]+)</span>").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    @Test
    void aUsersPageAndAPeriodThatIsNotPublishedCarryNoValidator() throws Exception {
        MockHttpServletResponse viewer = mvc.perform(get("/results/2023-H1")
                .with(user(users.loadUserByUsername("viewer")))).andReturn().getResponse();
        assertThat(viewer.getStatus()).isEqualTo(200);
        assertThat(viewer.getHeader("ETag")).isNull();
        MockHttpServletResponse missing = mvc.perform(get("/results/no-such-period")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeader("ETag")).isNull();
    }

    @Test
    void aBrowserTakingGzipGetsTheKeptPageCompressedWithTheCountOfItsOwnView() throws Exception {
        for (String page : new String[] {"/results/2023-H1", "/results/2023-H1/overview",
                "/units/hai-truong?period=2023-H1"}) {
            MockHttpServletResponse plain = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(plain.getStatus()).as(page).isEqualTo(200);
            assertThat(plain.getHeader("Content-Encoding")).isNull();
            MockHttpServletResponse zipped = mvc.perform(get(page).header("Accept-Encoding", "gzip, deflate, br"))
                    .andReturn().getResponse();
            assertThat(zipped.getHeader("Content-Encoding")).as(page).isEqualTo("gzip");
            assertThat(zipped.getHeader("Vary")).contains("Accept-Encoding");
            assertThat(zipped.getHeader("ETag")).isEqualTo(plain.getHeader("ETag"));
            assertThat(zipped.getContentLength()).isEqualTo(zipped.getContentAsByteArray().length)
                    .isLessThan(plain.getContentAsByteArray().length / 3);
            String html = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))
                    .readAllBytes(), StandardCharsets.UTF_8);   // checks the length and CRC of the whole too
            assertThat(shownTotal(html)).as(page).isEqualTo(shownTotal(plain.getContentAsString()) + 1);
            String counter = "id=\"visits\"([^>]*)>[^<]*";
            assertThat(html.replaceFirst(counter, "$1")).as(page)
                    .isEqualTo(plain.getContentAsString().replaceFirst(counter, "$1"));
            MockHttpServletResponse refused = mvc.perform(get(page).header("Accept-Encoding", "gzip;q=0, identity"))
                    .andReturn().getResponse();
            assertThat(refused.getHeader("Content-Encoding")).isNull();
            assertThat(refused.getContentAsString()).contains("</html>");
            assertThat(mvc.perform(get(page).header("Accept-Encoding", "gzip")
                    .header("If-None-Match", zipped.getHeader("ETag"))).andReturn().getResponse().getStatus())
                    .isEqualTo(304);
        }
    }

    @Test
    void aUnitPageIsKeptForItsPeriodAndDroppedWhenResultsAreComputedAgain() throws Exception {
        String page = "/units/hai-truong?period=2023-H1";
        MockHttpServletResponse first = mvc.perform(get(page)).andReturn().getResponse();
        String tag = first.getHeader("ETag");
        assertThat(tag).isNotBlank();
        long shown = shownTotal(first.getContentAsString());
        assertThat(mvc.perform(get(page).header("If-None-Match", tag)).andReturn().getResponse().getStatus())
                .isEqualTo(304);
        assertThat(shownTotal(mvc.perform(get(page)).andReturn().getResponse().getContentAsString()))
                .as("the 304 was counted too").isEqualTo(shown + 2);
        assertThat(mvc.perform(get("/units/hai-truong?period=2023-H1&x=1")).andReturn().getResponse()
                .getHeader("ETag")).as("another query: rendered, not kept").isNull();

        results.recompute("2023-H1");
        MockHttpServletResponse corrected = mvc.perform(get(page).header("If-None-Match", tag)).andReturn()
                .getResponse();
        assertThat(corrected.getStatus()).isEqualTo(200);
        assertThat(corrected.getHeader("ETag")).isNotEqualTo(tag);
    }
}
