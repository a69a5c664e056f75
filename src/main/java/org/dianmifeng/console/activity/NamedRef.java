package org.dianmifeng.console.activity;

/** A team, project or station as the activity form and the filters offer it. */
public record NamedRef(long id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
