package org.parindex.app.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parindex.app.cli.Cli;
import org.parindex.app.support.Database;
import org.parindex.core.integrity.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's open data as an anonymous visitor downloads it: every published period verifies with
 * {@code parindex verify}, one changed byte fails naming the file, the CSV is what {@code parindex score} writes,
 * the hashes shown are the files', and the files answer 304 to a client that has them.
 */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
@Import(OpenDataTest.HaiAnPlan.class)
class OpenDataTest {

    /** A plan for Hải An in 2023-H1, as the plans module would give it through the {@link Remedies} seam. */
    @TestConfiguration
    static class HaiAnPlan {
        @Bean
        Remedies haiAnPlan() {
            return (period, unit) -> period.equals("2023-H1") && unit.equals("hai-an")
                    ? List.of("Nâng tỷ lệ hồ sơ trực tuyến lên 50% <trước quý III>", "Lãnh đạo ký số 80% văn bản đi")
                    : List.of();
        }
    }

    static final List<String> PUBLISHED = List.of("2019", "2020", "2021", "2022", "2023-H1");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @TempDir Path tmp;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2020", "2021", "2022", "2023-H1"})
    void everyPublishedPeriodOfTheDemoVerifiesAndOneChangedByteIsNamed(String period) throws Exception {
        byte[] zip = anonymous("/results/" + period + "/open-data/parindex-" + period + ".zip").getContentAsByteArray();
        byte[] csv = anonymous("/results/" + period + "/open-data/results-" + period + ".csv").getContentAsByteArray();
        Path file = tmp.resolve("parindex-" + period + ".zip");
        Files.write(file, zip);

        Cli ok = Cli.run("verify", file.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("recomputed byte for byte: results/" + period + ".csv");
        Cli score = Cli.run("score", file.toString(), "--period", period, "--format", "csv");
        assertThat(score.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(csv);

        String page = anonymous("/results/" + period + "/open-data").getContentAsString();
        assertThat(page).contains(Sha256.of(zip), Sha256.of(csv));

        String scores = "scores/" + period + ".csv";
        byte[] changed = zip.clone();
        changed[dataOf(zip, scores) + 10] ^= 0x01;
        Path bad = tmp.resolve("changed-" + period + ".zip");
        Files.write(bad, changed);
        Cli failed = Cli.run("verify", bad.toString());
        assertThat(failed.status()).isEqualTo(2);
        assertThat(failed.err()).contains(scores);
    }

    @Test
    void theFilesCarryTheirSha256AsETagAndAnswer304ToAClientThatHasThem() throws Exception {
        String path = "/results/2023-H1/open-data/results-2023-H1.csv";
        MockHttpServletResponse first = anonymous(path);
        String sha = Sha256.of(first.getContentAsByteArray());
        assertThat(first.getHeader("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(first.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(first.getHeader("Content-Disposition")).contains("results-2023-H1.csv");
        var again = mvc.perform(get(path).header("If-None-Match", "\"" + sha + "\"")).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        var other = mvc.perform(get(path).header("If-None-Match", "\"" + "0".repeat(64) + "\"")).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(200);
    }

    @Test
    void theOpenDataPageExplainsHowToRecomputeAndShowsTheIntactLog() throws Exception {
        String page = anonymous("/results/2023-H1/open-data").getContentAsString();
        assertThat(page).contains("parindex score parindex-2023-H1.zip --period 2023-H1 --format csv &gt; results-2023-H1.csv",
                "parindex verify parindex-2023-H1.zip", "Nhật ký công bố", "Chuỗi nhật ký toàn vẹn (5 mục đã kiểm tra).",
                "Nhập từ gói dữ liệu đã công bố");
    }

    @Test
    void theArticleIsInVietnameseAsHtmlAndText() throws Exception {
        var text = anonymous("/units/hai-truong/article.txt?period=2023-H1");
        assertThat(text.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        String t = text.getContentAsString();
        assertThat(t).startsWith("Chỉ số cải cách hành chính 6 tháng đầu năm 2023: Xã Hải Trường\n");
        assertThat(t).contains("Xã Hải Trường đạt 73,90%, xếp loại Khá, đứng thứ 6 trong tổng số 16 xã, thị trấn.",
                "Cụ thể kết quả các lĩnh vực như sau:", "- Lĩnh vực 7.", "Thứ hạng qua các kỳ đánh giá:",
                "Nguyên nhân theo số liệu:", "/results/2023-H1/open-data");
        assertThat(t).doesNotContain("Giải pháp khắc phục");
        String html = anonymous("/units/hai-truong/article.html?period=2023-H1").getContentAsString();
        assertThat(html).startsWith("<article>\n<h2>Chỉ số cải cách hành chính 6 tháng đầu năm 2023: Xã Hải Trường</h2>");
        assertThat(html).contains("<li>Lĩnh vực 7.", "<strong>Nguyên nhân theo số liệu:</strong>")
                .doesNotContain("<script", "style=");
        String page = anonymous("/units/hai-truong/article?period=2023-H1").getContentAsString();
        assertThat(page).contains("&lt;article&gt;", "Tải bài viết (HTML)", "/units/hai-truong/article.txt?period=2023-H1");
        assertThat(text.getHeader("Content-Disposition")).contains("bai-viet-hai-truong-2023-H1.txt");
    }

    @Test
    void aUnitWithAPlanGetsItsRemediesInTheArticle() throws Exception {
        String t = anonymous("/units/hai-an/article.txt?period=2023-H1").getContentAsString();
        assertThat(t).contains("Giải pháp khắc phục theo kế hoạch của đơn vị:\n"
                + "- Nâng tỷ lệ hồ sơ trực tuyến lên 50% <trước quý III>\n- Lãnh đạo ký số 80% văn bản đi\n");
        String html = anonymous("/units/hai-an/article.html?period=2023-H1").getContentAsString();
        assertThat(html).contains("<p><strong>Giải pháp khắc phục theo kế hoạch của đơn vị:</strong></p>\n<ul>\n"
                + "<li>Nâng tỷ lệ hồ sơ trực tuyến lên 50% &lt;trước quý III&gt;</li>");
        assertThat(anonymous("/units/hai-an/article.txt?period=2022").getContentAsString())
                .doesNotContain("Giải pháp khắc phục");
    }

    @Test
    void theFeedListsEveryPublicationNewestFirst() throws Exception {
        var answer = anonymous("/feed.atom");
        assertThat(answer.getContentType()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.getContentAsString()));
        assertThat(feed.getEntries()).hasSize(PUBLISHED.size());
        SyndEntry newest = feed.getEntries().get(0);
        assertThat(newest.getTitle()).isEqualTo("Chỉ số CCHC 6 tháng đầu năm 2023 (nhập từ gói dữ liệu đã công bố)");
        assertThat(newest.getLink()).endsWith("/results/2023-H1/open-data");
        assertThat(newest.getUri()).startsWith("urn:sha256:");
        // everything an entry's hash is taken of is in the feed, so anyone can recompute the chain from it
        String text = newest.getDescription().getValue();
        var m = java.util.regex.Pattern.compile("Mục nhật ký (\\d+) \\((\\w+), (\\S+)\\): gói dữ liệu SHA-256 (\\w+); "
                + "kết quả (\\w+); mục trước (\\w+); mục này (\\w+)").matcher(text);
        assertThat(m.matches()).as(text).isTrue();
        String line = m.group(1) + "|2023-H1|" + m.group(2) + "|" + m.group(3) + "|" + m.group(4) + "|" + m.group(5)
                + "|" + m.group(6);
        assertThat(Sha256.of(line)).isEqualTo(m.group(7)).isEqualTo(newest.getUri().substring("urn:sha256:".length()));
    }

    @Test
    void aSharedUnitLinkShowsUnitIndexAndRankAndPublicPagesCountVisitsWithoutCookies() throws Exception {
        var first = anonymous("/units/hai-truong?period=2023-H1");
        String page = first.getContentAsString();
        assertThat(page).contains("<meta property=\"og:title\" content=\"Xã Hải Trường: Chỉ số CCHC 6 tháng đầu năm 2023\">",
                "<meta property=\"og:description\" content=\"Đạt 73,90%, xếp loại Khá, đứng thứ 6/16\">");
        assertThat(first.getHeaders("Set-Cookie")).isEmpty();
        assertThat(anonymous("/results/2023-H1").getContentAsString()).contains(
                "<meta property=\"og:description\" content=\"16 đơn vị; dẫn đầu: Xã Hải Dương (92,14%)\">");
        long before = visits(page);
        long after = visits(anonymous("/units/hai-truong?period=2023-H1").getContentAsString());
        assertThat(after).isEqualTo(before + 1);
        for (String p : List.of("/", "/results/2023-H1", "/results/2023-H1/overview", "/results/2023-H1/open-data")) {
            var answer = anonymous(p);
            assertThat(answer.getContentAsString()).as(p).contains("Lượt truy cập trang này: hôm nay");
            assertThat(answer.getHeaders("Set-Cookie")).as(p).isEmpty();
        }
    }

    private static long visits(String page) {
        var m = java.util.regex.Pattern.compile("hôm nay (\\d+), tổng cộng (\\d+)").matcher(page);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(2));
    }

    /** Where an entry's (compressed) data start: after its local header, found by the name it holds. */
    private static int dataOf(byte[] zip, String name) {
        byte[] header = {'P', 'K', 3, 4};
        for (int at = indexOf(zip, header, 0); at >= 0; at = indexOf(zip, header, at + 1)) {
            int n = (zip[at + 26] & 0xff) | (zip[at + 27] & 0xff) << 8;
            int m = (zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8;
            if (new String(zip, at + 30, n, StandardCharsets.UTF_8).equals(name)) {
                return at + 30 + n + m;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
