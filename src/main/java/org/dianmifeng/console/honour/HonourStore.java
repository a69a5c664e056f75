package org.dianmifeng.console.honour;

import static org.dianmifeng.console.db.Tables.HONOUR;
import static org.dianmifeng.console.db.Tables.HONOUR_CERTIFICATE;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.Person;
import org.dianmifeng.console.db.tables.Team;
import org.dianmifeng.console.db.tables.Unit;
import org.dianmifeng.console.db.tables.records.HonourRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Queries of HONOUR and HONOUR_CERTIFICATE. The batch insert is also what the sample data loads with. */
public final class HonourStore {
    private static final Unit RECIPIENT_UNIT = UNIT.as("RECIPIENT_UNIT");
    private static final Team RECIPIENT_TEAM = TEAM.as("RECIPIENT_TEAM");
    private static final Person RECIPIENT_PERSON = PERSON.as("RECIPIENT_PERSON");
    private static final Unit UNIT_OF_RECIPIENT = UNIT.as("UNIT_OF_RECIPIENT");
    /**
     * HONOUR with its recipient and the unit the recipient belongs to (a unit recipient: itself; a team: the
     * team's unit; a person: the person's unit): every query that names the recipient or scopes honours by unit
     * selects from this, with {@link #RECIPIENT_NAME}, {@link #RECIPIENT_UNIT_ID} and {@link #RECIPIENT_UNIT_NAME}.
     */
    public static final Table<Record> WITH_RECIPIENT = HONOUR
            .leftJoin(RECIPIENT_UNIT).on(RECIPIENT_UNIT.ID.eq(HONOUR.UNIT_ID))
            .leftJoin(RECIPIENT_TEAM).on(RECIPIENT_TEAM.ID.eq(HONOUR.TEAM_ID))
            .leftJoin(RECIPIENT_PERSON).on(RECIPIENT_PERSON.ID.eq(HONOUR.PERSON_ID))
            .join(UNIT_OF_RECIPIENT).on(UNIT_OF_RECIPIENT.ID.eq(
                    DSL.coalesce(HONOUR.UNIT_ID, RECIPIENT_TEAM.UNIT_ID, RECIPIENT_PERSON.UNIT_ID)));
    /** The name of the honour's unit, team or person (of {@link #WITH_RECIPIENT}). */
    public static final Field<String> RECIPIENT_NAME = DSL.coalesce(RECIPIENT_UNIT.NAME, RECIPIENT_TEAM.NAME,
            RECIPIENT_PERSON.NAME).as("RECIPIENT_NAME");
    /** The id of the unit the recipient belongs to (of {@link #WITH_RECIPIENT}). */
    public static final Field<Long> RECIPIENT_UNIT_ID = UNIT_OF_RECIPIENT.ID;
    /** The name of the unit the recipient belongs to (of {@link #WITH_RECIPIENT}). */
    public static final Field<String> RECIPIENT_UNIT_NAME = UNIT_OF_RECIPIENT.NAME;
    /** The list's order: newest year first, then by level (national first), then by title. */
    static final Comparator<HonourRow> ORDER = Comparator.comparing((HonourRow r) -> r.honour().year(),
                    Comparator.reverseOrder())
            .thenComparing(r -> r.honour().level())
            .thenComparing(r -> r.honour().title())
            .thenComparing(HonourRow::id);

    private final DSLContext dsl;

    public HonourStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Honour> byId(long id) {
        return dsl.selectFrom(HONOUR).where(HONOUR.ID.eq(id)).fetchOptional(HonourStore::toHonour);
    }

    /** The honour with exactly that title for that year and recipient, if any: what UQ_HONOUR refuses twice. */
    public Optional<Honour> same(String title, int year, RecipientKind kind, long recipientId) {
        return dsl.selectFrom(HONOUR).where(HONOUR.TITLE.eq(title).and(HONOUR.FOR_YEAR.eq(year))
                        .and(HONOUR.RECIPIENT_KIND.eq(kind.name())).and(HONOUR.RECIPIENT_ID.eq(recipientId)))
                .fetchOptional(HonourStore::toHonour);
    }

    /** The honour with that certificate number, if any (the first recorded): how an import knows an honour again. */
    public Optional<Honour> byCertificateNo(String certificateNo) {
        return dsl.selectFrom(HONOUR).where(HONOUR.CERTIFICATE_NO.eq(certificateNo)).orderBy(HONOUR.ID).limit(1)
                .fetchOptional(HonourStore::toHonour);
    }

    /** Inserts an honour (version 0) and returns it saved, with its id. */
    public Honour insert(Honour h) {
        long id = dsl.insertInto(HONOUR).set(values(h)).set(HONOUR.VERSION, 0).returning(HONOUR.ID)
                .fetchOne(HONOUR.ID);
        return byId(id).orElseThrow();
    }

    /** Batch insert of honours, for the sample data. */
    public void insertBatch(List<Honour> honours) {
        Batches.insert(dsl, HONOUR, HONOUR.VERSION, honours, HonourStore::values);
    }

    /** Saves every field if the row still has {@code h.version()}. */
    public Honour update(Honour h) {
        Optimistic.requireUpdated(dsl.update(HONOUR).set(values(h)).set(HONOUR.VERSION, HONOUR.VERSION.plus(1))
                .where(HONOUR.ID.eq(h.id()).and(HONOUR.VERSION.eq(h.version()))).execute());
        return byId(h.id()).orElseThrow();
    }

    /** Deletes an honour (and its certificate) if the row still has {@code version}. */
    public void delete(long id, int version) {
        Optimistic.requireUpdated(dsl.deleteFrom(HONOUR).where(HONOUR.ID.eq(id).and(HONOUR.VERSION.eq(version)))
                .execute());
    }

    private static Map<Field<?>, Object> values(Honour h) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(HONOUR.TITLE, h.title());
        v.put(HONOUR.LEVEL_CODE, h.level().name());
        v.put(HONOUR.CATEGORY, h.category());
        v.put(HONOUR.AWARDED_BY, h.awardedBy());
        v.put(HONOUR.FOR_YEAR, h.year());
        v.put(HONOUR.AWARDED_ON, h.awardedOn());
        v.put(HONOUR.RECIPIENT_KIND, h.recipientKind().name());
        v.put(HONOUR.UNIT_ID, h.recipientKind() == RecipientKind.UNIT ? h.recipientId() : null);
        v.put(HONOUR.TEAM_ID, h.recipientKind() == RecipientKind.TEAM ? h.recipientId() : null);
        v.put(HONOUR.PERSON_ID, h.recipientKind() == RecipientKind.PERSON ? h.recipientId() : null);
        v.put(HONOUR.RECIPIENT_ID, h.recipientId());
        v.put(HONOUR.CERTIFICATE_NO, h.certificateNo());
        v.put(HONOUR.NOTES, h.notes());
        return v;
    }

    // ---------------------------------------------------------------- recipients

    /** The name of the unit, team or person, or empty if there is none with that id. */
    public Optional<String> recipientName(RecipientKind kind, long id) {
        return switch (kind) {
            case UNIT -> dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(id)).fetchOptional(UNIT.NAME);
            case TEAM -> dsl.select(TEAM.NAME).from(TEAM).where(TEAM.ID.eq(id)).fetchOptional(TEAM.NAME);
            case PERSON -> dsl.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PERSON.NAME);
        };
    }

    // ---------------------------------------------------------------- rows

    /** The honours of a year and level (null: any), with recipient, unit and certificate, in the list's order. */
    public List<HonourRow> rows(Integer year, HonourLevel level) {
        Condition where = DSL.noCondition();
        if (year != null) {
            where = where.and(HONOUR.FOR_YEAR.eq(year));
        }
        if (level != null) {
            where = where.and(HONOUR.LEVEL_CODE.eq(level.name()));
        }
        return rowsWhere(where);
    }

    public Optional<HonourRow> row(long id) {
        return rowsWhere(HONOUR.ID.eq(id)).stream().findFirst();
    }

    private List<HonourRow> rowsWhere(Condition where) {
        List<HonourRow> rows = new ArrayList<>(dsl.select(HONOUR.fields())
                .select(RECIPIENT_NAME, RECIPIENT_UNIT_ID, RECIPIENT_UNIT_NAME, HONOUR_CERTIFICATE.FILE_NAME)
                .from(WITH_RECIPIENT)
                .leftJoin(HONOUR_CERTIFICATE).on(HONOUR_CERTIFICATE.HONOUR_ID.eq(HONOUR.ID))
                .where(where)
                .fetch(HonourStore::toRow));
        rows.sort(ORDER);
        return rows;
    }

    private static HonourRow toRow(Record r) {
        return new HonourRow(toHonour(r.into(HONOUR)), r.get(RECIPIENT_NAME), r.get(RECIPIENT_UNIT_ID),
                r.get(RECIPIENT_UNIT_NAME), r.get(HONOUR_CERTIFICATE.FILE_NAME));
    }

    static Honour toHonour(HonourRecord r) {
        return new Honour(r.getId(), r.getTitle(), HonourLevel.valueOf(r.getLevelCode()), r.getCategory(),
                r.getAwardedBy(), r.getForYear(), r.getAwardedOn(), RecipientKind.valueOf(r.getRecipientKind()),
                r.getRecipientId(), r.getCertificateNo(), r.getNotes(), r.getVersion());
    }

    // ---------------------------------------------------------------- certificate

    /** The certificate of an honour without its content, if one is attached. */
    public Optional<HonourCertificate> certificate(long honourId) {
        return dsl.select(HONOUR_CERTIFICATE.HONOUR_ID, HONOUR_CERTIFICATE.FILE_NAME,
                        DSL.field("OCTET_LENGTH({0})", Integer.class, HONOUR_CERTIFICATE.CONTENT), HONOUR_CERTIFICATE.ATTACHED_AT,
                        HONOUR_CERTIFICATE.ATTACHED_BY)
                .from(HONOUR_CERTIFICATE).where(HONOUR_CERTIFICATE.HONOUR_ID.eq(honourId))
                .fetchOptional(r -> new HonourCertificate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<byte[]> certificateContent(long honourId) {
        return dsl.select(HONOUR_CERTIFICATE.CONTENT).from(HONOUR_CERTIFICATE)
                .where(HONOUR_CERTIFICATE.HONOUR_ID.eq(honourId)).fetchOptional(HONOUR_CERTIFICATE.CONTENT);
    }

    /** Stores the certificate of an honour, replacing the one it had. */
    public void setCertificate(long honourId, String fileName, byte[] content, LocalDateTime at, String by) {
        removeCertificate(honourId);
        dsl.insertInto(HONOUR_CERTIFICATE)
                .set(HONOUR_CERTIFICATE.HONOUR_ID, honourId)
                .set(HONOUR_CERTIFICATE.FILE_NAME, fileName)
                .set(HONOUR_CERTIFICATE.CONTENT, content)
                .set(HONOUR_CERTIFICATE.ATTACHED_AT, at)
                .set(HONOUR_CERTIFICATE.ATTACHED_BY, by)
                .execute();
    }

    public void removeCertificate(long honourId) {
        dsl.deleteFrom(HONOUR_CERTIFICATE).where(HONOUR_CERTIFICATE.HONOUR_ID.eq(honourId)).execute();
    }
}
