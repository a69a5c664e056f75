package org.dianmifeng.console.site;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/**
 * A site of the practice network: the base or a station, of a unit, at an address, with what it offers, its opening
 * hours, its manager (a person, may be empty), its status and the date it was established. {@code id} and
 * {@code version} are null for a site not yet saved.
 */
public record Site(Long id, String code, String name, SiteKind kind, Long unitId, String address,
                   Set<Amenity> amenities, String openingHours, Long managerId, SiteStatus status,
                   LocalDate establishedOn, String notes, Integer version) implements Auditable {
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int OPENING_HOURS_MAX = 100;
    public static final int NOTES_MAX = 1000;
    /** A code is letters, digits and hyphens, e.g. {@code YX-BP-03}. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]+");

    public Site {
        amenities = amenities == null ? Set.of() : Set.copyOf(amenities);
    }

    /** The texts trimmed, blank ones null, the code upper-cased. */
    public Site cleaned() {
        String c = Texts.clean(code);
        return new Site(id, c == null ? null : c.toUpperCase(java.util.Locale.ROOT), Texts.clean(name), kind, unitId,
                Texts.clean(address), amenities, Texts.clean(openingHours), managerId, status, establishedOn,
                Texts.clean(notes), version);
    }

    public Site withStatus(SiteStatus newStatus) {
        return new Site(id, code, name, kind, unitId, address, amenities, openingHours, managerId, newStatus,
                establishedOn, notes, version);
    }

    public Site withVersion(Integer newVersion) {
        return new Site(id, code, name, kind, unitId, address, amenities, openingHours, managerId, status,
                establishedOn, notes, newVersion);
    }

    /**
     * The field checks of a cleaned site, {@code today} the latest date it may have been established: code (letters,
     * digits, hyphens), name, kind, unit, address and status required; lengths; the establishment date not in the
     * future. Uniqueness and whether the unit and manager exist are the service's.
     */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .text("site.code", code, CODE_MAX)
                .text("site.name", name, NAME_MAX)
                .required("site.kind", kind)
                .required("site.unit", unitId)
                .text("site.address", address, ADDRESS_MAX)
                .maxLength("site.openingHours", openingHours, OPENING_HOURS_MAX)
                .required("site.status", status)
                .maxLength("site.notes", notes, NOTES_MAX);
        if (code != null && !checks.has("site.code") && !CODE.matcher(code).matches()) {
            checks.add("site.code", "error.site.codeFormat", code);
        }
        if (establishedOn != null && establishedOn.isAfter(today)) {
            checks.add("site.establishedOn", "error.dateInFuture", today);
        }
        return checks;
    }

    /** e.g. {@code YX-BP-03 丁蜀电蜜蜂驿站}: how audit lines and messages name a site. */
    public String summary() {
        return code + " " + name;
    }

    @Override
    public String auditText() {
        return Auditable.fields("code", code, "name", name, "kind", kind, "unitId", unitId, "address", address,
                "amenities", Amenity.ordered(amenities), "openingHours", openingHours, "managerId", managerId,
                "status", status, "establishedOn", establishedOn, "notes", notes);
    }
}
