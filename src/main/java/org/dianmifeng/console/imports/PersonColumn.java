package org.dianmifeng.console.imports;

/**
 * The columns of an import of people, each with the form's field it fills and the header names offices give it, in
 * Chinese and English.
 */
public enum PersonColumn implements ImportColumn {
    NAME("person.name", true, "姓名", "名字", "人员姓名", "name", "full name"),
    GENDER("person.gender", false, "性别", "gender", "sex"),
    BIRTH_DATE("person.birthDate", false, "出生日期", "出生年月日", "生日", "birth date", "date of birth", "birthday"),
    ID_NUMBER("person.idNumber", true, "身份证号", "身份证号码", "公民身份号码", "证件号码", "证件号", "身份证",
            "居民身份证号码", "ID number", "ID no", "resident ID"),
    MOBILE("person.mobile", false, "手机号", "手机", "手机号码", "联系电话", "电话", "联系方式", "移动电话", "mobile",
            "mobile phone", "phone"),
    UNIT("person.unit", true, "单位", "所在单位", "工作单位", "单位名称", "单位编码", "部门", "unit", "unit code"),
    EMPLOYEE_NO("person.employeeNo", false, "员工编号", "工号", "员工号", "职工编号", "employee no", "employee number"),
    POLITICAL_STATUS("person.politicalStatus", true, "政治面貌", "political status"),
    VOLUNTEER_NO("person.volunteerNo", false, "志愿者编号", "志愿者号", "志愿者证号", "志愿汇编号", "volunteer no",
            "volunteer number"),
    SKILLS("person.skills", false, "特长", "专长", "技能特长", "skills"),
    NOTES("person.notes", false, "备注", "notes", "remarks");

    private final Spec spec;

    /**
     * {@code field}: the form's field, as {@code field.<field>} labels it and {@link org.dianmifeng.console.core.Checks}
     * names it; {@code required}: a file without this column cannot be imported (gender and birth date follow from the
     * ID number).
     */
    PersonColumn(String field, boolean required, String... headers) {
        this.spec = new Spec(field, required, text(field), headers);
    }

    /** ID numbers, mobiles, employee and volunteer numbers and the birth date are formatted as text in the template. */
    private static boolean text(String field) {
        return switch (field) {
            case "person.idNumber", "person.mobile", "person.employeeNo", "person.volunteerNo", "person.birthDate" ->
                    true;
            default -> false;
        };
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
