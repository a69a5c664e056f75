package org.dianmifeng.console.imports;

import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ServiceHours;
import org.dianmifeng.console.core.Auditable;

/**
 * A row of an import of a roster: the team's name, the person's name, ID number and volunteer number as the file
 * gives them (the name as the register has it once the row is decided), the activity found (null when none is) and
 * the hours the row enters (its person and state known once the row is decided).
 */
public record ImportedHours(String team, String name, String idNumber, String volunteerNo, Activity activity,
                            ServiceHours hours) implements Auditable {
    ImportedHours with(String personName, ServiceHours newHours) {
        return new ImportedHours(team, personName, idNumber, volunteerNo, activity, newHours);
    }

    @Override
    public String auditText() {
        return hours.auditText();
    }
}
