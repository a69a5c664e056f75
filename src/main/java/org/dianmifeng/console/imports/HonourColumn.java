package org.dianmifeng.console.imports;

/**
 * The columns of an import of honours: title, level, category, awarding body, year, date, the recipient's kind and
 * name (a unit by name or code, a team by name, a person by ID number or by a name only one person has), the
 * certificate number and notes.
 */
public enum HonourColumn implements ImportColumn {
    TITLE("honour.title", true, false, "荣誉名称", "荣誉称号", "奖项名称", "荣誉", "title", "honour"),
    LEVEL("honour.level", true, false, "级别", "荣誉级别", "level"),
    CATEGORY("honour.category", false, false, "类别", "荣誉类别", "category"),
    AWARDED_BY("honour.awardedBy", true, false, "授予单位", "颁发单位", "授奖单位", "awarded by"),
    YEAR("honour.year", true, true, "年度", "年份", "获奖年度", "year"),
    AWARDED_ON("honour.awardedOn", false, true, "授予日期", "颁发日期", "获奖日期", "date awarded", "awarded on"),
    RECIPIENT_KIND("honour.recipientKind", true, false, "获得者类型", "获奖类型", "获奖对象类型", "recipient type",
            "recipient kind"),
    RECIPIENT("honour.recipient", true, false, "获得者", "获奖者", "获奖对象", "获得者名称", "recipient"),
    CERTIFICATE_NO("honour.certificateNo", false, true, "证书编号", "证书号", "certificate no", "certificate number"),
    NOTES("honour.notes", false, false, "备注", "notes", "remarks");

    private final Spec spec;

    HonourColumn(String field, boolean required, boolean text, String... headers) {
        this.spec = new Spec(field, required, text, headers);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
