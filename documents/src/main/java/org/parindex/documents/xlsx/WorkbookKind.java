package org.parindex.documents.xlsx;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.core.problem.BadInputException;

/** Which of ParIndex's workbooks a file is, by the format its info sheet states. */
public enum WorkbookKind {
    FRAMEWORK, SCORES;

    /** The kind, or {@link BadInputException} when the file is no workbook or none of ParIndex's. */
    public static WorkbookKind of(byte[] bytes, String name) {
        try (XSSFWorkbook workbook = SafeWorkbook.open(bytes, name)) {
            Sheet info = workbook.getSheet(FrameworkWorkbook.INFO);
            if (info != null) {
                for (Row row : info) {
                    if ("format".equals(SafeWorkbook.text(row.getCell(0)))) {
                        String format = SafeWorkbook.text(row.getCell(1));
                        if (format.equals(FrameworkWorkbook.FORMAT)) {
                            return FRAMEWORK;
                        }
                        if (format.equals(ScoresWorkbook.FORMAT)) {
                            return SCORES;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw SafeWorkbook.refuse(name, "not a readable .xlsx workbook");
        }
        throw SafeWorkbook.refuse(name, "sheet \"" + FrameworkWorkbook.INFO + "\" does not say " + FrameworkWorkbook.FORMAT
                + " or " + ScoresWorkbook.FORMAT + "; start from a workbook ParIndex exported (or the framework template)");
    }
}
