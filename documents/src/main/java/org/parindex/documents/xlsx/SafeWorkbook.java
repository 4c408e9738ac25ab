package org.parindex.documents.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.core.problem.BadInputException;

/**
 * Opens an uploaded .xlsx only after its bytes are bounded: at most {@link #MAX_BYTES} in the file, {@link #MAX_ENTRIES}
 * parts and {@link #MAX_INFLATED} bytes once inflated (counted while inflating, so a zip bomb stops there), no
 * macros (vbaProject.bin), no external links; then at most {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns on
 * a sheet. Formulas are never evaluated: a formula cell reads as the value the file cached for it.
 */
public final class SafeWorkbook {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ENTRIES = 1_000;
    public static final long MAX_INFLATED = 100L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 2_000;
    /** Cells in all sheets together, counted in the sheets' XML before POI builds its model (about 1 KB per cell). */
    public static final int MAX_CELLS = 300_000;

    private SafeWorkbook() { }

    /** The workbook, or {@link BadInputException} naming the file and what is wrong; nothing else is read. */
    public static XSSFWorkbook open(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw refuse(name, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw refuse(name, "larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MB for a workbook");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf) {
            throw refuse(name, "an old .xls workbook, or an encrypted one: save it as an unprotected .xlsx (Excel 2007 or newer)");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw refuse(name, "not an .xlsx workbook (an .xlsx file is a zip archive)");
        }
        scan(bytes, name);
        XSSFWorkbook workbook;
        try {
            ZipSecureFile.setMinInflateRatio(0.005);
            ZipSecureFile.setMaxEntrySize(MAX_INFLATED);
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refuse(name, "not a readable .xlsx workbook (" + oneLine(e.getMessage()) + ")");
        }
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw refuse(name, "sheet \"" + sheet.getSheetName() + "\" has more than " + MAX_ROWS + " rows, the limit");
            }
            for (Row row : sheet) {
                if (row.getLastCellNum() > MAX_COLUMNS) {
                    throw refuse(name, "sheet \"" + sheet.getSheetName() + "\" has more than " + MAX_COLUMNS
                            + " columns, the limit");
                }
            }
        }
        return workbook;
    }

    /** Counts the parts and the inflated bytes, and refuses macros and external links, before POI reads anything. */
    private static void scan(byte[] bytes, String name) {
        int entries = 0;
        long inflated = 0;
        CellCounter cells = new CellCounter();
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry e; (e = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse(name, "more than " + MAX_ENTRIES + " parts inside the workbook, the limit");
                }
                String part = e.getName().toLowerCase(Locale.ROOT);
                if (part.endsWith("vbaproject.bin") || part.endsWith(".bin") && part.contains("activex")) {
                    throw refuse(name, "the workbook holds macros; save it as a plain .xlsx without macros");
                }
                if (part.startsWith("xl/externallinks/")) {
                    throw refuse(name, "the workbook links to other workbooks (external links); paste the values instead");
                }
                boolean sheet = part.startsWith("xl/worksheets/");
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > MAX_INFLATED) {
                        throw refuse(name, "more than " + MAX_INFLATED / (1024 * 1024)
                                + " MB once unpacked, the limit of a workbook (a zip bomb?)");
                    }
                    if (sheet) {
                        cells.count(buffer, n);
                        if (cells.count > MAX_CELLS) {
                            throw refuse(name, "more than " + MAX_CELLS + " cells, the limit of a workbook");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw refuse(name, "not a readable .xlsx workbook (" + oneLine(e.getMessage()) + ")");
        }
        if (entries == 0) {
            throw refuse(name, "not an .xlsx workbook (an empty archive)");
        }
    }

    /** A cell's value as text: numbers in plain decimal form, a formula as the value cached in the file, blank as "". */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> org.parindex.core.framework.Numbers.plain(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** True when the cell holds a number (or a formula whose cached value is one). */
    public static boolean isNumber(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC;
    }

    /** Counts cell elements ({@code <c …>}, {@code <x:c …>}) in sheet XML read in pieces. */
    private static final class CellCounter {
        long count;
        private byte before;
        private byte last;

        void count(byte[] bytes, int n) {
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                if (last == 'c' && (before == '<' || before == ':') && (b == ' ' || b == '>' || b == '/'
                        || b == '\t' || b == '\n' || b == '\r')) {
                    count++;
                }
                before = last;
                last = b;
            }
        }
    }

    static BadInputException refuse(String name, String message) {
        return new BadInputException(name, 0, message);
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ");
    }

    /** Reads a whole stream, refusing more than {@link #MAX_BYTES} without reading further. */
    public static byte[] readBounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw refuse(name, "larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MB for a workbook");
        }
        return bytes;
    }
}
