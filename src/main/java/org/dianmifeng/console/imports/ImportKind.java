package org.dianmifeng.console.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;

/**
 * What an import brings in, each with its columns, the name the command line gives it, the permission its form
 * needs and the table whose records it adds or changes (as the history keeps them for undo).
 */
public enum ImportKind {
    PEOPLE("people", Permission.PERSON_EDIT, PersonColumn.values()),
    TEAM_MEMBERS("team-members", Permission.TEAM_EDIT, TeamMemberColumn.values()),
    PARTY_MEMBERS("party-members", Permission.PARTY_ORGANISE, PartyMemberColumn.values()),
    HONOURS("honours", Permission.HONOUR_EDIT, HonourColumn.values()),
    ACTIVITY_ROSTER("activity-roster", Permission.ACTIVITY_RECORD, RosterColumn.values());

    private final String command;
    private final Permission permission;
    private final List<ImportColumn> columns;

    ImportKind(String command, Permission permission, ImportColumn[] columns) {
        this.command = command;
        this.permission = permission;
        this.columns = List.of(columns);
    }

    /** {@code import team-members FILE}: the kind as the command line names it. */
    public String command() {
        return command;
    }

    /** What a user needs to import this kind: the permission of its form. */
    public Permission permission() {
        return permission;
    }

    /** The columns, in the template's order. */
    public List<ImportColumn> columns() {
        return columns;
    }

    /** The column a header names, if any. */
    public Optional<ImportColumn> byHeader(String header) {
        String key = Values.headerKey(header);
        return key.isEmpty() ? Optional.empty() : columns.stream().filter(c -> c.named(key)).findFirst();
    }

    /** The column of this kind with a {@link ImportColumn#name() name}, as a remembered mapping writes it. */
    public Optional<ImportColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The column that fills a field, if any: an error's field names its column. */
    public Optional<ImportColumn> byField(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** The kinds a user may import (those whose form's permission they have), in order. */
    public static List<ImportKind> allowed(Session who) {
        return Arrays.stream(values()).filter(k -> who.can(k.permission)).toList();
    }

    /** The kind a command line names ({@code people}, {@code team-members}, …). */
    public static Optional<ImportKind> byCommand(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ImportKind k : values()) {
            if (k.command.equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
