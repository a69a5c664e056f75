package org.dianmifeng.console.party;

import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/**
 * A party branch (党支部). A work-unit branch belongs to a unit ({@code unitId}), a community branch to a
 * community ({@code communityId}); the other of the two is empty. {@code secretaryAccountId} links a
 * party-secretary account, which then sees and acts on this branch's members only. {@code id} and
 * {@code version} are null for a branch not yet saved.
 */
public record Branch(Long id, String code, String name, BranchKind kind, Long unitId, Long communityId,
                     String secretaryName, Long secretaryAccountId, Integer version) implements Auditable {
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;
    public static final int SECRETARY_NAME_MAX = 50;

    /** Blanks trimmed, empty text as null, and only the unit or the community its kind needs. */
    public Branch cleaned() {
        return new Branch(id, Texts.clean(code), Texts.clean(name), kind,
                kind == BranchKind.COMMUNITY ? null : unitId, kind == BranchKind.WORK_UNIT ? null : communityId,
                Texts.clean(secretaryName), secretaryAccountId, version);
    }

    /** Field checks of a (cleaned) branch on its own: code, name, kind and the unit or community its kind needs. */
    public Checks check() {
        Checks checks = new Checks()
                .text("branch.code", code, CODE_MAX)
                .text("branch.name", name, NAME_MAX)
                .required("branch.kind", kind)
                .maxLength("branch.secretaryName", secretaryName, SECRETARY_NAME_MAX);
        if (!checks.has("branch.code") && !code.matches("[A-Za-z0-9_-]+")) {
            checks.add("branch.code", "error.unit.codeChars");
        }
        if (kind == BranchKind.WORK_UNIT && unitId == null) {
            checks.add("branch.unit", "error.org.branch.unitRequired");
        }
        if (kind == BranchKind.COMMUNITY && communityId == null) {
            checks.add("branch.community", "error.org.branch.communityRequired");
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("code", code, "name", name, "kind", kind, "unitId", unitId, "communityId", communityId,
                "secretaryName", secretaryName, "secretaryAccountId", secretaryAccountId);
    }
}
