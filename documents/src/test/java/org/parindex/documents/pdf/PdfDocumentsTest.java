package org.parindex.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.parindex.core.integrity.Sha256;
import org.parindex.core.io.ResultsCsv;
import org.parindex.core.text.Figures;
import org.parindex.documents.Demo;

/**
 * The PDFs as a reader gets them: poppler extracts the Vietnamese text exactly (no missing glyph, no wrong mapping),
 * pdffonts shows the bundled font embedded, pdftoppm renders every page.
 */
class PdfDocumentsTest {

    @Test
    void theUnitReportReadsLikeTheSourcePageWithBothCharts() throws Exception {
        Path pdf = Demo.folder("pdf").resolve("hai-truong-2023-H1.pdf");
        Files.write(pdf, UnitReportPdf.write(Demo.results(), "2023-H1", "hai-truong", Figures.VIETNAMESE));

        String text = Poppler.text(pdf, false).replaceAll("\\s+", " ");
        assertThat(text).contains("UBND huyện Hải Lăng".toUpperCase(Figures.VIETNAMESE))
                .contains("Xã Hải Trường đạt 73,90%, xếp loại Khá, đứng thứ 6 trong tổng số 16 xã, thị trấn")
                .contains("Lĩnh vực 1. Công tác chỉ đạo, điều hành cải cách hành chính: đạt 53,57% (3,75/7 điểm)")
                .contains("Lĩnh vực 4. Cải cách tổ chức bộ máy hành chính nhà nước: đạt 100,00% (15 /15 điểm)")
                .contains("Lĩnh vực 7. Xây dựng và phát triển chính quyền điện tử, chính quyền số: đạt 38,15%")
                .contains("Thứ hạng qua các kỳ đánh giá")
                .contains("Trang 1/")
                .doesNotContain("\uFFFD");
        assertThat(Poppler.run("pdffonts", pdf.toString())).contains("DejaVuSerif").containsPattern("DejaVuSerif\\S*\\s+\\S+.*yes");
        assertThat(Poppler.run("pdfinfo", pdf.toString())).contains("(A4)") ;
        List<Path> pages = Poppler.pages(pdf, 60);
        assertThat(pages).isNotEmpty();
        assertThat(images(pdf.toString())).isGreaterThanOrEqualTo(2);
        BufferedImage first = ImageIO.read(pages.get(0).toFile());
        assertThat(first.getWidth()).isLessThan(first.getHeight());
    }

    @Test
    void theUnitReportInEnglishKeepsTheUnitsVietnameseName() throws Exception {
        Path pdf = Demo.folder("pdf").resolve("hai-truong-2023-H1-en.pdf");
        Files.write(pdf, UnitReportPdf.write(Demo.results(), "2023-H1", "hai-truong", java.util.Locale.ENGLISH));
        String text = Poppler.text(pdf, false).replaceAll("\\s+", " ");
        assertThat(text).contains("Xã Hải Trường scored 73.90%, classified Khá").contains("Results by field:")
                .contains("Page 1/").doesNotContain("Trang ");
    }

    @Test
    void theAppendixListsEveryUnitInTheOfficialLayoutWithTheResultsHashInTheFooter() throws Exception {
        Path pdf = Demo.folder("pdf").resolve("appendix-2023-H1.pdf");
        Files.write(pdf, ResultsAppendixPdf.write(Demo.results(), "2023-H1"));

        String text = Poppler.text(pdf, true);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("UBND HUYỆN HẢI LĂNG").contains("PHỤ LỤC")
                .contains("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC XÃ, THỊ TRẤN")
                .contains("6 tháng đầu năm 2023")
                .containsPattern("Xã Hải Trường\\s+53,57\\s+45,83\\s+81,05\\s+100,00\\s+75,00\\s+30,00\\s+38,15\\s+88,84\\s+73,90/100\\s+73,90\\s+Khá\\s+6")
                .contains("SHA-256 của kết quả (CSV): " + Sha256.of(ResultsCsv.write(Demo.results().result("2023-H1"))))
                .contains("Trang 1/")
                .doesNotContain("\uFFFD");
        for (var u : Demo.results().result("2023-H1").ranking()) {
            assertThat(text).contains(u.unit().name());
        }
        assertThat(Poppler.run("pdffonts", pdf.toString())).contains("DejaVuSerif");
        List<Path> pages = Poppler.pages(pdf, 60);
        BufferedImage first = ImageIO.read(pages.get(0).toFile());
        assertThat(first.getWidth()).as("A4 landscape").isGreaterThan(first.getHeight());
    }

    @Test
    void aLongAppendixRepeatsItsHeaderAndNumbersEveryPage() throws Exception {
        org.parindex.core.bundle.Bundle demo = Demo.bundle();
        org.parindex.core.bundle.Period p = demo.period("2023-H1").orElseThrow();
        List<org.parindex.core.bundle.Unit> units = new java.util.ArrayList<>(demo.units());
        List<org.parindex.core.bundle.ScoreRow> rows = new java.util.ArrayList<>(p.rows());
        for (int i = 1; i <= 60; i++) {
            String code = "thu-" + i;
            units.add(new org.parindex.core.bundle.Unit(code, "Xã Thử Nghiệm " + i, "commune", null, null, List.of()));
            p.rows().stream().filter(r -> r.unit().equals("hai-truong")).forEach(r -> rows.add(
                    new org.parindex.core.bundle.ScoreRow(code, r.node(), r.value(), r.note(), r.stage(), r.evidence(), 0)));
        }
        org.parindex.core.bundle.Bundle big = new org.parindex.core.bundle.Bundle(demo.title(), demo.assessor(), true,
                units, List.of(new org.parindex.core.bundle.Period(p.code(), p.name(), p.frameworkPath(), p.framework(),
                p.scoresPath(), rows, p.announced(), p.from(), p.to())));
        Path pdf = Demo.folder("pdf").resolve("appendix-76-units.pdf");
        Files.write(pdf, ResultsAppendixPdf.write(org.parindex.core.history.BundleResults.of(big), "2023-H1"));

        String[] pages = Poppler.text(pdf, true).split("\f");
        assertThat(pages.length).isGreaterThanOrEqualTo(3);
        int total = pages[pages.length - 1].isBlank() ? pages.length - 1 : pages.length;
        for (int i = 0; i < total; i++) {
            assertThat(pages[i]).contains("Trang " + (i + 1) + "/" + total).contains("SHA-256 của kết quả (CSV)");
            if (pages[i].contains("Xã Thử Nghiệm")) {
                assertThat(pages[i]).as("page %d repeats the table's header", i + 1).contains("Xếp hạng");
            }
        }
        assertThat(String.join("", pages)).contains("Xã Thử Nghiệm 60").containsPattern("Xã Thử Nghiệm 1\\s+53,57");
    }

    private static int images(String pdf) throws Exception {
        String list = Poppler.run("pdfimages", "-list", pdf);
        return (int) list.lines().skip(2).count();
    }
}
