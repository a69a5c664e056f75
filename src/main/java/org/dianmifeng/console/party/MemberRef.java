package org.dianmifeng.console.party;

/** A party member as the party screens list and pick them. */
public record MemberRef(long id, long personId, String name, String unitName, long branchId, String branchName) {
    /** e.g. {@code 张三（宜兴市供电公司 · 运检党支部）}. */
    public String label() {
        return name + "（" + unitName + " · " + branchName + "）";
    }
}
