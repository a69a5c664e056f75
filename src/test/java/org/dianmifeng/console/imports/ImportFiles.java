package org.dianmifeng.console.imports;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.ResidentId;

/** The awkward files of the import tests, made by the tests: workbooks, CSV files and worse. */
public final class ImportFiles {
    /** A formula cell, saved with the value it evaluates to. */
    public record Formula(String text) {
    }

    /** A title row merged over the first {@code columns} columns. */
    public record Title(String text, int columns) {
    }

    public static final List<Object> HEADER = List.of("姓名", "性别", "出生日期", "身份证号", "手机号", "单位", "政治面貌");

    private ImportFiles() {
    }

    /** A valid ID number of a person of 江阴 born on {@code yyyymmdd}, sequence {@code seq} (odd: a man). */
    public static String id(String yyyymmdd, int seq) {
        return ResidentId.withCheckDigit("320281" + yyyymmdd + String.format("%03d", seq));
    }

    public static Path xlsx(Path file, List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet("人员"), rows);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    public static Path xls(Path file, List<List<Object>> rows) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb, wb.createSheet("人员"), rows);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A workbook of two sheets: the people first, another list second. */
    public static Path twoSheets(Path file, List<List<Object>> first, List<List<Object>> second) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb, wb.createSheet("人员"), first);
            fill(wb, wb.createSheet("其他"), second);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** {@code n} valid people streamed into a workbook (for the large-file test and the benchmark). */
    public static Path many(Path file, int n, String unit) throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try {
            Sheet sheet = wb.createSheet("人员");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue((String) HEADER.get(c));
            }
            for (int i = 0; i < n; i++) {
                LocalDate born = LocalDate.of(1960, 1, 1).plusDays(i % 15000);
                String id = ResidentId.withCheckDigit("320281" + born.toString().replace("-", "")
                        + String.format("%03d", i / 15000 * 2 + 1));
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("人员" + i);
                row.createCell(1).setCellValue("男");
                row.createCell(2).setCellValue(born.toString());
                row.createCell(3).setCellValue(id);
                row.createCell(4).setCellValue(String.valueOf(13900000000L + i));
                row.createCell(5).setCellValue(unit);
                row.createCell(6).setCellValue("群众");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
        return file;
    }

    public static Path csv(Path file, Charset charset, boolean bom, List<String> lines) throws Exception {
        byte[] body = String.join("\r\n", lines).getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return file;
    }

    /** A workbook saved with a password to open it, as Excel's "Encrypt with password" does. */
    public static Path encrypted(Path file, List<List<Object>> rows) throws Exception {
        Path plain = Files.createTempFile("plain", ".xlsx");
        xlsx(plain, rows);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    private static void fill(Workbook wb, Sheet sheet, List<List<Object>> rows) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            if (values.isEmpty()) {
                continue; // an empty row between data
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Title t) {
                    cell.setCellValue(t.text());
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, t.columns() - 1));
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.text());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }
}
