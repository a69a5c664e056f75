package org.dianmifeng.console.unit;

import org.dianmifeng.console.core.Messages;

/** A person as other areas pick and show them: enough to tell two people of the same name apart. */
public record PersonRef(long id, String name, String unitName, String employeeNo, String volunteerNo) {
    /** e.g. {@code 张三（江阴市供电公司 · E1234）}, {@code 张三 (江阴市供电公司 · E1234)} in English. */
    public String label(Messages messages) {
        String no = employeeNo != null ? employeeNo : volunteerNo;
        return messages.withDetail(name, unitName + (no == null ? "" : " · " + no));
    }
}
