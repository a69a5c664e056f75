package org.dianmifeng.console.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clean-up of cells: the quick path for tidy text gives what the regular expressions give, whatever the text. */
class ValuesTest {
    /** Letters, digits, CJK and full-width characters, and every kind of space and invisible character offices leave. */
    private static final char[] ALPHABET = {'a', 'Z', '0', '9', '-', '张', '（', '１', 'Ｘ', ' ', ' ', '\t', '\n', '\r',
            '\u00A0', '\u3000', '\u200B', '\u200D', '\u200E', '\uFEFF', '\u00AD', '\u2028', '\u202F', '\u2060',
            '\u2066', '\u0085', '\u0007', '\u007F', '\u2003', '\u1680', '\uD83D', '\uDE00'};

    @Test
    void theQuickPathGivesWhatTheRegularExpressionsGive() {
        Random random = new Random(16);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(8);
            for (int c = 0; c < length; c++) {
                b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = b.toString();
            assertEquals(Values.cleaned(s), Values.text(s), () -> "text of " + s.chars().mapToObj(Integer::toHexString).toList());
            String code = Values.cleaned(s) == null ? null : Normalizer.normalize(Values.cleaned(s), Normalizer.Form.NFKC)
                    .replaceAll("[\\s\\u00A0\\u3000]+", "");
            assertEquals(code == null || code.isEmpty() ? null : code, Values.code(s),
                    () -> "code of " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void cellsAsOfficesLeaveThem() {
        assertEquals("王 五", Values.text("\u200B王  五\uFEFF"));
        assertEquals("王五", Values.text("王五"));
        assertNull(Values.text(" \u3000\t"));
        assertEquals("13912345678", Values.code("１３９ １２３４ ５６７８"));
        assertEquals("32028119900101001X", Values.code("32028119900101001X"));
    }

    @Test
    void aCellsColumnIsReadFromItsReferenceAsPoiReadsIt() {
        for (String ref : List.of("A1", "B12", "Z3", "AA1", "AZ9", "BA10", "XFD1048576", "$C$4")) {
            assertEquals(new org.apache.poi.ss.util.CellReference(ref).getCol(), SheetReader.column(ref), ref);
        }
    }
}
