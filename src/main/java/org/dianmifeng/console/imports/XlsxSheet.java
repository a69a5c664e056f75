package org.dianmifeng.console.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads a sheet of an .xlsx package with a StAX reader of its own, streaming: the shared strings once into a list of
 * plain strings (POI's readers build an {@code XSSFRichTextString} through XMLBeans for every string, which was half
 * the time of a read), then the sheet's rows one at a time. A cell reads as {@link SheetCell} says: a shared or inline
 * string with its rich text runs joined and without its phonetic runs ({@code <rPh>}: the pinyin or kana WPS and
 * Excel keep there), a number in plain digits (marked numeric), a number in a date format as yyyy-MM-dd, a formula as
 * the value it last showed (never the formula), a boolean as TRUE or FALSE, an error (#N/A, #REF!, …) as a blank cell, as the
 * .xls reader reads it.
 */
final class XlsxSheet {
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final List<String> strings;
    private final StylesTable styles;
    /** Whether numbers of a cell style are dates, by the style's index (a sheet uses a few styles many times). */
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private XlsxSheet(List<String> strings, StylesTable styles) {
        this.strings = strings;
        this.styles = styles;
    }

    /** A reader of the package's sheets with its shared strings read (none when the package has no such part). */
    static XlsxSheet of(OPCPackage pkg, StylesTable styles) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                readStrings(in, strings);
            }
        }
        return new XlsxSheet(strings, styles);
    }

    /** Each {@code <si>} of a shared strings part, its runs joined, its phonetic runs left out. */
    static void readStrings(InputStream in, List<String> into) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("si")) {
                    text.setLength(0);
                    readText(xml, text);
                    into.add(decode(text));
                }
            }
        } finally {
            xml.close();
        }
    }

    /**
     * The text of a string item or inline string, the reader on its start: every {@code <t>} of it or of its runs,
     * none of its phonetic runs; leaves the reader on the item's end.
     */
    private static void readText(XMLStreamReader xml, StringBuilder text) throws XMLStreamException {
        children(xml, name -> {
            if (name.equals("t")) {
                text.append(xml.getElementText());
                return true;
            }
            if (name.equals("rPh")) {
                skip(xml);
                return true;
            }
            return false;
        });
    }

    /** Skips the element the reader is on, to its end. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        children(xml, name -> false);
    }

    /** What is done with an element inside another, the reader on its start: read to its end (true), or entered. */
    private interface Child {
        boolean take(String name) throws XMLStreamException;
    }

    /** Reads the element the reader is on to its end, each element inside it, at any depth, offered to {@code child}. */
    private static void children(XMLStreamReader xml, Child child) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!child.take(xml.getLocalName())) {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads a sheet part, handing each row that holds a cell to {@code sink}. */
    void read(InputStream in, SheetReader.RowSink sink) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            List<SheetCell> cells = new ArrayList<>();
            int row = 0;
            int column = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("row")) {
                        String r = xml.getAttributeValue(null, "r");
                        row = r == null ? row + 1 : Integer.parseInt(r);
                        column = -1;
                        cells.clear();
                    } else if (name.equals("c")) {
                        String ref = xml.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : SheetReader.column(ref);
                        SheetCell cell = cell(xml);
                        if (cell != null) {
                            while (cells.size() < column) {
                                cells.add(SheetCell.BLANK);
                            }
                            cells.add(cell);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    if (!cells.isEmpty()) {
                        sink.row(row, List.copyOf(cells));
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    /** A cell, the reader on its start; null when it holds no value. Leaves the reader on the cell's end. */
    private SheetCell cell(XMLStreamReader xml) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String[] value = {null};
        StringBuilder[] inline = {null};
        children(xml, name -> {
            if (name.equals("v")) {
                value[0] = xml.getElementText();
            } else if (name.equals("is")) {
                inline[0] = new StringBuilder();
                readText(xml, inline[0]);
            } else {
                skip(xml); // <f>: the formula, never taken; <extLst>
            }
            return true;
        });
        if (inline[0] != null) {
            return new SheetCell(decode(inline[0]), false);
        }
        if (value[0] == null) {
            return null;
        }
        return value(type, value[0], style);
    }

    /** A cell's value of the given type ({@code t}) and style ({@code s}). */
    private SheetCell value(String type, String value, String style) throws XMLStreamException {
        if (type == null || type.equals("n")) {
            return number(value, style);
        }
        return switch (type) {
            case "s" -> new SheetCell(sharedString(value), false);
            case "str", "inlineStr" -> new SheetCell(decode(value), false);
            case "b" -> new SheetCell(value.trim().equals("1") ? "TRUE" : "FALSE", false);
            case "d" -> new SheetCell(value.length() > 10 ? value.substring(0, 10) : value, false); // ISO 8601
            default -> null; // "e": an error such as #N/A, read as no value
        };
    }

    private String sharedString(String value) throws XMLStreamException {
        int index = Integer.parseInt(value.trim());
        if (index < 0 || index >= strings.size()) {
            throw new XMLStreamException("no shared string " + index);
        }
        return strings.get(index);
    }

    private SheetCell number(String value, String style) {
        String v = value.trim();
        if (v.isEmpty()) {
            return SheetCell.BLANK;
        }
        double number = Double.parseDouble(v);
        if (isDateStyle(style == null ? 0 : Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
            return new SheetCell(DateUtil.getLocalDateTime(number).toLocalDate().toString(), false);
        }
        return new SheetCell(SheetReader.plain(number), true);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            if (style == null) {
                return false;
            }
            short format = style.getDataFormat();
            String text = style.getDataFormatString();
            return DateUtil.isADateFormat(format, text != null ? text : BuiltinFormats.getBuiltinFormat(format));
        });
    }

    /** Excel's escapes of characters XML cannot hold, _xHHHH_ (_x000D_ a carriage return), decoded. */
    static String decode(CharSequence text) {
        String s = text.toString();
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (; at >= 0; at = s.indexOf("_x", at + 1)) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2, at + 6)) {
                out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at += 6;
            }
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
