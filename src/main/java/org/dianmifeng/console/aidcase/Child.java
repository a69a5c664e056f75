package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import java.util.Optional;
import org.dianmifeng.console.core.AuditNote;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Phones;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Texts;

/**
 * The child of a Dream Room case. Name, gender, birth date, ID number, school and grade, village or community
 * (村（社区）), address and the guardian are identity data of a minor: only case officers see them, after a
 * reveal ({@link org.dianmifeng.console.core.Masking}). Township, eligibility category and the consent record
 * are not identity. The scanned consent document is stored
 * apart ({@link AidCaseService#attachConsentDocument}); {@code consentDocName} is its file name. {@code id} and
 * {@code version} are null for a child not yet saved.
 */
public record Child(Long id, String name, Gender gender, LocalDate birthDate, String idNumber, String school,
                   String schoolGrade, String township, String community, String address, EligibilityCategory category,
                   String categoryNote, String guardianName, String guardianRelation, String guardianPhone,
                   LocalDate consentOn, String consentScope, String consentBy, String consentDocName, Integer version)
        implements Auditable {
    public static final int NAME_MAX = 50;
    public static final int SCHOOL_MAX = 100;
    public static final int GRADE_MAX = 20;
    public static final int TOWNSHIP_MAX = 50;
    public static final int COMMUNITY_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int NOTE_MAX = 500;
    public static final int GUARDIAN_NAME_MAX = 50;
    public static final int RELATION_MAX = 20;
    public static final int CONSENT_SCOPE_MAX = 200;
    public static final int CONSENT_BY_MAX = 40;
    public static final int DOC_NAME_MAX = 200;
    /** The file types a scanned consent may have. */
    public static final java.util.List<String> CONSENT_DOC_TYPES = java.util.List.of("pdf", "jpg", "jpeg", "png");
    /** The programme is for minors: a child must be under this age. */
    public static final int AGE_LIMIT = 18;

    /** Blanks trimmed, empty text as null, ID upper-cased, phone without spaces or dashes. */
    public Child cleaned() {
        return new Child(id, Texts.clean(name), gender, birthDate, Texts.clean(ResidentId.normalize(idNumber)),
                Texts.clean(school), Texts.clean(schoolGrade), Texts.clean(township), Texts.clean(community),
                Texts.clean(address), category, Texts.clean(categoryNote), Texts.clean(guardianName),
                Texts.clean(guardianRelation), Texts.clean(Phones.normalize(guardianPhone)), consentOn,
                Texts.clean(consentScope), Texts.clean(consentBy), Texts.clean(consentDocName), version);
    }

    /**
     * Field checks of a (cleaned) child referred on {@code referredOn}, as of {@code today}: under 18 on both
     * days (else outside this programme), an ID number that is valid and agrees with birth date and gender,
     * a mainland mobile for the guardian, a consent not dated in the future. No message names the child.
     */
    public Checks check(LocalDate referredOn, LocalDate today) {
        Checks checks = new Checks()
                .text("child.name", name, NAME_MAX)
                .required("child.gender", gender)
                .required("child.birthDate", birthDate)
                .maxLength("child.school", school, SCHOOL_MAX)
                .maxLength("child.schoolGrade", schoolGrade, GRADE_MAX)
                .text("child.township", township, TOWNSHIP_MAX)
                .maxLength("child.community", community, COMMUNITY_MAX)
                .maxLength("child.address", address, ADDRESS_MAX)
                .required("child.category", category)
                .maxLength("child.categoryNote", categoryNote, NOTE_MAX)
                .maxLength("child.guardianName", guardianName, GUARDIAN_NAME_MAX)
                .maxLength("child.guardianRelation", guardianRelation, RELATION_MAX)
                .maxLength("child.consentScope", consentScope, CONSENT_SCOPE_MAX)
                .maxLength("child.consentBy", consentBy, CONSENT_BY_MAX)
                .maxLength("child.consentDocName", consentDocName, DOC_NAME_MAX);
        if (birthDate != null) {
            if (birthDate.isAfter(today)) {
                checks.add("child.birthDate", "error.case.child.bornInFuture");
            } else if (referredOn != null && isAdultOn(referredOn)) {
                checks.add("child.birthDate", "error.case.child.adult", referredOn.toString());
            } else if (isAdultOn(today)) {
                checks.add("child.birthDate", "error.case.child.adult", today.toString());
            }
        }
        if (idNumber != null) {
            Optional<String> idProblem = ResidentId.problem(idNumber, today);
            if (idProblem.isPresent()) {
                checks.add("child.idNumber", idProblem.get());
            } else {
                LocalDate inId = ResidentId.birthDate(idNumber).orElseThrow();
                if (birthDate != null && !birthDate.equals(inId)) {
                    checks.add("child.birthDate", "error.case.child.idBirthDate");
                }
                if (gender != null && gender != ResidentId.gender(idNumber)) {
                    checks.add("child.gender", ResidentId.gender(idNumber) == Gender.MALE
                            ? "error.person.idGenderMale" : "error.person.idGenderFemale");
                }
            }
        }
        Phones.problem(guardianPhone).ifPresent(key -> checks.add("child.guardianPhone", key, guardianPhone.length()));
        if (consentOn != null && consentOn.isAfter(today)) {
            checks.add("child.consentOn", "error.case.child.consentInFuture");
        }
        if (consentOn != null && consentScope == null) {
            checks.add("child.consentScope", "error.required");
        }
        return checks;
    }

    /** Whether the child is 18 or older on {@code day}. */
    public boolean isAdultOn(LocalDate day) {
        return AgeBand.of(birthDate, day).isEmpty();
    }

    /** Whether a guardian's consent is on record. */
    public boolean hasConsent() {
        return consentOn != null;
    }

    public Child withId(Long newId, Integer newVersion) {
        return new Child(newId, name, gender, birthDate, idNumber, school, schoolGrade, township, community, address,
                category, categoryNote, guardianName, guardianRelation, guardianPhone, consentOn, consentScope,
                consentBy, consentDocName, newVersion);
    }

    public Child withConsentDocName(String docName) {
        return new Child(id, name, gender, birthDate, idNumber, school, schoolGrade, township, community, address,
                category, categoryNote, guardianName, guardianRelation, guardianPhone, consentOn, consentScope,
                consentBy, docName, version);
    }

    /** Never the identity, so that a log line or a message that prints a child cannot leak it. */
    @Override
    public String toString() {
        return "Child[id=" + id + ", identity hidden]";
    }

    /** The audit text holds no identity (not the village either): only what everyone may see. */
    @Override
    public String auditText() {
        return Auditable.fields("township", township, "category", category,
                "consentOn", consentOn, "consentScope", consentScope, "consentBy", consentBy,
                "consentDoc", consentDocName != null, "identity", AuditNote.HIDDEN);
    }

    /** Whether {@code fileName} ends in one of {@link #CONSENT_DOC_TYPES} (any case). */
    public static boolean isConsentDocumentType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return CONSENT_DOC_TYPES.stream().anyMatch(t -> lower.endsWith("." + t));
    }
}
