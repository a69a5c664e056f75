package org.dianmifeng.console.unit;

/** A person as other areas pick and show them: enough to tell two people of the same name apart. */
public record PersonRef(long id, String name, String unitName, String employeeNo, String volunteerNo) {
    /** e.g. {@code 张三（江阴市供电公司 · E1234）}. */
    public String label() {
        String no = employeeNo != null ? employeeNo : volunteerNo;
        return name + "（" + unitName + (no == null ? "" : " · " + no) + "）";
    }
}
