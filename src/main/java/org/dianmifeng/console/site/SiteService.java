package org.dianmifeng.console.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitStore;

/**
 * The practice network: the base and its stations. Every signed-in role reads the sites and their figures; changes
 * need {@link Permission#SITE_EDIT}, are checked (code and name unique, the unit and the manager exist, an address,
 * established not in the future), audited (entity {@value #ENTITY}) and saved in one transaction each, refused as
 * stale when someone changed the site since it was read.
 */
public final class SiteService {
    public static final String ENTITY = "SITE";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public SiteService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today by the service's clock: the latest establishment date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reading

    /**
     * The sites that pass the filter, the base first, with their figures from {@code from} to {@code to} (both
     * included): activities held there, distinct volunteers serving and approved hours.
     */
    public List<SiteRow> list(Session who, SiteFilter filter, LocalDate from, LocalDate to) {
        SiteFilter f = filter == null ? SiteFilter.ALL : filter;
        checkPeriod(from, to);
        return db.read(dsl -> {
            Set<Long> unitIds = f.unitId() == null ? Set.of()
                    : Unit.selfAndDescendants(f.unitId(), new UnitStore(dsl).all());
            return new SiteStore(dsl).rows(from, to).stream().filter(r -> f.matches(r, unitIds)).toList();
        });
    }

    /** One site with its figures of the period. */
    public SiteRow get(Session who, long siteId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return db.read(dsl -> new SiteStore(dsl).row(siteId, from, to)).orElseThrow(StaleDataException::new);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ConsoleException("error.site.period", from, to);
        }
    }

    // ---------------------------------------------------------------- changes

    public Site create(Session who, Site site) {
        who.require(Permission.SITE_EDIT);
        Site s = new Site(null, site.code(), site.name(), site.kind(), site.unitId(), site.address(), site.amenities(),
                site.openingHours(), site.managerId(), site.status() == null ? SiteStatus.OPEN : site.status(),
                site.establishedOn(), site.notes(), null).cleaned();
        s.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            SiteStore store = new SiteStore(dsl);
            checkReferences(store, s);
            Site saved = store.insert(s);
            audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), saved.summary(), null, saved);
            return saved;
        });
    }

    /** Saves a site read earlier (its status too); refused as stale if someone changed it since. */
    public Site update(Session who, Site site) {
        who.require(Permission.SITE_EDIT);
        Objects.requireNonNull(site.id(), "update needs a saved site");
        Site s = site.cleaned();
        s.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            SiteStore store = new SiteStore(dsl);
            Site before = store.byId(s.id()).orElseThrow(StaleDataException::new);
            checkReferences(store, s);
            Site saved = store.update(s);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.summary(), before, saved);
            return saved;
        });
    }

    /** Closes a site read earlier; its activities and figures stay. Refused when it is closed already. */
    public Site close(Session who, Site site) {
        who.require(Permission.SITE_EDIT);
        return db.transaction(dsl -> {
            SiteStore store = new SiteStore(dsl);
            Site before = store.byId(site.id()).orElseThrow(StaleDataException::new);
            if (before.status() == SiteStatus.CLOSED) {
                throw new ConsoleException("error.site.closedAlready", before.name());
            }
            Site saved = store.update(before.withStatus(SiteStatus.CLOSED).withVersion(site.version()));
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.summary(), before, saved);
            return saved;
        });
    }

    /** Code and name unique (the rule shown beside the field), the unit there, the manager a person of the registry. */
    private static void checkReferences(SiteStore store, Site s) {
        Checks checks = new Checks();
        store.byCode(s.code()).filter(other -> !other.id().equals(s.id()))
                .ifPresent(other -> checks.add("site.code", "error.site.codeTaken", other.code(), other.name()));
        store.byName(s.name()).filter(other -> !other.id().equals(s.id()))
                .ifPresent(other -> checks.add("site.name", "error.site.nameTaken", other.name(), other.code()));
        if (!store.unitExists(s.unitId())) {
            checks.add("site.unit", "error.site.unitMissing");
        }
        if (s.managerId() != null && !store.personExists(s.managerId())) {
            checks.add("site.manager", "error.site.managerMissing");
        }
        checks.throwIfAny();
    }
}
