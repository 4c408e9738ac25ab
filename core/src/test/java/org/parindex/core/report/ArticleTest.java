package org.parindex.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's structure from the narrative's paragraphs and lists, and its HTML escaped. */
class ArticleTest {

    static final String NARRATIVE = """
            DỮ LIỆU MINH HỌA: giả định.

            Chỉ số cải cách hành chính năm 2023: Xã <A>

            Xã <A> đạt 73,90%.
            Tổng điểm: 73,9/100 điểm.

            Cụ thể kết quả các lĩnh vực như sau:
            - Lĩnh vực 1. "Chỉ đạo" & điều hành: đạt 53,57%
            - Lĩnh vực 2: đạt 45,83%

            Nguyên nhân theo số liệu:
            Các lĩnh vực giảm nhiều nhất:
            - Lĩnh vực 6: −50,00
            """;

    @Test
    void titleParagraphsHeadingsAndListsInTextAndEscapedHtml() {
        Article a = Article.of(NARRATIVE, true, "Giải pháp:", List.of("Ký số <80%>"), "Nguồn: x");
        assertThat(a.title()).isEqualTo("Chỉ số cải cách hành chính năm 2023: Xã <A>");
        assertThat(a.text()).isEqualTo("""
                Chỉ số cải cách hành chính năm 2023: Xã <A>

                DỮ LIỆU MINH HỌA: giả định.

                Xã <A> đạt 73,90%.

                Tổng điểm: 73,9/100 điểm.

                Cụ thể kết quả các lĩnh vực như sau:
                - Lĩnh vực 1. "Chỉ đạo" & điều hành: đạt 53,57%
                - Lĩnh vực 2: đạt 45,83%

                Nguyên nhân theo số liệu:

                Các lĩnh vực giảm nhiều nhất:
                - Lĩnh vực 6: −50,00

                Giải pháp:
                - Ký số <80%>

                Nguồn: x
                """);
        assertThat(a.html()).isEqualTo("""
                <article>
                <h2>Chỉ số cải cách hành chính năm 2023: Xã &lt;A&gt;</h2>
                <p><strong>DỮ LIỆU MINH HỌA: giả định.</strong></p>
                <p>Xã &lt;A&gt; đạt 73,90%.</p>
                <p>Tổng điểm: 73,9/100 điểm.</p>
                <p><strong>Cụ thể kết quả các lĩnh vực như sau:</strong></p>
                <ul>
                <li>Lĩnh vực 1. &quot;Chỉ đạo&quot; &amp; điều hành: đạt 53,57%</li>
                <li>Lĩnh vực 2: đạt 45,83%</li>
                </ul>
                <p><strong>Nguyên nhân theo số liệu:</strong></p>
                <p><strong>Các lĩnh vực giảm nhiều nhất:</strong></p>
                <ul>
                <li>Lĩnh vực 6: −50,00</li>
                </ul>
                <p><strong>Giải pháp:</strong></p>
                <ul>
                <li>Ký số &lt;80%&gt;</li>
                </ul>
                <p>Nguồn: x</p>
                </article>
                """);
    }

    @Test
    void withoutDemoPlanOrSourceTheFirstParagraphIsTheTitle() {
        Article a = Article.of("Tiêu đề\n\nNội dung.\n", false, "Giải pháp:", List.of(), null);
        assertThat(a.text()).isEqualTo("Tiêu đề\n\nNội dung.\n");
        assertThat(a.html()).isEqualTo("<article>\n<h2>Tiêu đề</h2>\n<p>Nội dung.</p>\n</article>\n");
    }
}
