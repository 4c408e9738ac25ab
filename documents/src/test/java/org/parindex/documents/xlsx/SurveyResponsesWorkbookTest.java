package org.parindex.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.feeds.Survey;
import org.parindex.core.feeds.SurveyResponse;
import org.parindex.core.io.SurveyResponsesCsv;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;
import org.parindex.documents.Demo;

/** Survey responses read from a workbook are the rows the CSV path reads, and every bad row is named at its cell. */
class SurveyResponsesWorkbookTest {

    private final Bundle bundle = Demo.bundle();
    private final Survey survey = bundle.period("2023-H1").orElseThrow().feeds().survey();
    private final String q1 = survey.questions().get(0).code();
    private final String q2 = survey.questions().get(1).code();

    /** A workbook of one sheet "Phiếu": each array a row, numbers as number cells, null as no cell. */
    private static byte[] workbook(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Phiếu");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("only the first sheet is read");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aGoodWorkbookGivesTheResponsesTheSameCsvGives() throws Exception {
        byte[] xlsx = workbook(new Object[] {"unit", q1, q2}, new Object[] {"hai-truong", 5, 4},
                new Object[] {}, new Object[] {"hai-an", null, 2}, new Object[] {"hai-an", "3", 1, null, ""});
        List<SurveyResponse> read = SurveyResponsesWorkbookReader.read(xlsx, "phieu.xlsx", survey,
                bundle.unitsByCode());
        Problems problems = new Problems();
        List<SurveyResponse> csv = SurveyResponsesCsv.parse("unit,%s,%s\nhai-truong,5,4\nhai-an,,2\nhai-an,3,1\n"
                .formatted(q1, q2), "f.csv", survey, bundle.unitsByCode(), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(read).hasSize(3).isEqualTo(csv);
    }

    @Test
    void everyBadRowIsNamedAtItsCellAndNothingIsRead() throws Exception {
        byte[] xlsx = workbook(new Object[] {"unit", q1, q2}, new Object[] {"hai-truong", 5, 4},
                new Object[] {"hai-khong-co", 5, 4}, new Object[] {"hai-an", 4, 7}, new Object[] {"hai-an", 4.5, ""},
                new Object[] {"hai-an"});
        BadInputException e = assertThrows(BadInputException.class, () ->
                SurveyResponsesWorkbookReader.read(xlsx, "phieu.xlsx", survey, bundle.unitsByCode()));
        assertThat(e.problems().stream().map(Problem::toString).toList()).containsExactlyInAnyOrder(
                "Phiếu!A3: unknown unit \"hai-khong-co\" (not in units.csv)",
                "Phiếu!C4: question " + q2 + ": \"7\" is not an answer; write a whole number from 1 to 5 or leave it empty",
                "Phiếu!B5: question " + q1 + ": \"4.5\" is not an answer; write a whole number from 1 to 5 or leave it empty",
                "Phiếu!A6: no answer in this row");
    }

    @Test
    void anUnknownColumnIsNamedInTheHeaderRowAndAFileThatIsNoWorkbookIsRefused() throws Exception {
        byte[] xlsx = workbook(new Object[] {"unit", q1, "q-khong-co"}, new Object[] {"hai-truong", 5, 4});
        BadInputException e = assertThrows(BadInputException.class, () ->
                SurveyResponsesWorkbookReader.read(xlsx, "phieu.xlsx", survey, bundle.unitsByCode()));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).startsWith("Phiếu!A1: ").contains("q-khong-co");

        BadInputException csv = assertThrows(BadInputException.class, () -> SurveyResponsesWorkbookReader.read(
                "unit,tc1\nhai-truong,5\n".getBytes(StandardCharsets.UTF_8), "phieu.xlsx", survey,
                bundle.unitsByCode()));
        assertThat(csv.problems().get(0).toString()).contains("phieu.xlsx", "not an .xlsx workbook");
    }
}
