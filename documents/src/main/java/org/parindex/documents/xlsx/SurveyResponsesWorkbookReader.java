package org.parindex.documents.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.core.bundle.Unit;
import org.parindex.core.feeds.Survey;
import org.parindex.core.feeds.SurveyResponse;
import org.parindex.core.io.Csv;
import org.parindex.core.io.SurveyResponsesCsv;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;

/**
 * Reads survey responses from a workbook laid out as the responses file ({@link SurveyResponsesCsv}): on its first
 * sheet, row 1 the column names ({@code unit} and question codes), then one row per respondent; blank rows are
 * skipped. The cells' values (never formulas) become the file's lines and core checks them exactly as it checks the
 * file; each problem is reported at its cell ({@code Phiếu!C4: question tc1: "7" is not an answer; …}), and a
 * workbook with any problem gives no responses.
 */
public final class SurveyResponsesWorkbookReader {

    private SurveyResponsesWorkbookReader() { }

    /** Every response, or {@link BadInputException} with every problem at its sheet!cell. */
    public static List<SurveyResponse> read(byte[] bytes, String name, Survey survey, Map<String, Unit> units) {
        try (XSSFWorkbook workbook = SafeWorkbook.open(bytes, name)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw SafeWorkbook.refuse(name, "no sheet; the responses are on the first sheet");
            }
            return read(workbook.getSheetAt(0), survey, units);
        } catch (IOException e) {
            throw SafeWorkbook.refuse(name, "not a readable .xlsx workbook");
        }
    }

    private static List<SurveyResponse> read(Sheet sheet, Survey survey, Map<String, Unit> units) {
        StringBuilder csv = new StringBuilder();
        List<Integer> rowOfLine = new ArrayList<>();      // line n of the text came from sheet row rowOfLine[n - 1]
        Map<String, Integer> columnOf = new HashMap<>();
        int width = 0;
        for (Row row : sheet) {
            if (rowOfLine.isEmpty()) {
                width = Math.max(0, row.getLastCellNum());
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(width, row.getLastCellNum()); c++) {
                cells.add(SafeWorkbook.text(row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)));
            }
            while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);      // blank cells right of the header's columns are nothing
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (rowOfLine.isEmpty()) {
                for (int c = 0; c < cells.size(); c++) {
                    columnOf.putIfAbsent(cells.get(c), c);
                }
            }
            rowOfLine.add(row.getRowNum());
            Csv.row(csv, cells.toArray());
        }
        if (rowOfLine.isEmpty()) {
            throw SafeWorkbook.refuse(FrameworkWorkbookReader.ref(sheet, 0, 0),
                    "no header row (unit, then the question codes)");
        }
        Problems found = new Problems();
        List<SurveyResponse> read = SurveyResponsesCsv.parse(csv.toString(), sheet.getSheetName(), survey, units,
                found);
        if (found.isEmpty()) {
            return read;
        }
        Problems atCells = new Problems();
        for (Problem p : found.list()) {
            int row = p.line() >= 1 && p.line() <= rowOfLine.size() ? rowOfLine.get(p.line() - 1) : 0;
            atCells.add(FrameworkWorkbookReader.ref(sheet, row, column(p.message(), columnOf)), 0, p.message());
        }
        atCells.throwIfAny();
        return List.of();
    }

    /** The column a problem is about: the question or unit it names, else the row's first cell. */
    private static int column(String message, Map<String, Integer> columnOf) {
        String about = message.startsWith("question ") ? message.substring(9).split(":", 2)[0]
                : message.startsWith("unknown unit") ? SurveyResponsesCsv.UNIT : "";
        return columnOf.getOrDefault(about, 0);
    }
}
