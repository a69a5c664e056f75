package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidentIdTest {
    /** The specimen number of GB 11643-1999, appendix: 11010519491231002X. */
    private static final String SPECIMEN = "11010519491231002X";

    @Test
    void acceptsTheStandardsSpecimen() {
        assertEquals(Optional.empty(), ResidentId.problem(SPECIMEN));
        assertEquals(LocalDate.of(1949, 12, 31), ResidentId.birthDate(SPECIMEN).orElseThrow());
        assertEquals(Gender.FEMALE, ResidentId.gender(SPECIMEN));
    }

    @Test
    void computesTheCheckDigitOfAnotherPublishedExample() {
        // 440524188001010014 is the male example of the same standard.
        assertEquals('4', ResidentId.checkDigit("44052418800101001"));
        assertEquals(Gender.MALE, ResidentId.gender("440524188001010014"));
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertEquals(Optional.of("error.idNumber.checkDigit"), ResidentId.problem("110105194912310021"));
    }

    @Test
    void refusesBadFormatRegionAndDate() {
        assertEquals(Optional.of("error.idNumber.format"), ResidentId.problem("11010519491231002"));
        assertEquals(Optional.of("error.idNumber.format"), ResidentId.problem("1101051949123100x2"));
        assertEquals(Optional.of("error.idNumber.region"), ResidentId.problem(ResidentId.withCheckDigit("99010519491231002")));
        assertEquals(Optional.of("error.idNumber.birthDate"), ResidentId.problem(ResidentId.withCheckDigit("11010519490231002")));
    }

    @Test
    void normalizesALowerCaseX() {
        assertEquals(SPECIMEN, ResidentId.normalize(" 11010519491231002x "));
    }

    @Test
    void masksIdNumbersAndPhones() {
        assertEquals("110105********002X", Masking.idNumber(SPECIMEN));
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertTrue(Phones.isMobile("13812345678"));
        assertTrue(!Phones.isMobile("12812345678") && !Phones.isMobile("1381234567") && !Phones.isMobile("138123456789"));
    }
}
