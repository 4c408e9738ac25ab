package org.parindex.documents.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parindex.documents.xlsx.FrameworkWorkbookTest.edit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.core.framework.Framework;
import org.parindex.core.problem.BadInputException;
import org.parindex.documents.Demo;

/** Workbooks made to hurt: each is refused with a message naming what is wrong, or read as plain values. */
class HostileWorkbookTest {

    private final Framework framework = Demo.bundle().period("2023-H1").orElseThrow().framework();

    @Test
    void aFormulaIsReadAsTheValueTheFileCachedNeverEvaluated() throws Exception {
        byte[] withFormula = edit(FrameworkWorkbook.write(framework), wb -> {
            Cell max = wb.getSheet(FrameworkWorkbook.NODES).getRow(4).getCell(3);
            double stated = max.getNumericCellValue();
            max.setCellFormula("100+WEBSERVICE(\"http://example.invalid\")");
            max.setCellValue(stated);                      // the cached value a spreadsheet program would have saved
        });
        Framework read = FrameworkWorkbookReader.read(withFormula, "f.xlsx");
        assertThat(read.allNodes().get(2).stated()).isEqualTo(framework.allNodes().get(2).stated());
    }

    @Test
    void macrosAreRefused() throws Exception {
        assertThat(refusal(withEntry(FrameworkWorkbook.write(framework), "xl/vbaProject.bin", new byte[100])))
                .isEqualTo("f.xlsx: the workbook holds macros; save it as a plain .xlsx without macros");
    }

    @Test
    void externalLinksAreRefused() throws Exception {
        assertThat(refusal(withEntry(FrameworkWorkbook.write(framework), "xl/externalLinks/externalLink1.xml",
                "<externalLink/>".getBytes()))).contains("external links");
    }

    @Test
    void aZipBombStopsAtTheInflatedLimit() throws Exception {
        byte[] bomb = withEntry(FrameworkWorkbook.write(framework), "xl/media/zeros.bin",
                new byte[(int) SafeWorkbook.MAX_INFLATED + 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refusal(bomb)).contains("MB once unpacked");
    }

    @Test
    void aHugeSheetIsRefusedByItsRowCount() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook();
        wb.createSheet("Bộ chỉ số").createRow(SafeWorkbook.MAX_ROWS + 5).createCell(0).setCellValue(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        assertThat(refusal(out.toByteArray())).contains("more than " + SafeWorkbook.MAX_ROWS + " rows");
    }

    @Test
    void tooManyCellsAreRefusedBeforeTheWorkbookIsParsed() throws Exception {
        byte[] many = withEntry(FrameworkWorkbook.write(framework), "xl/worksheets/sheet9.xml",
                ("<worksheet><sheetData><row>" + "<c r=\"A1\"/>".repeat(SafeWorkbook.MAX_CELLS + 1)
                        + "</row></sheetData></worksheet>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refusal(many)).contains("more than " + SafeWorkbook.MAX_CELLS + " cells");
    }

    @Test
    void filesThatAreNoWorkbookAreRefusedBeforeParsing() {
        assertThat(refusal(new byte[0])).isEqualTo("f.xlsx: the file is empty");
        assertThat(refusal("unit,node,value\n".getBytes())).contains("not an .xlsx workbook");
        byte[] ole = new byte[512];
        ole[0] = (byte) 0xd0;
        ole[1] = (byte) 0xcf;
        assertThat(refusal(ole)).contains("old .xls workbook, or an encrypted one");
        assertThat(refusal(new byte[SafeWorkbook.MAX_BYTES + 1])).contains("larger than the limit of 20 MB");
        assertThat(refusal(new byte[] {'P', 'K', 3, 4, 0, 0})).contains("not");
    }

    private static String refusal(byte[] workbook) {
        try {
            FrameworkWorkbookReader.read(workbook, "f.xlsx");
        } catch (BadInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0).toString();
        }
        throw new AssertionError("accepted");
    }

    /** The workbook with one more part in its zip. */
    static byte[] withEntry(byte[] workbook, String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
