package org.dianmifeng.console.honour;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitStore;

/**
 * Honours and their scanned certificates. Honours are public: every signed-in role reads them and saves a copy of
 * a certificate. Changes need {@link Permission#HONOUR_EDIT}, are checked, audited (entity {@value #ENTITY}) and
 * saved in one transaction each; the same title, year and recipient twice is refused, naming the honour there is.
 */
public final class HonourService {
    public static final String ENTITY = "HONOUR";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public HonourService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today by the service's clock: the latest date, and its year the latest year, an honour may carry. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reading

    /** The honours that pass the filter, newest year first, national first; for every signed-in role. */
    public List<HonourRow> list(Session who, HonourFilter filter) {
        HonourFilter f = filter == null ? HonourFilter.ALL : filter;
        return db.read(dsl -> {
            Set<Long> unitIds = f.unitId() == null ? Set.of()
                    : Unit.selfAndDescendants(f.unitId(), new UnitStore(dsl).all());
            return new HonourStore(dsl).rows(f.year(), f.level()).stream().filter(r -> f.matches(r, unitIds)).toList();
        });
    }

    /** One honour as the list shows it. */
    public HonourRow get(Session who, long honourId) {
        return db.read(dsl -> new HonourStore(dsl).row(honourId)).orElseThrow(StaleDataException::new);
    }

    // ---------------------------------------------------------------- changes

    public Honour create(Session who, Honour honour) {
        who.require(Permission.HONOUR_EDIT);
        Honour h = honour.cleaned().withId(null, null);
        h.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            HonourStore store = new HonourStore(dsl);
            checkRecipientAndDuplicate(store, h);
            Honour saved = store.insert(h);
            audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), saved.summary(), null, saved);
            return saved;
        });
    }

    /** Saves an honour read earlier; refused as stale if someone changed it since ({@code honour.version()}). */
    public Honour update(Session who, Honour honour) {
        who.require(Permission.HONOUR_EDIT);
        Objects.requireNonNull(honour.id(), "update needs a saved honour");
        Honour h = honour.cleaned();
        h.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            HonourStore store = new HonourStore(dsl);
            Honour before = store.byId(h.id()).orElseThrow(StaleDataException::new);
            checkRecipientAndDuplicate(store, h);
            Honour saved = store.update(h);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.summary(), before, saved);
            return saved;
        });
    }

    /** Deletes an honour read earlier, with its certificate. */
    public void delete(Session who, Honour honour) {
        who.require(Permission.HONOUR_EDIT);
        Objects.requireNonNull(honour.id(), "delete needs a saved honour");
        db.transaction(dsl -> {
            HonourStore store = new HonourStore(dsl);
            Honour before = store.byId(honour.id()).orElseThrow(StaleDataException::new);
            store.delete(before.id(), honour.version());
            audit.record(dsl, who, AuditAction.DELETE, ENTITY, before.id(), before.summary(), before, null);
            return null;
        });
    }

    /** The recipient must exist; the same trimmed title, year and recipient as another honour is refused. */
    private static void checkRecipientAndDuplicate(HonourStore store, Honour h) {
        String recipient = store.recipientName(h.recipientKind(), h.recipientId()).orElse(null);
        if (recipient == null) {
            new Checks().add("honour.recipient", "error.honour.recipientMissing", h.recipientKind()).throwIfAny();
        }
        store.same(h.title(), h.year(), h.recipientKind(), h.recipientId())
                .filter(other -> !other.id().equals(h.id()))
                .ifPresent(other -> new Checks().add("honour.title", "error.honour.duplicate", other.title(),
                        String.valueOf(other.year()), recipient, other.level(), other.awardedBy()).throwIfAny());
    }

    // ---------------------------------------------------------------- certificate

    /**
     * Attaches the scanned certificate of an honour, replacing the one it had: a PDF, PNG or JPEG file, not empty and
     * at most 10 MB.
     */
    public void attachCertificate(Session who, long honourId, String fileName, byte[] content) {
        who.require(Permission.HONOUR_EDIT);
        String name = Texts.clean(fileName);
        Checks checks = new Checks().text("honour.certificate", name, HonourCertificate.FILE_NAME_MAX);
        HonourCertificate.Type type = HonourCertificate.typeOf(name);
        if (content == null || content.length == 0) {
            checks.add("honour.certificate", "error.honour.emptyCertificate");
        } else if (content.length > HonourCertificate.BYTES_MAX) {
            checks.add("honour.certificate", "error.honour.certificateTooLarge",
                    HonourCertificate.BYTES_MAX / (1024 * 1024));
        } else if (type == null) {
            checks.add("honour.certificate", "error.honour.certificateType", name);
        } else if (!HonourCertificate.looksLike(type, content)) {
            checks.add("honour.certificate", "error.honour.certificateContent", name, type.name());
        }
        checks.throwIfAny();
        db.transaction(dsl -> {
            HonourStore store = new HonourStore(dsl);
            Honour honour = store.byId(honourId).orElseThrow(StaleDataException::new);
            HonourCertificate before = store.certificate(honourId).orElse(null);
            store.setCertificate(honourId, name, content, LocalDateTime.now(clock), who.username());
            HonourCertificate after = store.certificate(honourId).orElseThrow();
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, honourId, honour.summary(), before,
                    after);
            return null;
        });
    }

    /** Removes the scanned certificate of an honour; refused when none is attached. */
    public void removeCertificate(Session who, long honourId) {
        who.require(Permission.HONOUR_EDIT);
        db.transaction(dsl -> {
            HonourStore store = new HonourStore(dsl);
            Honour honour = store.byId(honourId).orElseThrow(StaleDataException::new);
            HonourCertificate before = store.certificate(honourId)
                    .orElseThrow(() -> new ConsoleException("error.honour.noCertificate", honour.summary()));
            store.removeCertificate(honourId);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, honourId, honour.summary(), before,
                    null);
            return null;
        });
    }

    /** The content of an honour's scanned certificate, for saving a copy (any role); refused when none is attached. */
    public byte[] certificate(Session who, long honourId) {
        return db.read(dsl -> {
            HonourStore store = new HonourStore(dsl);
            Honour honour = store.byId(honourId).orElseThrow(StaleDataException::new);
            return store.certificateContent(honourId)
                    .orElseThrow(() -> new ConsoleException("error.honour.noCertificate", honour.summary()));
        });
    }
}
