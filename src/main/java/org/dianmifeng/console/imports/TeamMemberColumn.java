package org.dianmifeng.console.imports;

/** The columns of an import of team members: the team by its name, the person by ID number, role and joined date. */
public enum TeamMemberColumn implements ImportColumn {
    TEAM("teamMember.team", true, false, "服务队", "队伍", "志愿服务队", "服务队名称", "队伍名称", "所在服务队", "team",
            "team name"),
    NAME("person.name", false, false, "姓名", "名字", "人员姓名", "name", "full name"),
    ID_NUMBER("person.idNumber", true, true, "身份证号", "身份证号码", "公民身份号码", "证件号码", "证件号", "身份证",
            "居民身份证号码", "ID number", "ID no", "resident ID"),
    ROLE("teamMember.role", true, false, "队内职务", "职务", "队内角色", "角色", "role in team", "role"),
    JOINED_ON("teamMember.joinedOn", true, true, "入队日期", "加入日期", "入队时间", "joined on", "joined", "date joined");

    private final Spec spec;

    TeamMemberColumn(String field, boolean required, boolean text, String... headers) {
        this.spec = new Spec(field, required, text, headers);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
