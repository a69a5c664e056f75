package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.Test;

/** An audit text is stored language-neutral and reads in the reader's language, old texts included. */
class AuditTextsTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);

    @Test
    void aPersonReadsWithTheFormsLabelsAndValuesInEitherLanguage() {
        Person p = new Person(7L, "张三", Gender.MALE, LocalDate.of(1990, 1, 1), "320281199001011234", "13912345678",
                5L, null, PoliticalStatus.MASSES, null, null, null, 0);
        String stored = p.auditText().replace("unitId=5", "unitId=5 宜城街道");
        assertEquals("姓名：张三\n性别：男\n出生日期：1990-01-01\n身份证号：320*************34\n手机号：139****5678\n"
                + "单位：宜城街道（#5）\n员工编号：\n政治面貌：群众", AuditTexts.lines(ZH, "PERSON", stored).lines()
                .limit(8).reduce((a, b) -> a + "\n" + b).orElseThrow());
        String english = AuditTexts.lines(EN, "PERSON", stored);
        assertContains(english, "Gender: Male");
        assertContains(english, "Political status: Non-party");
        assertContains(english, "Unit: 宜城街道 (#5)");
        assertContains(english, "ID number: 320*************34");
    }

    @Test
    void anAccountACaseAndAnAppraisalReadInEitherLanguage() {
        Account a = new Account(3L, "wang", "王芳", Role.OFFICE_STAFF, null, 0, null, true, LocalDateTime.of(2026, 1, 1, 8, 0), 0);
        assertContains(AuditTexts.lines(ZH, "ACCOUNT", a.auditText()), "角色：办公室人员\n启用：是");
        assertContains(AuditTexts.lines(EN, "ACCOUNT", a.auditText()), "Role: Office staff\nActive: Yes");

        AidCase c = new AidCase(1L, "DR-2026-001", 2L, "宜城街道", "李老师", LocalDate.of(2026, 3, 1), 5L, null,
                AidCaseStatus.VISITED, null, 0);
        assertContains(AuditTexts.lines(ZH, "AID_CASE", c.auditText()), "状态：已走访");
        assertContains(AuditTexts.lines(EN, "AID_CASE", c.auditText()), "Status: Visited");
        String summary = "DR-2026-001 " + AuditTexts.stored(AidCaseStatus.VISITED) + " → "
                + AuditTexts.stored(AidCaseStatus.APPROVED);
        assertEquals("DR-2026-001 已走访 → 已立项", AuditTexts.summary(ZH, summary));
        assertEquals("DR-2026-001 Visited → Approved", AuditTexts.summary(EN, summary));

        Appraisal ap = new Appraisal(1L, 4L, 6L, 2026, null, new BigDecimal("95"), null, null, null, null, null, null,
                new BigDecimal("95"), Grade.EXCELLENT, Grade.EXCELLENT, null, Grade.EXCELLENT, null,
                AppraisalStatus.PROPOSED, null, null, null, 0);
        assertContains(AuditTexts.lines(ZH, "APPRAISAL", ap.auditText()), "等次：优秀");
        assertContains(AuditTexts.lines(ZH, "APPRAISAL", ap.auditText()), "状态：已提议");
        assertContains(AuditTexts.lines(EN, "APPRAISAL", ap.auditText()), "Grade: Excellent");
        assertContains(AuditTexts.lines(EN, "APPRAISAL", ap.auditText()), "Status: Proposed");

        // a record the console made itself (the sample data): who confirmed it reads 系统 / System, as in the lists
        Appraisal bySystem = new Appraisal(1L, 4L, 6L, 2026, null, new BigDecimal("95"), null, null, null, null, null,
                null, new BigDecimal("95"), Grade.EXCELLENT, Grade.EXCELLENT, null, Grade.EXCELLENT, null,
                AppraisalStatus.CONFIRMED, null, Session.SYSTEM, LocalDateTime.of(2026, 1, 5, 9, 0), 0);
        String zh = AuditTexts.lines(ZH, "APPRAISAL", bySystem.auditText());
        assertContains(zh, "：系统");
        assertFalse(zh.contains(Session.SYSTEM), zh);
        assertContains(AuditTexts.lines(EN, "APPRAISAL", bySystem.auditText()), ": System");
    }

    /** A saved group of settings is summarised by its name in the reader's language, also in an older log. */
    @Test
    void aSavedGroupOfSettingsReadsInEitherLanguage() {
        assertEquals("星级标准", AuditTexts.summary(ZH, AuditTexts.stored(AuditNote.RULES_STARS)));
        assertEquals("Notice working days", AuditTexts.summary(EN, AuditTexts.stored(AuditNote.RULES_WORKING_DAYS)));
        assertEquals("评议与积分设置", AuditTexts.summary(ZH, "SETTING", "appraisal"));
        assertEquals("补录设置", AuditTexts.summary(ZH, "SETTING", "hours"));
        assertEquals("公示工作日", AuditTexts.summary(ZH, "SETTING", "star.workingDays"));
        assertEquals("Star thresholds", AuditTexts.summary(EN, "SETTING", "star"));
        assertEquals("star", AuditTexts.summary(ZH, "TEAM", "star"), "a team named star is a team named star");
    }

    @Test
    void textsWrittenInTheOlderFormStillRead() {
        assertEquals("姓名：张三\n性别：男\n政治面貌：群众\n单位：5",
                AuditTexts.lines(ZH, "PERSON", "name=张三; gender=MALE; politicalStatus=MASSES; unitId=5"));
        assertEquals("角色：办公室人员", AuditTexts.lines(ZH, "ACCOUNT", "role=OFFICE_STAFF"));
        assertEquals("事实无人抚养类别：父母重病", AuditTexts.lines(ZH, "CHILD", "category=SERIOUS_ILLNESS"));
        assertEquals("DR-2026-001 已走访 → 已立项", AuditTexts.summary(ZH, "DR-2026-001 VISITED → APPROVED"));
        assertEquals("admin: locked", AuditTexts.summary(ZH, "admin: locked"), "words it does not know stay as written");
        assertEquals("somethingNew：x\n自由文本", AuditTexts.lines(ZH, "PERSON", "somethingNew=x; 自由文本"));
        assertEquals("编码：CITY\n类型：市公司", AuditTexts.lines(ZH, "UNIT", "code=CITY; kind=CITY"),
                "a code that is also a constant's name stays a code");
        assertEquals("CITY 已走访 → 已立项", AuditTexts.summary(ZH, "CITY VISITED → APPROVED"));
    }

    private static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("expected «" + part + "» in:\n" + text);
        }
    }
}
