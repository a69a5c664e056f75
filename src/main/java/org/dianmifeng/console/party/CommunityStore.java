package org.dianmifeng.console.party;

import org.dianmifeng.console.core.NaturalOrder;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.COMMUNITY_SERVICE;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.GRID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.CommunityRecord;
import org.dianmifeng.console.db.tables.records.GridRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Queries of the COMMUNITY and GRID tables. */
public final class CommunityStore {
    private static final Field<Integer> GRID_COUNT = DSL.field(DSL.selectCount().from(GRID)
            .where(GRID.COMMUNITY_ID.eq(COMMUNITY.ID))).as("GRID_COUNT");
    private static final Field<Integer> COMMUNITY_ENROLLED = DSL.field(DSL.selectCount().from(ENROLMENT)
            .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
            .where(GRID.COMMUNITY_ID.eq(COMMUNITY.ID).and(ENROLMENT.ENDED_ON.isNull()))).as("ENROLLED");
    private static final Field<Integer> GRID_ENROLLED = DSL.field(DSL.selectCount().from(ENROLMENT)
            .where(ENROLMENT.GRID_ID.eq(GRID.ID).and(ENROLMENT.ENDED_ON.isNull()))).as("ENROLLED");

    private final DSLContext dsl;

    public CommunityStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every community with its grid count and active enrolments, by street and name. */
    public List<CommunityRow> rows() {
        return NaturalOrder.sorted(NaturalOrder.sorted(dsl.select(COMMUNITY.fields()).select(GRID_COUNT, COMMUNITY_ENROLLED)
                .from(COMMUNITY)
                .orderBy(COMMUNITY.STREET, COMMUNITY.NAME, COMMUNITY.ID)
                .fetch(r -> new CommunityRow(toCommunity(r.into(COMMUNITY)), r.get(GRID_COUNT), r.get(COMMUNITY_ENROLLED))),
                c -> c.community().name()), c -> c.community().street());
    }

    public Optional<Community> byId(long id) {
        return dsl.selectFrom(COMMUNITY).where(COMMUNITY.ID.eq(id)).fetchOptional(CommunityStore::toCommunity);
    }

    public Optional<Community> byCode(String code) {
        return dsl.selectFrom(COMMUNITY).where(COMMUNITY.CODE.equalIgnoreCase(code))
                .fetchOptional(CommunityStore::toCommunity);
    }

    /** The community of that name in that street, ignoring case and surrounding blanks. */
    public Optional<Community> byName(String street, String name) {
        return dsl.selectFrom(COMMUNITY).where(DSL.trim(COMMUNITY.STREET).equalIgnoreCase(street.strip())
                        .and(DSL.trim(COMMUNITY.NAME).equalIgnoreCase(name.strip())))
                .fetchOptional(CommunityStore::toCommunity);
    }

    public Community insert(Community c) {
        long id = dsl.insertInto(COMMUNITY)
                .set(values(c))
                .set(COMMUNITY.VERSION, 0)
                .returning(COMMUNITY.ID)
                .fetchOne(COMMUNITY.ID);
        return byId(id).orElseThrow();
    }

    public Community update(Community c) {
        Optimistic.requireUpdated(dsl.update(COMMUNITY)
                .set(values(c))
                .set(COMMUNITY.VERSION, COMMUNITY.VERSION.plus(1))
                .where(COMMUNITY.ID.eq(c.id()).and(COMMUNITY.VERSION.eq(c.version())))
                .execute());
        return byId(c.id()).orElseThrow();
    }

    /** The columns a community's fields go into, for both insert and update. */
    private static Map<Field<?>, Object> values(Community c) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(COMMUNITY.CODE, c.code());
        v.put(COMMUNITY.NAME, c.name());
        v.put(COMMUNITY.STREET, c.street());
        return v;
    }

    public void delete(Community c) {
        Optimistic.requireUpdated(dsl.deleteFrom(COMMUNITY)
                .where(COMMUNITY.ID.eq(c.id()).and(COMMUNITY.VERSION.eq(c.version()))).execute());
    }

    /** What points to a community: its grids, branches and community-service records. */
    public References references(long communityId) {
        return new References(
                dsl.fetchCount(GRID, GRID.COMMUNITY_ID.eq(communityId)),
                dsl.fetchCount(BRANCH, BRANCH.COMMUNITY_ID.eq(communityId)),
                dsl.fetchCount(COMMUNITY_SERVICE, COMMUNITY_SERVICE.COMMUNITY_ID.eq(communityId)));
    }

    public record References(int grids, int branches, int services) {
        public boolean any() {
            return grids + branches + services > 0;
        }
    }

    /** The grids of a community (or of every community for null), in clear, by name. */
    public List<GridRow> grids(Long communityId) {
        return gridsWhere(communityId == null ? DSL.noCondition() : GRID.COMMUNITY_ID.eq(communityId));
    }

    public Optional<GridRow> gridRow(long gridId) {
        return gridsWhere(GRID.ID.eq(gridId)).stream().findFirst();
    }

    private List<GridRow> gridsWhere(Condition condition) {
        return NaturalOrder.sorted(NaturalOrder.sorted(dsl.select(GRID.fields()).select(COMMUNITY.NAME, GRID_ENROLLED)
                .from(GRID).join(COMMUNITY).on(COMMUNITY.ID.eq(GRID.COMMUNITY_ID))
                .where(condition)
                .orderBy(COMMUNITY.NAME, GRID.NAME, GRID.ID)
                .fetch(r -> new GridRow(toGrid(r.into(GRID)), r.get(COMMUNITY.NAME), r.get(GRID_ENROLLED))),
                g -> g.grid().name()), GridRow::communityName);
    }

    public Optional<Grid> grid(long id) {
        return dsl.selectFrom(GRID).where(GRID.ID.eq(id)).fetchOptional(CommunityStore::toGrid);
    }

    /** The grid of that name in the community, ignoring case and surrounding blanks. */
    public Optional<Grid> gridByName(long communityId, String name) {
        return dsl.selectFrom(GRID).where(GRID.COMMUNITY_ID.eq(communityId)
                .and(DSL.trim(GRID.NAME).equalIgnoreCase(name.strip()))).fetchOptional(CommunityStore::toGrid);
    }

    public Grid insertGrid(Grid g) {
        long id = dsl.insertInto(GRID)
                .set(values(g))
                .set(GRID.VERSION, 0)
                .returning(GRID.ID)
                .fetchOne(GRID.ID);
        return grid(id).orElseThrow();
    }

    public Grid updateGrid(Grid g) {
        Optimistic.requireUpdated(dsl.update(GRID)
                .set(values(g))
                .set(GRID.VERSION, GRID.VERSION.plus(1))
                .where(GRID.ID.eq(g.id()).and(GRID.VERSION.eq(g.version())))
                .execute());
        return grid(g.id()).orElseThrow();
    }

    /** The columns a grid's fields go into, for both insert and update. */
    private static Map<Field<?>, Object> values(Grid g) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(GRID.COMMUNITY_ID, g.communityId());
        v.put(GRID.NAME, g.name());
        v.put(GRID.LEADER_NAME, g.leaderName());
        v.put(GRID.LEADER_PHONE, g.leaderPhone());
        return v;
    }

    public void deleteGrid(Grid g) {
        Optimistic.requireUpdated(dsl.deleteFrom(GRID)
                .where(GRID.ID.eq(g.id()).and(GRID.VERSION.eq(g.version()))).execute());
    }

    /** All enrolments in a grid, ended ones included. */
    public int enrolmentCount(long gridId) {
        return dsl.fetchCount(ENROLMENT, ENROLMENT.GRID_ID.eq(gridId));
    }

    static Community toCommunity(CommunityRecord r) {
        return new Community(r.getId(), r.getCode(), r.getName(), r.getStreet(), r.getVersion());
    }

    static Grid toGrid(GridRecord r) {
        return new Grid(r.getId(), r.getCommunityId(), r.getName(), r.getLeaderName(), r.getLeaderPhone(),
                r.getVersion());
    }
}
