package org.dianmifeng.console.honour;

import static org.dianmifeng.console.db.Tables.HONOUR;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Read-only queries of the honour roll: the honours of a range of years, each with its recipient's name and the
 * unit the recipient belongs to (a unit: itself; a team: the team's unit; a person: the person's unit).
 */
public final class HonourReportStore {
    private static final org.dianmifeng.console.db.tables.Unit OWNER = UNIT.as("OWNER_UNIT");
    /** The unit of the recipient, whatever its kind. */
    private static final Field<Long> OWNER_ID = DSL.coalesce(HONOUR.UNIT_ID, TEAM.UNIT_ID, PERSON.UNIT_ID);

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
            where = where.and(OWNER_ID.in(unitIds));
        }
        return dsl.select(HONOUR.TITLE, HONOUR.LEVEL_CODE, HONOUR.AWARDED_BY, HONOUR.FOR_YEAR, HONOUR.AWARDED_ON,
                        HONOUR.RECIPIENT_KIND, HONOUR.CERTIFICATE_NO, TEAM.NAME, PERSON.NAME, OWNER.ID, OWNER.NAME)
                .from(HONOUR)
                .leftJoin(TEAM).on(TEAM.ID.eq(HONOUR.TEAM_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(HONOUR.PERSON_ID))
                .join(OWNER).on(OWNER.ID.eq(OWNER_ID))
                .where(where)
                .orderBy(HONOUR.FOR_YEAR, HONOUR.AWARDED_ON.asc().nullsLast(), HONOUR.TITLE, HONOUR.ID)
                .fetch(r -> {
                    RecipientKind kind = RecipientKind.valueOf(r.get(HONOUR.RECIPIENT_KIND));
                    String recipient = switch (kind) {
                        case UNIT -> r.get(OWNER.NAME);
                        case TEAM -> r.get(TEAM.NAME);
                        case PERSON -> r.get(PERSON.NAME);
                    };
                    return new HonourRoll.Line(r.get(HONOUR.TITLE), HonourLevel.valueOf(r.get(HONOUR.LEVEL_CODE)),
                            r.get(HONOUR.AWARDED_BY), r.get(HONOUR.FOR_YEAR), r.get(HONOUR.AWARDED_ON), recipient, kind,
                            r.get(OWNER.ID), r.get(OWNER.NAME), r.get(HONOUR.CERTIFICATE_NO));
                });
    }
}
