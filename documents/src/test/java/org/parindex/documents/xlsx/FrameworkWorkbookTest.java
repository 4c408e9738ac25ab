package org.parindex.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.core.bundle.Period;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkWriter;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.parindex.documents.Demo;

class FrameworkWorkbookTest {

    @Test
    void everyDemoFrameworkComesBackTheSameThroughItsWorkbook() throws Exception {
        for (Period period : Demo.bundle().periods()) {
            Framework framework = period.framework();
            byte[] workbook = FrameworkWorkbook.write(framework);
            Framework read = FrameworkWorkbookReader.read(workbook, "f.xlsx");
            assertThat(FrameworkWriter.write(read)).as(framework.id()).isEqualTo(FrameworkWriter.write(framework));
            assertThat(cells(FrameworkWorkbook.write(read))).as("workbook → framework → workbook")
                    .isEqualTo(cells(workbook));
        }
    }

    @Test
    void theWorkbookHasOneRowPerNodeFoldedByLevelWithFrozenHeadersAndA4() throws Exception {
        Framework framework = Demo.bundle().period("2023-H1").orElseThrow().framework();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(FrameworkWorkbook.write(framework)))) {
            Sheet nodes = wb.getSheet(FrameworkWorkbook.NODES);
            assertThat(nodes.getLastRowNum() - 1).isEqualTo(framework.allNodes().size());
            Row first = nodes.getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("1");
            assertThat(nodes.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Điểm tối đa");
            Row leaf = nodes.getRow(4);
            assertThat(leaf.getOutlineLevel()).isEqualTo(2);
            assertThat(nodes.getPaneInformation().isFreezePane()).isTrue();
            assertThat(nodes.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
            assertThat(nodes.getColumnWidth(2)).isGreaterThan(nodes.getColumnWidth(0));
        }
    }

    @Test
    void theTemplateIsEmptyAndReadsAsMissingContentAtItsCells() {
        BadInputException e = catchBad(FrameworkWorkbook.template());
        assertThat(messages(e)).anySatisfy(m -> assertThat(m).startsWith("Thông tin!B3: ").contains("`id`"))
                .anySatisfy(m -> assertThat(m).startsWith("Xếp loại"))
                .anySatisfy(m -> assertThat(m).startsWith("Bộ chỉ số"));
    }

    @Test
    void everyProblemIsReportedAtItsSheetAndCell() throws Exception {
        Framework framework = Demo.bundle().period("2023-H1").orElseThrow().framework();
        byte[] broken = edit(FrameworkWorkbook.write(framework), wb -> {
            Sheet nodes = wb.getSheet(FrameworkWorkbook.NODES);
            nodes.getRow(4).getCell(3).setCellValue("nhiều");          // D5: a leaf's maximum that is no number
            nodes.getRow(5).getCell(1).setCellValue("1.1.1");          // B6: a code twice
            nodes.getRow(6).getCell(6).setCellValue("tiers: [oops");   // G7: parameters that are not YAML
            nodes.getRow(8).getCell(0).setCellValue(5);                // A9: a level jump
            wb.getSheet(FrameworkWorkbook.BANDS).getRow(2).getCell(2).setCellValue("chín mươi"); // C3
        });
        List<String> messages = messages(catchBad(broken));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Bộ chỉ số!D5: "))
                .anySatisfy(m -> assertThat(m).startsWith("Bộ chỉ số!A9: ").contains("level 5"))
                .anySatisfy(m -> assertThat(m).startsWith("Bộ chỉ số!G7: ").contains("not valid YAML"))
                .anySatisfy(m -> assertThat(m).startsWith("Xếp loại!C3: "));
    }

    @Test
    void aDuplicateCodeAndBadRuleParametersAreNamedAtTheirCells() throws Exception {
        Framework framework = Demo.bundle().period("2023-H1").orElseThrow().framework();
        byte[] broken = edit(FrameworkWorkbook.write(framework), wb -> {
            Sheet nodes = wb.getSheet(FrameworkWorkbook.NODES);
            String code = nodes.getRow(4).getCell(1).getStringCellValue();
            nodes.getRow(5).getCell(1).setCellValue(code);
            nodes.getRow(6).getCell(5).setCellValue("linear");
            nodes.getRow(6).getCell(6).setCellValue("from: 0");
        });
        List<String> messages = messages(catchBad(broken));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Bộ chỉ số!B6: ").contains("duplicate"))
                .anySatisfy(m -> assertThat(m).startsWith("Bộ chỉ số!G7: "));
    }

    static BadInputException catchBad(byte[] workbook) {
        try {
            FrameworkWorkbookReader.read(workbook, "f.xlsx");
        } catch (BadInputException e) {
            return e;
        }
        throw new AssertionError("the workbook was accepted");
    }

    static List<String> messages(BadInputException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Every sheet's cells as shown, row by row: what a user sees of a workbook. */
    static List<String> cells(byte[] workbook) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder(sheet.getSheetName() + "!" + (row.getRowNum() + 1) + ":"
                            + row.getOutlineLevel());
                    for (Cell cell : row) {
                        line.append('|').append(format.formatCellValue(cell));
                        if (cell.getCellComment() != null) {
                            line.append(" #").append(cell.getCellComment().getString().getString());
                        }
                    }
                    out.add(line.toString());
                }
            }
        }
        return out;
    }
}
