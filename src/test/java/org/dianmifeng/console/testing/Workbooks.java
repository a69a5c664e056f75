package org.dianmifeng.console.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads back an exported .xlsx file: the first sheet's rows as the cells' displayed text ("" for empty cells). */
public final class Workbooks {
    private Workbooks() {
    }

    public static List<List<String>> read(Path file) throws Exception {
        if (!Files.exists(file)) {
            throw new AssertionError("no file " + file);
        }
        List<List<String>> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
