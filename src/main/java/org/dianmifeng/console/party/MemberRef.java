package org.dianmifeng.console.party;

import org.dianmifeng.console.core.Messages;

/** A party member as the party screens list and pick them. */
public record MemberRef(long id, long personId, String name, String unitName, long branchId, String branchName) {
    /** e.g. {@code 张三（宜兴市供电公司 · 运检党支部）}, {@code 张三 (宜兴市供电公司 · 运检党支部)} in English. */
    public String label(Messages messages) {
        return messages.withDetail(name, unitName + " · " + branchName);
    }
}
