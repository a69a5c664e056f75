package org.dianmifeng.console.honour;

import static org.dianmifeng.console.db.Tables.HONOUR;

import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Read-only queries of the honour roll: the honours of a range of years, each with its recipient's name and the
 * unit the recipient belongs to (a unit: itself; a team: the team's unit; a person: the person's unit).
 */
public final class HonourReportStore {
    private final DSLContext dsl;

    public HonourReportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The honours for {@code fromYear}..{@code toYear} (inclusive) whose recipient belongs to one of
     * {@code unitIds} (null: to any unit), by year, date (undated last), title and id; the roll groups them by level.
     */
    public List<HonourRoll.Line> lines(int fromYear, int toYear, Collection<Long> unitIds) {
        Condition where = HONOUR.FOR_YEAR.between(fromYear, toYear);
        if (unitIds != null) {
            where = where.and(HonourStore.RECIPIENT_UNIT_ID.in(unitIds));
        }
        return dsl.select(HONOUR.TITLE, HONOUR.LEVEL_CODE, HONOUR.AWARDED_BY, HONOUR.FOR_YEAR, HONOUR.AWARDED_ON,
                        HONOUR.RECIPIENT_KIND, HONOUR.CERTIFICATE_NO, HonourStore.RECIPIENT_NAME,
                        HonourStore.RECIPIENT_UNIT_ID, HonourStore.RECIPIENT_UNIT_NAME)
                .from(HonourStore.WITH_RECIPIENT)
                .where(where)
                .orderBy(HONOUR.FOR_YEAR, HONOUR.AWARDED_ON.asc().nullsLast(), HONOUR.TITLE, HONOUR.ID)
                .fetch(r -> new HonourRoll.Line(r.get(HONOUR.TITLE), HonourLevel.valueOf(r.get(HONOUR.LEVEL_CODE)),
                        r.get(HONOUR.AWARDED_BY), r.get(HONOUR.FOR_YEAR), r.get(HONOUR.AWARDED_ON),
                        r.get(HonourStore.RECIPIENT_NAME), RecipientKind.valueOf(r.get(HONOUR.RECIPIENT_KIND)),
                        r.get(HonourStore.RECIPIENT_UNIT_ID), r.get(HonourStore.RECIPIENT_UNIT_NAME),
                        r.get(HONOUR.CERTIFICATE_NO)));
    }
}
