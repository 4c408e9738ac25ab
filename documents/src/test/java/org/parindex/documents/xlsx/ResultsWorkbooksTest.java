package org.parindex.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.documents.Demo;

class ResultsWorkbooksTest {

    @Test
    void theRankingHasFieldPercentIndexBandRankAndChangeAsNumbers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                ResultsWorkbooks.ranking(Demo.results(), "2023-H1")))) {
            Sheet sheet = wb.getSheet("2023-H1");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 16);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Lĩnh vực 1 (%)");
            Row truong = find(sheet, "hai-truong");
            assertThat(truong.getCell(0).getNumericCellValue()).isEqualTo(6);
            assertThat(truong.getCell(3).getNumericCellValue()).isEqualTo(53.57);
            assertThat(truong.getCell(9).getNumericCellValue()).isEqualTo(38.15);
            int after = 3 + 8;
            assertThat(truong.getCell(after + 2).getNumericCellValue()).isEqualTo(73.90);
            assertThat(truong.getCell(after + 2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(truong.getCell(after + 3).getStringCellValue()).isEqualTo("Khá");
            assertThat(new DataFormatter().formatCellValue(truong.getCell(after + 4))).isEqualTo("-2");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo("Thị trấn Diên Sanh".length() * 256);
        }
    }

    @Test
    void aUnitsDetailKeepsTheTreeAsOutlineLevels() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                ResultsWorkbooks.unit(Demo.results(), "2023-H1", "hai-truong")))) {
            Sheet sheet = wb.getSheet("2023-H1");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Xã Hải Trường — 6 tháng đầu năm 2023: 73,90%, Khá, hạng 6/16");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(73.90);
            Row field1 = sheet.getRow(3);
            assertThat(field1.getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(field1.getCell(4).getNumericCellValue()).isEqualTo(53.57);
            assertThat(field1.getOutlineLevel()).isZero();
            assertThat(sheet.getRow(4).getOutlineLevel()).isEqualTo(1);
            assertThat(sheet.getRow(5).getOutlineLevel()).isEqualTo(2);
            assertThat(sheet.getRowSumsBelow()).isFalse();
        }
    }

    private static Row find(Sheet sheet, String unit) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && unit.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unit);
    }
}
