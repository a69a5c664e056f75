package org.dianmifeng.console.party;

import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/** A community (社区) with its street or township. {@code id} and {@code version} are null for one not yet saved. */
public record Community(Long id, String code, String name, String street, Integer version) implements Auditable {
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 100;
    public static final int STREET_MAX = 100;

    public Community cleaned() {
        return new Community(id, Texts.clean(code), Texts.clean(name), Texts.clean(street), version);
    }

    /** Code of letters, digits, underscore and hyphen; a name; a street or township. */
    public Checks check() {
        Checks checks = new Checks()
                .text("community.code", code, CODE_MAX)
                .text("community.name", name, NAME_MAX)
                .text("community.street", street, STREET_MAX);
        if (!checks.has("community.code") && !code.matches("[A-Za-z0-9_-]+")) {
            checks.add("community.code", "error.unit.codeChars");
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("code", code, "name", name, "street", street);
    }
}
