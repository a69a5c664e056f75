package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {
    /** The specimen number of GB 11643-1999, appendix: 11010519491231002X. */
    private static final String SPECIMEN = "11010519491231002X";
    /** The day the checks below are made on. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsTheStandardsSpecimen() {
        assertEquals(Optional.empty(), ResidentId.problem(SPECIMEN));
        assertEquals(LocalDate.of(1949, 12, 31), ResidentId.birthDate(SPECIMEN).orElseThrow());
        assertEquals(Gender.FEMALE, ResidentId.gender(SPECIMEN));
        assertEquals(ResidentId.Kind.CITIZEN, ResidentId.kind(SPECIMEN));
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
        assertEquals(Optional.of("error.idNumber.region"), ResidentId.problem(ResidentId.withCheckDigit("00010519491231002")));
        assertEquals(Optional.of("error.idNumber.foreignRegion"), ResidentId.problem(ResidentId.withCheckDigit("99010519491231002")));
        assertEquals(Optional.of("error.idNumber.region"), ResidentId.problem(ResidentId.withCheckDigit("72010519491231002")));
        assertEquals(Optional.of("error.idNumber.birthDate"), ResidentId.problem(ResidentId.withCheckDigit("11010519490231002")));
    }

    @Test
    void refusesABirthDateAfterTodayWithItsOwnMessage() {
        // the number of the report: born 2099-01-01, the check digit right
        assertEquals(Optional.of("error.idNumber.futureBirthDate"), ResidentId.problem("320281209901011235", TODAY));
        String tomorrow = ResidentId.withCheckDigit("320281" + "20261130" + "123");
        assertEquals(Optional.of("error.idNumber.futureBirthDate"), ResidentId.problem(tomorrow, TODAY));
        String today = ResidentId.withCheckDigit("320281" + "20261129" + "123");
        assertEquals(Optional.empty(), ResidentId.problem(today, TODAY), "born today is possible");
        assertEquals(Optional.empty(), ResidentId.problem(tomorrow, TODAY.plusDays(1)));
        // without a day given, the system clock's today
        String nextYear = ResidentId.withCheckDigit("320281" + (LocalDate.now().getYear() + 1) + "0101" + "123");
        assertEquals(Optional.of("error.idNumber.futureBirthDate"), ResidentId.problem(nextYear));
        assertEquals(Optional.of("error.idNumber.futureBirthDate"),
                ResidentId.problem(ResidentId.withCheckDigit("932682" + "20270101" + "001"), TODAY), "every kind");
    }

    @Test
    void acceptsResidencePermitsOfHongKongMacaoAndTaiwanResidents() {
        String hongKong = ResidentId.withCheckDigit("81000019900101001");
        String macao = ResidentId.withCheckDigit("82000019900101002");
        String taiwan = ResidentId.withCheckDigit("83000019900101003");
        for (String id : new String[] {hongKong, macao, taiwan}) {
            assertEquals(Optional.empty(), ResidentId.problem(id, TODAY), id);
            assertEquals(LocalDate.of(1990, 1, 1), ResidentId.birthDate(id).orElseThrow());
        }
        assertEquals(ResidentId.Kind.HONG_KONG_MACAO_RESIDENCE_PERMIT, ResidentId.kind(hongKong));
        assertEquals(ResidentId.Kind.HONG_KONG_MACAO_RESIDENCE_PERMIT, ResidentId.kind(macao));
        assertEquals(ResidentId.Kind.TAIWAN_RESIDENCE_PERMIT, ResidentId.kind(taiwan));
        assertEquals(Gender.FEMALE, ResidentId.gender(macao));
        // a permit's region part is always x10000
        assertEquals(Optional.of("error.idNumber.permitRegion"), ResidentId.problem(ResidentId.withCheckDigit("83010119900101003"), TODAY));
        assertEquals(Optional.of("error.idNumber.permitRegion"), ResidentId.problem(ResidentId.withCheckDigit("81000119900101001"), TODAY));
    }

    @Test
    void acceptsTheForeignersPermanentResidenceIdCardOf2023() {
        // 9, province that accepted it (32 江苏), nationality (682 Saudi Arabia), 1985-01-01, sequence 001, check digit
        String saudi = "932682198501010017";
        assertEquals(Optional.empty(), ResidentId.problem(saudi, TODAY));
        assertEquals(ResidentId.Kind.FOREIGN_PERMANENT_RESIDENCE, ResidentId.kind(saudi));
        assertEquals(LocalDate.of(1985, 1, 1), ResidentId.birthDate(saudi).orElseThrow());
        assertEquals(Gender.MALE, ResidentId.gender(saudi));
        // the specimen card of the National Immigration Administration's announcement of the new card (2023):
        // 北京 (11), Canada (124), a woman born 1981-08-03
        String specimen = "911124198108030024";
        assertEquals(Optional.empty(), ResidentId.problem(specimen, TODAY));
        assertEquals(Gender.FEMALE, ResidentId.gender(specimen));
        assertEquals(LocalDate.of(1981, 8, 3), ResidentId.birthDate(specimen).orElseThrow());
        // the second and third digits name a mainland province
        assertEquals(Optional.of("error.idNumber.foreignRegion"), ResidentId.problem(ResidentId.withCheckDigit("99668219850101001"), TODAY));
        assertEquals(Optional.of("error.idNumber.foreignRegion"), ResidentId.problem(ResidentId.withCheckDigit("98168219850101001"), TODAY));
        assertEquals(Optional.of("error.idNumber.checkDigit"), ResidentId.problem("932682198501010018", TODAY));
        assertEquals(Optional.of("error.idNumber.birthDate"), ResidentId.problem(ResidentId.withCheckDigit("93268219851301001"), TODAY));
    }

    /**
     * Valid numbers from the test suites of two independent open-source validators: jxlwqq/id-validator
     * ({@code tests/IdValidatorTest.php}, testIsValid) and dromara/hutool
     * ({@code hutool-core/src/test/java/cn/hutool/core/util/IdcardUtilTest.java}, isValidCard18Test and
     * isValidCardTest). Their 15-digit first-generation numbers are left out: this console takes 18 digits only.
     * 500154199301135886 and 411082198901010002 are valid in jxlwqq's default (non-strict) mode; its strict mode
     * also checks that the region code existed on the birth date, a table this console does not keep.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        // jxlwqq/id-validator
        "440308199901101512", "500154199804106120", "110101199003078670", "500154199301135886", "411082198901010002",
        "810000199408230021", "830000199201300022",
        // dromara/hutool
        "321083197812162119", "33010219200403064X", "81000019980902013X", "820000200009100032", "830000200209060065",
        "932682198501010017"})
    void acceptsTheValidNumbersOfIndependentValidators(String id) {
        assertEquals(Optional.empty(), ResidentId.problem(id, TODAY), id);
    }

    /** Invalid numbers from the same two suites, with the reason they give and the problem found here. */
    @ParameterizedTest
    @CsvSource({
        // jxlwqq/id-validator: 号码位数不合法, 出生日期码不合法, 验证码不合法, 校验位不合法
        "44030819990110, error.idNumber.format",
        "440308199902301512, error.idNumber.birthDate",
        "440308199901101513, error.idNumber.checkDigit",
        "11010119900307867X, error.idNumber.checkDigit",
        // jxlwqq/id-validator: 地址码不合法 (a region table this console does not keep; its check digit is wrong too)
        "111111199901101512, error.idNumber.checkDigit",
        // dromara/hutool: 生日无效 (and no province 20), a letter among the digits
        "201511221897205960, error.idNumber.region",
        "3301022011022000D6, error.idNumber.format"})
    void refusesTheInvalidNumbersOfIndependentValidators(String id, String problem) {
        assertEquals(Optional.of(problem), ResidentId.problem(id, TODAY), id);
    }

    @Test
    void normalizesALowerCaseX() {
        assertEquals(SPECIMEN, ResidentId.normalize(" 11010519491231002x "));
        assertTrue(ResidentId.problem(ResidentId.normalize("33010219200403064x"), TODAY).isEmpty());
    }

    @Test
    void masksIdNumbersAndPhones() {
        assertEquals("110*************2X", Masking.idNumber(SPECIMEN));
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertTrue(Phones.isMobile("13812345678"));
        assertTrue(!Phones.isMobile("12812345678") && !Phones.isMobile("1381234567") && !Phones.isMobile("138123456789"));
    }
}
