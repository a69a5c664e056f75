package org.dianmifeng.console.imports;

/**
 * The columns of an import of an activity's roster with hours, as a team's sheet or a volunteer platform's export
 * (志愿汇, 全国志愿服务信息系统) heads them: the activity by its title, date and team, the person by ID number or the
 * console's volunteer number (the name, when given, must be theirs), the hours served and the reason of a late entry.
 */
public enum RosterColumn implements ImportColumn {
    ACTIVITY("activity.title", true, false, "活动名称", "活动主题", "项目名称", "活动标题", "活动", "activity",
            "activity title", "activity name"),
    HELD_ON("hours.servedOn", true, true, "活动日期", "服务日期", "服务时间", "活动时间", "date", "activity date",
            "served on", "service date"),
    TEAM("activity.team", false, false, "服务队", "队伍", "团队", "服务队名称", "志愿服务队", "志愿队伍", "team",
            "team name"),
    NAME("person.name", false, false, "姓名", "志愿者姓名", "名字", "name", "volunteer name", "full name"),
    ID_NUMBER("person.idNumber", false, true, "身份证号", "证件号码", "公民身份号码", "身份证号码", "证件号", "身份证",
            "ID number", "ID no", "resident ID"),
    VOLUNTEER_NO("person.volunteerNo", false, true, "志愿者编号", "志愿者号", "志愿者编码", "volunteer no",
            "volunteer number"),
    HOURS("hours.hours", true, true, "服务时长", "时长", "志愿时长", "服务小时数", "时长小时", "hours served", "hours",
            "service hours"),
    LATE_REASON("hours.lateReason", false, false, "补录原因", "备注", "reason for late entry", "late reason",
            "remarks");

    private final Spec spec;

    RosterColumn(String field, boolean required, boolean text, String... headers) {
        this.spec = new Spec(field, required, text, headers);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
