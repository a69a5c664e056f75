package org.dianmifeng.console.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.dianmifeng.console.core.ConsoleException;

/**
 * Reads the first sheet of a workbook or a CSV file row by row, as offices have them: .xlsx streamed ({@link XlsxSheet}
 * over a package opened read-only, memory bounded whatever the row count), .xls (at most 65,536 rows, read
 * whole), .csv in UTF-8 or GBK (detected). The kind of a file is taken from its content, not its name; a file that is
 * empty, password-protected or no spreadsheet is refused, naming it.
 */
public final class SheetReader {
    /** Receives each row that holds a cell, with its number as the spreadsheet shows it (1 for the first). */
    public interface RowSink {
        void row(int number, List<SheetCell> cells);
    }

    /** What was read: the sheet's name (the file's for a CSV) and how many sheets the workbook has. */
    public record Read(String sheetName, int sheets) {
    }

    private SheetReader() {
    }

    public static Read read(Path file, RowSink sink) {
        if (!Files.isRegularFile(file)) {
            throw new ConsoleException("error.import.noFile", file);
        }
        try {
            if (Files.size(file) == 0) {
                throw new ConsoleException("error.import.emptyFile", file.getFileName());
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                magic = FileMagic.valueOf(in);
            }
            if (magic == FileMagic.OOXML) {
                return readXlsx(file, sink);
            }
            if (magic == FileMagic.OLE2) {
                return readXls(file, sink);
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                return readCsv(file, sink);
            }
            throw new ConsoleException("error.import.notSpreadsheet", file.getFileName());
        } catch (EmptyFileException e) {
            throw new ConsoleException("error.import.emptyFile", file.getFileName());
        } catch (EncryptedDocumentException e) {
            throw new ConsoleException("error.import.encrypted", file.getFileName());
        } catch (IOException | OpenXML4JException | XMLStreamException | IllegalArgumentException
                 | org.apache.poi.ooxml.POIXMLException e) {
            throw new ConsoleException("error.import.unreadable", e, file.getFileName());
        }
    }

    private static Read readXlsx(Path file, RowSink sink) throws IOException, OpenXML4JException, XMLStreamException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XlsxSheet sheet = XlsxSheet.of(pkg, reader.getStylesTable());
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ConsoleException("error.import.emptyFile", file.getFileName());
            }
            String name;
            try (InputStream in = sheets.next()) {
                name = sheets.getSheetName();
                sheet.read(in, sink);
            }
            int count = 1;
            while (sheets.hasNext()) {
                sheets.next().close();
                count++;
            }
            return new Read(name, count);
        } catch (InvalidFormatException e) {
            throw new ConsoleException("error.import.notSpreadsheet", file.getFileName());
        }
    }

    /** The column index of a cell reference such as AB12 (CellReference parses it with regular expressions, per cell). */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return col - 1;
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Read readXls(Path file, RowSink sink) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ConsoleException("error.import.encrypted", file.getFileName());
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
                throw new ConsoleException("error.import.notSpreadsheet", file.getFileName());
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
                if (wb.getNumberOfSheets() == 0) {
                    throw new ConsoleException("error.import.emptyFile", file.getFileName());
                }
                Sheet sheet = wb.getSheetAt(0);
                for (Row row : sheet) {
                    List<SheetCell> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(cell(row.getCell(c)));
                    }
                    if (cells.stream().anyMatch(x -> !x.blank())) {
                        sink.row(row.getRowNum() + 1, cells);
                    }
                }
                return new Read(sheet.getSheetName(), wb.getNumberOfSheets());
            }
        }
    }

    static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new SheetCell(cell.getRichStringCellValue().getString(), false);
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new SheetCell(cell.getLocalDateTimeCellValue().toLocalDate().toString(), false)
                    : new SheetCell(plain(cell.getNumericCellValue()), true);
            case BOOLEAN -> new SheetCell(String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT), false);
            default -> SheetCell.BLANK;
        };
    }

    /** A CSV file: UTF-8 (with or without its byte-order mark) when it reads as such, else GBK as WPS and Excel save it. */
    private static Read readCsv(Path file, RowSink sink) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("GBK");
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            parseCsv(in, sink);
        }
        return new Read(file.getFileName().toString(), 1);
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[8192];
            while (in.read(buffer) >= 0) {
                // read to the end: a malformed byte anywhere throws
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** RFC 4180: fields separated by commas, quoted with doubled quotes inside, lines ending in CRLF or LF. */
    static void parseCsv(Reader in, RowSink sink) throws IOException {
        List<SheetCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int rowNumber = 1;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read();
        }
        while (c >= 0) {
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(new SheetCell(field.toString(), false));
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int next = in.read();
                    if (next != '\n') {
                        endCsvRow(sink, rowNumber++, cells, field, any);
                        any = false;
                        c = next;
                        continue;
                    }
                }
                endCsvRow(sink, rowNumber++, cells, field, any);
                any = false;
            } else {
                field.append((char) c);
                any = true;
            }
            c = in.read();
        }
        endCsvRow(sink, rowNumber, cells, field, any || field.length() > 0);
    }

    private static void endCsvRow(RowSink sink, int number, List<SheetCell> cells, StringBuilder field, boolean any) {
        if (any) {
            cells.add(new SheetCell(field.toString(), false));
            if (cells.stream().anyMatch(x -> !x.blank())) {
                sink.row(number, List.copyOf(cells));
            }
        }
        cells.clear();
        field.setLength(0);
    }
}
