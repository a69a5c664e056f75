package org.dianmifeng.console.unit;

import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.HONOUR;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.util.List;
import java.util.Optional;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.UnitRecord;
import org.jooq.DSLContext;

/** Queries of the UNIT table. */
public final class UnitStore {
    private final DSLContext dsl;

    public UnitStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Unit> all() {
        return dsl.selectFrom(UNIT).orderBy(UNIT.SORT_ORDER, UNIT.ID).fetch(UnitStore::toUnit);
    }

    public Optional<Unit> byId(long id) {
        return dsl.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOptional(UnitStore::toUnit);
    }

    public Optional<Unit> byCode(String code) {
        return dsl.selectFrom(UNIT).where(UNIT.CODE.equalIgnoreCase(code)).fetchOptional(UnitStore::toUnit);
    }

    public Unit insert(Unit u) {
        long id = dsl.insertInto(UNIT)
                .set(UNIT.CODE, u.code())
                .set(UNIT.NAME, u.name())
                .set(UNIT.KIND, u.kind().name())
                .set(UNIT.PARENT_ID, u.parentId())
                .set(UNIT.ACTIVE, u.active())
                .set(UNIT.SORT_ORDER, u.sortOrder())
                .set(UNIT.VERSION, 0)
                .returning(UNIT.ID)
                .fetchOne(UNIT.ID);
        return byId(id).orElseThrow();
    }

    /** Saves name, parent and active state if the row still has {@code u.version()}. */
    public Unit update(Unit u) {
        int rows = dsl.update(UNIT)
                .set(UNIT.NAME, u.name())
                .set(UNIT.PARENT_ID, u.parentId())
                .set(UNIT.ACTIVE, u.active())
                .set(UNIT.VERSION, UNIT.VERSION.plus(1))
                .where(UNIT.ID.eq(u.id()).and(UNIT.VERSION.eq(u.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return byId(u.id()).orElseThrow();
    }

    public void delete(Unit u) {
        Optimistic.requireUpdated(dsl.deleteFrom(UNIT)
                .where(UNIT.ID.eq(u.id()).and(UNIT.VERSION.eq(u.version()))).execute());
    }

    /** How many people, teams, child units, party branches and honours point to a unit. */
    public Usage usage(long unitId) {
        return new Usage(
                dsl.fetchCount(PERSON, PERSON.UNIT_ID.eq(unitId)),
                dsl.fetchCount(TEAM, TEAM.UNIT_ID.eq(unitId)),
                dsl.fetchCount(UNIT, UNIT.PARENT_ID.eq(unitId)),
                dsl.fetchCount(BRANCH, BRANCH.UNIT_ID.eq(unitId)),
                dsl.fetchCount(HONOUR, HONOUR.UNIT_ID.eq(unitId)));
    }

    /**
     * What points to each unit, as {@link #usage} counts it for one, in one query per table (for the tree's commands:
     * a unit in use is not offered for deletion); a unit nothing points to is not in the map.
     */
    public java.util.Map<Long, Usage> usages() {
        java.util.Map<Long, Integer> people = counts(PERSON, PERSON.UNIT_ID);
        java.util.Map<Long, Integer> teams = counts(TEAM, TEAM.UNIT_ID);
        java.util.Map<Long, Integer> children = counts(UNIT, UNIT.PARENT_ID);
        java.util.Map<Long, Integer> branches = counts(BRANCH, BRANCH.UNIT_ID);
        java.util.Map<Long, Integer> honours = counts(HONOUR, HONOUR.UNIT_ID);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        java.util.stream.Stream.of(people, teams, children, branches, honours).forEach(m -> ids.addAll(m.keySet()));
        java.util.Map<Long, Usage> out = new java.util.HashMap<>();
        for (Long id : ids) {
            out.put(id, new Usage(people.getOrDefault(id, 0), teams.getOrDefault(id, 0), children.getOrDefault(id, 0),
                    branches.getOrDefault(id, 0), honours.getOrDefault(id, 0)));
        }
        return out;
    }

    private java.util.Map<Long, Integer> counts(org.jooq.Table<?> table, org.jooq.Field<Long> unitId) {
        org.jooq.Field<Integer> n = org.jooq.impl.DSL.count();
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        dsl.select(unitId, n).from(table).where(unitId.isNotNull()).groupBy(unitId)
                .forEach(r -> out.put(r.get(unitId), r.get(n)));
        return out;
    }

    /** What still points to a unit: people, teams, child units, party branches, honours it received. */
    public record Usage(int people, int teams, int children, int branches, int honours) {
        public boolean any() {
            return people + teams + children + branches + honours > 0;
        }
    }

    static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getCode(), r.getName(), UnitKind.valueOf(r.getKind()), r.getParentId(),
                r.getActive(), r.getSortOrder(), r.getVersion());
    }
}
