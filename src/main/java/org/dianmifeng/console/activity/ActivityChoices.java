package org.dianmifeng.console.activity;

import java.util.List;

/** What the activity form and the list's filters choose from: teams, projects and stations (SITE), by name. */
public record ActivityChoices(List<NamedRef> teams, List<NamedRef> projects, List<NamedRef> sites) {
}
