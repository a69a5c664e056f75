package org.dianmifeng.console.unit;

import java.util.List;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.jooq.DSLContext;

/** The company tree: every change checked, audited and saved in one transaction. */
public final class UnitService {
    static final String ENTITY = "UNIT";
    private final Database db;
    private final Audit audit;

    public UnitService(Database db, Audit audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Every unit, active or not, in tree order of siblings. Any signed-in role may read the tree. */
    public List<Unit> all(Session who) {
        return db.read(dsl -> new UnitStore(dsl).all());
    }

    /**
     * What points to each unit (people, teams, units below, party branches, honours), for an editor of the tree: a
     * unit in use is not offered for deletion. Units nothing points to are not in the map.
     */
    public java.util.Map<Long, UnitStore.Usage> usages(Session who) {
        who.require(Permission.UNIT_EDIT);
        return db.read(dsl -> new UnitStore(dsl).usages());
    }

    public Unit create(Session who, Unit unit) {
        who.require(Permission.UNIT_EDIT);
        Unit u = new Unit(null, Texts.clean(unit.code()), Texts.clean(unit.name()), unit.kind(), unit.parentId(), true,
                unit.sortOrder(), null);
        u.check().throwIfAny();
        return db.transaction(dsl -> {
            UnitStore store = new UnitStore(dsl);
            store.byCode(u.code()).ifPresent(existing -> {
                throw new ConsoleException("error.unit.codeTaken", u.code(), existing.name());
            });
            if (u.parentId() == null && !store.all().isEmpty()) {
                throw new ConsoleException("error.unit.secondRoot", u.name());
            }
            if (u.parentId() != null) {
                Unit parent = store.byId(u.parentId()).orElseThrow(StaleDataException::new);
                if (!parent.active()) {
                    throw new ConsoleException("error.unit.parentInactive", parent.name());
                }
            }
            Unit saved = store.insert(u);
            audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), saved.name(), null, saved);
            return saved;
        });
    }

    public Unit rename(Session who, Unit unit, String newName) {
        who.require(Permission.UNIT_EDIT);
        Unit renamed = unit.withName(Texts.clean(newName));
        renamed.check().throwIfAny();
        return change(who, unit, renamed);
    }

    /** Hangs a unit under another; never under itself or one of its own descendants. */
    public Unit move(Session who, Unit unit, Long newParentId) {
        who.require(Permission.UNIT_EDIT);
        return db.transaction(dsl -> {
            UnitStore store = new UnitStore(dsl);
            if (newParentId != null) {
                Unit parent = store.byId(newParentId).orElseThrow(StaleDataException::new);
                if (Unit.isDescendantOrSelf(unit.id(), newParentId, store.all())) {
                    throw new ConsoleException("error.unit.moveUnderItself", unit.name(), parent.name());
                }
            } else if (unit.parentId() != null) {
                throw new ConsoleException("error.unit.secondRoot", unit.name());
            }
            return save(dsl, who, unit, unit.withParent(newParentId));
        });
    }

    /** Deactivates a unit; refused while an active unit hangs below it. */
    public Unit setActive(Session who, Unit unit, boolean active) {
        who.require(Permission.UNIT_EDIT);
        return db.transaction(dsl -> {
            if (!active && new UnitStore(dsl).all().stream()
                    .anyMatch(u -> u.active() && unit.id().equals(u.parentId()))) {
                throw new ConsoleException("error.unit.activeChildren", unit.name());
            }
            return save(dsl, who, unit, unit.withActive(active));
        });
    }

    /** Deletes a unit that nothing points to; otherwise says what does and suggests deactivating. */
    public void delete(Session who, Unit unit) {
        who.require(Permission.UNIT_EDIT);
        db.transaction(dsl -> {
            UnitStore store = new UnitStore(dsl);
            UnitStore.Usage usage = store.usage(unit.id());
            if (usage.any()) {
                throw new ConsoleException("error.unit.inUse", unit.name(), usage.people(), usage.teams(),
                        usage.children(), usage.branches(), usage.honours());
            }
            store.delete(unit);
            audit.record(dsl, who, AuditAction.DELETE, ENTITY, unit.id(), unit.name(), unit, null);
            return null;
        });
    }

    private Unit change(Session who, Unit before, Unit after) {
        return db.transaction(dsl -> save(dsl, who, before, after));
    }

    private Unit save(DSLContext dsl, Session who, Unit before, Unit after) {
        Unit saved = new UnitStore(dsl).update(after);
        audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.name(), before, saved);
        return saved;
    }
}
