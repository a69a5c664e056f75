package org.dianmifeng.console.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.ReportFile;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;

/**
 * The template of an import of people: a note row, the headers the import knows (the form's labels in the user's
 * language), one example row, drop-down lists for gender, unit and political status, and the ID number, mobile and
 * number columns formatted as text so that Excel never turns an ID number into 3.20281E+17. A filled template
 * imports without an error.
 */
final class PeopleTemplate {
    /** The rows offered with drop-down lists and text format. */
    private static final int ROWS = 2000;
    private static final String LISTS = "lists";

    private PeopleTemplate() {
    }

    static void write(Path out, Messages m, List<Unit> units, LocalDate today, Progress progress) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles styles = new Styles(wb);
            CellStyle text = wb.createCellStyle();
            text.cloneStyleFrom(styles.text(""));
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet sheet = wb.createSheet(m.text("importTemplate.sheet"));
            Row note = sheet.createRow(0);
            note.createCell(0).setCellValue(m.text("importTemplate.note"));
            Row header = sheet.createRow(1);
            PersonColumn[] columns = PersonColumn.values();
            List<Unit> active = units.stream().filter(Unit::active).toList();
            Unit example = active.isEmpty() ? null : active.get(0);
            String id = ResidentId.withCheckDigit("32028119900101001");
            List<String> sample = List.of(m.text("importTemplate.exampleName"), m.label(Gender.MALE), "1990-01-01", id,
                    "13912345678", example == null ? "" : example.name(), "E0001", m.label(PoliticalStatus.MASSES),
                    "", "", m.text("importTemplate.exampleNote"));
            Row exampleRow = sheet.createRow(2);
            for (int c = 0; c < columns.length; c++) {
                String h = headers(m).get(c);
                Cell cell = header.createCell(c);
                cell.setCellValue(h);
                cell.setCellStyle(styles.header());
                Cells.setWidth(sheet, c, Math.max(Cells.displayWidth(h), Cells.displayWidth(sample.get(c))) + 2);
                Cell value = exampleRow.createCell(c);
                value.setCellValue(sample.get(c));
                if (isCode(columns[c])) {
                    value.setCellStyle(text);
                    sheet.setDefaultColumnStyle(c, text);
                }
            }
            sheet.createFreezePane(0, 2);
            Sheet lists = wb.createSheet(LISTS);
            List<List<String>> choices = List.of(
                    List.of(m.label(Gender.MALE), m.label(Gender.FEMALE)),
                    active.stream().map(Unit::name).toList(),
                    java.util.Arrays.stream(PoliticalStatus.values()).map(m::label).toList());
            PersonColumn[] listed = {PersonColumn.GENDER, PersonColumn.UNIT, PersonColumn.POLITICAL_STATUS};
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int l = 0; l < listed.length; l++) {
                List<String> values = choices.get(l);
                for (int i = 0; i < values.size(); i++) {
                    Row r = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                    r.createCell(l).setCellValue(values.get(i));
                }
                if (values.isEmpty()) {
                    continue;
                }
                String col = org.apache.poi.ss.util.CellReference.convertNumToColString(l);
                DataValidation v = helper.createValidation(
                        helper.createFormulaListConstraint(LISTS + "!$" + col + "$1:$" + col + "$" + values.size()),
                        new CellRangeAddressList(2, ROWS + 1, listed[l].ordinal(), listed[l].ordinal()));
                v.setShowErrorBox(true);
                sheet.addValidationData(v);
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            progress.checkCancelled();
            ReportFile.saveReport(wb, ReportFile.target(out), progress);
        } finally {
            ReportFile.dispose(wb, true);
        }
    }

    private static boolean isCode(PersonColumn c) {
        return c == PersonColumn.ID_NUMBER || c == PersonColumn.MOBILE || c == PersonColumn.EMPLOYEE_NO
                || c == PersonColumn.VOLUNTEER_NO || c == PersonColumn.BIRTH_DATE;
    }

    /** The headers of a template in a language, in order, as the template writes them. */
    static List<String> headers(Messages m) {
        List<String> out = new ArrayList<>();
        for (PersonColumn c : PersonColumn.values()) {
            out.add(m.text("field." + c.field()) + (c.required() ? "*" : ""));
        }
        return out;
    }
}
