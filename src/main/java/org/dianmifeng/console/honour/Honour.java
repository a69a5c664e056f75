package org.dianmifeng.console.honour;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/**
 * An honour: what a unit, team or person was awarded, by whom, for which year and at which level.
 * {@code id} and {@code version} are null for an honour not yet saved; {@code recipientId} is the id of the
 * unit, team or person that {@code recipientKind} names.
 */
public record Honour(Long id, String title, HonourLevel level, String category, String awardedBy, Integer year,
                     LocalDate awardedOn, RecipientKind recipientKind, Long recipientId, String certificateNo,
                     String notes, Integer version) implements Auditable {
    public static final int TITLE_MAX = 200;
    public static final int CATEGORY_MAX = 50;
    public static final int AWARDED_BY_MAX = 100;
    public static final int CERTIFICATE_NO_MAX = 50;
    public static final int NOTES_MAX = 1000;
    /** The first year an honour may be for. */
    public static final int FIRST_YEAR = 1949;

    /** The texts trimmed, blank ones null. */
    public Honour cleaned() {
        return new Honour(id, Texts.clean(title), level, Texts.clean(category), Texts.clean(awardedBy), year, awardedOn,
                recipientKind, recipientId, Texts.clean(certificateNo), Texts.clean(notes), version);
    }

    public Honour withId(Long newId, Integer newVersion) {
        return new Honour(newId, title, level, category, awardedBy, year, awardedOn, recipientKind, recipientId,
                certificateNo, notes, newVersion);
    }

    /**
     * The field checks of a cleaned honour, {@code today} being the latest date it may carry: title, level, awarding
     * body and recipient required; the year from 1949 to this year; the date, when given, not after today nor before
     * 1 January of the year before the honour's year (an honour for a year is awarded in that year or the next, now
     * and then announced late in the year before).
     */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .text("honour.title", title, TITLE_MAX)
                .required("honour.level", level)
                .maxLength("honour.category", category, CATEGORY_MAX)
                .text("honour.awardedBy", awardedBy, AWARDED_BY_MAX)
                .required("honour.year", year)
                .required("honour.recipientKind", recipientKind)
                .required("honour.recipient", recipientId)
                .maxLength("honour.certificateNo", certificateNo, CERTIFICATE_NO_MAX)
                .maxLength("honour.notes", notes, NOTES_MAX);
        if (year != null && (year < FIRST_YEAR || year > today.getYear())) {
            checks.add("honour.year", "error.honour.yearRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(today.getYear()));
        }
        if (awardedOn != null) {
            if (awardedOn.isAfter(today)) {
                checks.add("honour.awardedOn", "error.honour.dateInFuture", today.toString());
            } else if (year != null && awardedOn.isBefore(earliestDate(year))) {
                checks.add("honour.awardedOn", "error.honour.dateTooEarly", String.valueOf(year),
                        earliestDate(year).toString());
            }
        }
        return checks;
    }

    /** The earliest award date of an honour for {@code year}: 1 January of the year before. */
    public static LocalDate earliestDate(int year) {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** e.g. {@code 2021 江苏省优秀志愿服务组织}: how audit lines and messages name an honour. */
    public String summary() {
        return year + " " + title;
    }

    @Override
    public String auditText() {
        return Auditable.fields("title", title, "level", level, "category", category, "awardedBy", awardedBy,
                "year", year, "awardedOn", awardedOn, "recipientKind", recipientKind, "recipientId", recipientId,
                "certificateNo", certificateNo, "notes", notes);
    }
}
