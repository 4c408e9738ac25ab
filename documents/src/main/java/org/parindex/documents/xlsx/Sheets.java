package org.parindex.documents.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look every workbook shares: bold shaded headers, numbers as numbers with Vietnamese-style formats (Excel shows
 * 73,90 under Vietnamese settings; the cell holds 73.9), frozen headers, column widths from the longest text, A4 print.
 */
final class Sheets {

    /** Points and percentages with two decimals, thousands grouped. */
    static final String DECIMAL = "#,##0.00";
    /** Points without needless zeros (15, 15.4, 3.75). */
    static final String POINTS = "#,##0.##";
    private static final int MAX_WIDTH_CHARS = 60;

    final Workbook workbook;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle decimal;
    final CellStyle points;
    final CellStyle bold;
    final CellStyle boldDecimal;

    Sheets(Workbook workbook) {
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        decimal = number(DECIMAL, null);
        points = number(POINTS, null);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        boldDecimal = number(DECIMAL, boldFont);
    }

    private CellStyle number(String format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    static Cell put(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    static Cell put(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!Double.isNaN(value)) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** Headers frozen above {@code rows} and left of {@code columns}, A4 (landscape when asked), fit to the page width. */
    static void layout(Sheet sheet, int columns, int rows, boolean landscape) {
        sheet.createFreezePane(columns, rows);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (rows > 0) {
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:" + rows));
        }
    }

    /** Column widths from the longest text (numbers counted as shown), between 6 and 60 characters. */
    static void widths(Sheet sheet, int[] chars) {
        for (int c = 0; c < chars.length; c++) {
            int w = Math.max(6, Math.min(MAX_WIDTH_CHARS, chars[c] + 2));
            sheet.setColumnWidth(c, w * 256);
        }
    }

    /** Widens {@code chars[column]} to fit a value. */
    static void fit(int[] chars, int column, String value) {
        if (value != null && column < chars.length) {
            chars[column] = Math.max(chars[column], value.length());
        }
    }

    static byte[] bytes(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
