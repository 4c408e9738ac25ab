package org.parindex.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.documents.xlsx.FrameworkWorkbookTest.cells;
import static org.parindex.documents.xlsx.FrameworkWorkbookTest.edit;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.parindex.documents.Demo;

class ScoresWorkbookTest {

    private static final Comparator<ScoreRow> ORDER = Comparator.comparing((ScoreRow r) -> r.stage().ordinal())
            .thenComparing(ScoreRow::unit).thenComparing(ScoreRow::node);

    @Test
    void everyDemoPeriodsRowsComeBackTheSameThroughItsWorkbook() throws Exception {
        Bundle bundle = Demo.bundle();
        for (Period period : bundle.periods()) {
            byte[] workbook = ScoresWorkbook.write(bundle, period);
            List<ScoreRow> read = ScoresWorkbookReader.read(workbook, "s.xlsx", period, bundle.unitsByCode());
            assertThat(read.stream().sorted(ORDER).map(ScoresWorkbookTest::key).toList()).as(period.code())
                    .isEqualTo(period.rows().stream().sorted(ORDER).map(ScoresWorkbookTest::key).toList());
            Period again = withRows(period, read);
            assertThat(cells(ScoresWorkbook.write(bundle, again))).as("workbook → rows → workbook").isEqualTo(cells(workbook));
        }
    }

    @Test
    void aStageSheetHasCodesNamesAndMaximaAboveOneRowPerUnitWithKpsForNotApplicable() throws Exception {
        Bundle bundle = Demo.bundle();
        Period period = bundle.period("2023-H1").orElseThrow();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ScoresWorkbook.write(bundle, period)))) {
            Sheet finals = wb.getSheet("Kết quả thẩm định");
            assertThat(finals.getRow(0).getCell(2).getStringCellValue()).isEqualTo(
                    ScoresWorkbook.columns(period).get(0).code());
            assertThat(finals.getRow(1).getCell(2).getStringCellValue()).isEqualTo(
                    ScoresWorkbook.columns(period).get(0).name());
            assertThat(finals.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Điểm tối đa");
            assertThat(finals.getPaneInformation().isFreezePane()).isTrue();
            boolean kps = period.rows().stream().anyMatch(ScoreRow::notApplicable);
            String all = String.join("\n", cells(ScoresWorkbook.write(bundle, period)));
            assertThat(all.contains("|KPS")).isEqualTo(kps);
            assertThat(all).doesNotContain("|NA|");
            assertThat(finals.getLastRowNum() + 1 - ScoresWorkbook.HEADER_ROWS)
                    .isEqualTo(ScoresWorkbook.units(bundle, period).size());
        }
    }

    @Test
    void valuesOutsideTheirRuleAndUnknownCodesAreNamedAtTheirCells() throws Exception {
        Bundle bundle = Demo.bundle();
        Period period = bundle.period("2023-H1").orElseThrow();
        byte[] broken = edit(ScoresWorkbook.write(bundle, period), wb -> {
            Sheet finals = wb.getSheet("Kết quả thẩm định");
            finals.getRow(3).getCell(2, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue(999);
            finals.getRow(4).getCell(0).setCellValue("hai-khong-co");
            finals.getRow(0).getCell(3).setCellValue("9.9.9");
        });
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> ScoresWorkbookReader.read(broken, "s.xlsx", period, bundle.unitsByCode()));
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Kết quả thẩm định!C4: node "))
                .anySatisfy(m -> assertThat(m).startsWith("Kết quả thẩm định!A5: no unit \"hai-khong-co\""))
                .anySatisfy(m -> assertThat(m).startsWith("Kết quả thẩm định!D1: no node \"9.9.9\""));
    }

    @Test
    void aWorkbookOfAnotherPeriodIsRefused() {
        Bundle bundle = Demo.bundle();
        byte[] workbook = ScoresWorkbook.write(bundle, bundle.period("2022").orElseThrow());
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> ScoresWorkbookReader.read(workbook, "s.xlsx", bundle.period("2023-H1").orElseThrow(),
                        bundle.unitsByCode()));
        assertThat(e.problems().get(0).toString()).startsWith("Thông tin!B3: the workbook is for period \"2022\"");
    }

    private static String key(ScoreRow r) {
        return r.stage() + "|" + r.unit() + "|" + r.node() + "|" + r.value() + "|" + (r.note() == null ? "" : r.note());
    }

    static Period withRows(Period p, List<ScoreRow> rows) {
        return new Period(p.code(), p.name(), p.frameworkPath(), p.framework(), p.scoresPath(), rows, p.announced(),
                p.from(), p.to());
    }
}
