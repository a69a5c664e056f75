package org.dianmifeng.console.activity;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/**
 * A project that activities belong to (蜜蜂行动·文明故事计划, 点亮书桌 照亮梦想, …), run by a unit, under a brand. {@code id} and
 * {@code version} are null for a project not yet saved.
 */
public record Project(Long id, String name, Long unitId, String brand, LocalDate startedOn, LocalDate endedOn,
                      String description, boolean active, Integer version) implements Auditable {
    public static final int NAME_MAX = 100;
    public static final int BRAND_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;

    public Project cleaned() {
        return new Project(id, Texts.clean(name), unitId, Texts.clean(brand), startedOn, endedOn,
                Texts.clean(description), active, version);
    }

    /** Name and unit required; the end not before the start. */
    public Checks check() {
        Checks checks = new Checks()
                .text("project.name", name, NAME_MAX)
                .required("project.unit", unitId)
                .maxLength("project.brand", brand, BRAND_MAX)
                .maxLength("project.description", description, DESCRIPTION_MAX);
        if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
            checks.add("project.endedOn", "error.project.endBeforeStart", startedOn);
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("name", name, "unitId", unitId, "brand", brand, "startedOn", startedOn,
                "endedOn", endedOn, "description", description, "active", active);
    }
}
