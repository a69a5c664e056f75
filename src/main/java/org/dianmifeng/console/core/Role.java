package org.dianmifeng.console.core;

import java.util.EnumSet;
import java.util.Set;

/** The six roles of the console and what each may do. Every signed-in role may read the registers. */
public enum Role {
    /** Everything but a child's identity, which only case officers see. */
    ADMINISTRATOR(EnumSet.complementOf(EnumSet.of(Permission.CASE_IDENTITY))),
    OFFICE_STAFF(EnumSet.of(Permission.UNIT_EDIT, Permission.PERSON_EDIT, Permission.PERSON_SENSITIVE_VIEW,
            Permission.TEAM_EDIT, Permission.PARTY_ORGANISE, Permission.PARTY_RECORD, Permission.APPRAISAL_EVALUATE,
            Permission.HONOUR_EDIT, Permission.SUMMARY_REPORT, Permission.SITE_EDIT, Permission.VOLUNTEER_EDIT,
            Permission.ACTIVITY_RECORD, Permission.HOURS_APPROVE, Permission.STAR_GRANT, Permission.CERTIFICATE_ISSUE)),
    /** Acts on the members of the branch their account is linked to, nothing else. */
    PARTY_SECRETARY(EnumSet.of(Permission.PARTY_RECORD, Permission.APPRAISAL_EVALUATE, Permission.APPRAISAL_CONFIRM)),
    CASE_OFFICER(EnumSet.of(Permission.CASE_EDIT, Permission.CASE_IDENTITY)),
    VIEWER(EnumSet.of(Permission.SUMMARY_REPORT)),
    /** 服务队队长: records and approves the activities and hours of the one team their account is linked to. */
    TEAM_LEADER(EnumSet.of(Permission.ACTIVITY_RECORD, Permission.HOURS_APPROVE));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }
}
