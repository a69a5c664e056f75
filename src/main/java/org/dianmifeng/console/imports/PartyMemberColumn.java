package org.dianmifeng.console.imports;

/**
 * The columns of an import of party members: the person by ID number, the branch by name or code, the dates of
 * joining and of becoming a full member (blank while probationary), and, when the member reported to a community,
 * the community, grid, role in the grid and date reported.
 */
public enum PartyMemberColumn implements ImportColumn {
    NAME("person.name", false, false, "姓名", "名字", "党员姓名", "name", "full name"),
    ID_NUMBER("person.idNumber", true, true, "身份证号", "身份证号码", "公民身份号码", "证件号码", "证件号", "身份证",
            "居民身份证号码", "ID number", "ID no", "resident ID"),
    BRANCH("member.branch", true, false, "所在支部", "支部", "党支部", "支部名称", "所在党支部", "branch", "party branch"),
    JOINED_ON("member.joinedOn", true, true, "入党日期", "入党时间", "joined the party", "joined on"),
    FULL_ON("member.fullOn", false, true, "转正日期", "转正时间", "full member since", "full member on"),
    COMMUNITY("enrolment.community", false, false, "报到社区", "社区", "所在社区", "社区名称", "community"),
    GRID("enrolment.grid", false, false, "网格", "网格名称", "报到网格", "所在网格", "grid"),
    GRID_ROLE("enrolment.role", false, false, "网格职务", "网格角色", "role in the grid", "grid role"),
    REPORTED_ON("enrolment.reportedOn", false, true, "报到日期", "报到时间", "reported on", "date reported");

    private final Spec spec;

    PartyMemberColumn(String field, boolean required, boolean text, String... headers) {
        this.spec = new Spec(field, required, text, headers);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
