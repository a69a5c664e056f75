package org.dianmifeng.console.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one form of an audit text, and how it reads. A text is stored language-neutral, as
 * {@code field=value; field=value}: a field is the record's field name, an enum value is written as
 * {@code SimpleName.CONSTANT} ({@code Gender.MALE}), a yes/no as {@code true}/{@code false}, and an id that
 * points at a named record as {@code id name} ({@code unitId=5 宜城街道}, named by {@link Audit} when it writes).
 * It is shown at reading time in the reader's language: a field by its label {@code audit.field.ENTITY.field},
 * else {@code audit.field.field}; an enum value by {@link Messages#label}; an id by its name. A text written
 * in the older form ({@code gender=MALE}, {@code unitId=5}) still reads: a bare constant whose name only one
 * enum of the console uses is shown by that enum's label, anything unknown as stored.
 */
public final class AuditTexts {
    private static final String SEPARATOR = "; ";
    private static final Pattern QUALIFIED = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");
    private static final Pattern REFERENCE = Pattern.compile("(\\d+) (.+)");

    /** The audited entity to the name of its form's field labels ({@code field.FORM.field}). */
    private static final Map<String, String> FORMS = Map.ofEntries(Map.entry("UNIT", "unit"),
            Map.entry("PERSON", "person"), Map.entry("TEAM", "team"), Map.entry("TEAM_MEMBER", "teamMember"),
            Map.entry("ACCOUNT", "account"), Map.entry("BRANCH", "branch"), Map.entry("COMMUNITY", "community"),
            Map.entry("GRID", "grid"), Map.entry("PARTY_MEMBER", "member"), Map.entry("ENROLMENT", "enrolment"),
            Map.entry("COMMUNITY_SERVICE", "service"), Map.entry("FEEDBACK", "feedback"),
            Map.entry("POINT_ENTRY", "points"), Map.entry("APPRAISAL", "appraisal"), Map.entry("SETTING", "rules"),
            Map.entry("AID_CASE", "case"), Map.entry("CHILD", "child"), Map.entry("SITE_VISIT", "casework.visit"),
            Map.entry("PAIRING", "casework.pairing"), Map.entry("RENOVATION_ITEM", "casework.item"),
            Map.entry("CASE_PHOTO", "casework.photo"), Map.entry("FOLLOW_UP", "casework.followUp"),
            Map.entry("HONOUR", "honour"), Map.entry("SITE", "site"), Map.entry("VOLUNTEER", "volunteer"),
            Map.entry("ACTIVITY", "activity"), Map.entry("SERVICE_HOURS", "hours"), Map.entry("PROJECT", "project"));

    /** The fields that held an enum value, written as a bare constant, in texts of the older form. */
    private static final java.util.Set<String> OLD_ENUM_FIELDS = java.util.Set.of("gender", "politicalStatus", "role",
            "kind", "status", "category", "level", "recipientKind", "gridRole", "rating", "scoreGrade",
            "proposedGrade", "grade", "reason", "result");

    private AuditTexts() {
    }

    /** A value as stored: an enum as {@code SimpleName.CONSTANT}, a list by its elements, null as empty. */
    public static String stored(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(AuditTexts::stored).toList());
        }
        return String.valueOf(value);
    }

    /** The fields of a stored text in order, name to value as stored; a part without '=' has an empty name. */
    public static List<Map.Entry<String, String>> parse(String text) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String part : text.split(SEPARATOR)) {
            int eq = part.indexOf('=');
            out.add(eq < 0 ? Map.entry("", part) : Map.entry(part.substring(0, eq), part.substring(eq + 1)));
        }
        return out;
    }

    /** Joins fields back into a stored text. */
    public static String join(List<Map.Entry<String, String>> fields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> f : fields) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(f.getKey().isEmpty() ? "" : f.getKey() + "=").append(f.getValue());
        }
        return sb.toString();
    }

    /** At most this many stored terms stand for one searched text. */
    static final int SEARCH_TERMS_MAX = 40;

    /**
     * What a text searched in the audit log names in the stored, language-neutral form: each enum value whose label
     * in the reader's language contains it ({@code 男} → {@code Gender.MALE}), each field whose label does
     * ({@code 性别} → {@code gender=}) and each note ({@link AuditNote}); empty when the text names none.
     */
    public static List<String> storedTerms(Messages m, String searched) {
        if (searched == null || searched.isBlank()) {
            return List.of();
        }
        String typed = searched.trim().toLowerCase(m.locale());
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        for (String key : java.util.Collections.list(m.bundle().getKeys())) {
            if (!m.bundle().getString(key).toLowerCase(m.locale()).contains(typed)) {
                continue;
            }
            if (key.startsWith("enum.")) {
                terms.add(key.substring("enum.".length()));
            } else if (key.startsWith("field.") || key.startsWith("audit.field.")) {
                terms.add(key.substring(key.lastIndexOf('.') + 1) + "=");
            }
        }
        return terms.stream().limit(SEARCH_TERMS_MAX).toList();
    }

    /** A stored text as {@code label：value}, one field a line, in the reader's language. */
    public static String lines(Messages m, String entity, String text) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> f : parse(text)) {
            String value = value(m, entity, f.getKey(), f.getValue());
            out.add(f.getKey().isEmpty() ? value : m.text("audit.line", field(m, entity, f.getKey()), value));
        }
        return String.join("\n", out);
    }

    /** The summaries a saved group of settings had before it was an {@link AuditNote}, by the note it is now. */
    private static final Map<String, AuditNote> OLD_SETTING_SUMMARIES = Map.of("appraisal", AuditNote.RULES_APPRAISAL,
            "hours", AuditNote.RULES_LATE_ENTRY, "star", AuditNote.RULES_STARS,
            "star.workingDays", AuditNote.RULES_WORKING_DAYS);

    /**
     * The summaries older logs stored for the saved groups of settings whose note is among {@code storedTerms} (as
     * {@link #storedTerms} gives them): the log shows such an entry by its note's label
     * ({@link #summary(Messages, String, String)}), so the text filter that finds the note finds them too, as the
     * whole summary of an entry about {@link Settings#ENTITY}.
     */
    static List<String> olderSettingSummaries(List<String> storedTerms) {
        return OLD_SETTING_SUMMARIES.entrySet().stream().filter(e -> storedTerms.contains(stored(e.getValue())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * A summary of an entry about {@code entity} in the reader's language, as {@link #summary(Messages, String)}; a
     * saved group of settings of an older log, summarised by a bare name, by its note's label.
     */
    public static String summary(Messages m, String entity, String summary) {
        AuditNote old = Settings.ENTITY.equals(entity) && summary != null ? OLD_SETTING_SUMMARIES.get(summary) : null;
        return old != null ? m.label(old) : summary(m, summary);
    }

    /** A summary in the reader's language: each word that is an enum value shown by its label. */
    public static String summary(Messages m, String summary) {
        if (summary == null) {
            return "";
        }
        String[] words = summary.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            // a bare constant (older summaries) only in a change of status: "DR-2026-001 VISITED → APPROVED"
            boolean change = i > 0 && words[i - 1].equals("→") || i + 1 < words.length && words[i + 1].equals("→");
            String label = enumLabel(m, "", change ? "" : null, words[i]);
            if (label != null) {
                words[i] = label;
            }
        }
        return String.join(" ", words);
    }

    /**
     * The label of a field of {@code entity} as its form shows it ({@code field.FORM.field}, an id field by the
     * field it fills: {@code unitId} by {@code field.person.unit}), else the audit log's own label
     * {@code audit.field.field}, else the field name as stored.
     */
    static String field(Messages m, String entity, String name) {
        String form = FORMS.get(entity);
        if (form != null) {
            String bare = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
            String setting = name.substring(name.indexOf('.') + 1);
            for (String key : List.of("field." + form + "." + name, "field." + form + "." + bare,
                    "field." + form + "." + setting)) {
                if (has(m, key)) {
                    return m.text(key);
                }
            }
        }
        String shared = "audit.field." + name;
        return has(m, shared) ? m.text(shared) : name;
    }

    /** A value in the reader's language. */
    static String value(Messages m, String entity, String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (raw.equals("true") || raw.equals("false")) {
            return m.text("audit.value." + raw);
        }
        if (field.endsWith("By") && Session.SYSTEM.equals(raw)) {
            return new UserName(raw, null).shown(m); // who recorded or decided: the console itself as 系统
        }
        Matcher ref = REFERENCE.matcher(raw);
        if (field.endsWith("Id") && ref.matches()) {
            return m.text("audit.reference", ref.group(2), ref.group(1));
        }
        if (raw.contains(", ")) {
            List<String> labels = new ArrayList<>();
            for (String part : raw.split(", ")) {
                String label = enumLabel(m, entity, field, part);
                if (label == null) {
                    return raw;
                }
                labels.add(label);
            }
            return m.list(labels);
        }
        String label = enumLabel(m, entity, field, raw);
        return label == null ? raw : label;
    }

    /**
     * The label of {@code SimpleName.CONSTANT}; or, for a field that held an enum in the older form (null: none),
     * of a bare constant by the entity's and field's enum ({@code UNIT}, {@code kind} → {@code UnitKind}), the
     * field's ({@code gender} → {@code Gender}) or the only enum that names it;
     * else null. A bare word elsewhere (a unit's code "CITY") is left as it is.
     */
    private static String enumLabel(Messages m, String entity, String field, String word) {
        Matcher q = QUALIFIED.matcher(word);
        if (q.matches()) {
            String key = "enum." + q.group(1) + "." + q.group(2);
            return has(m, key) && !m.bundle().getString(key).contains("{") ? m.text(key) : null;
        }
        if (field == null || !(field.isEmpty() || OLD_ENUM_FIELDS.contains(field)) || !CONSTANT.matcher(word).matches()) {
            return null;
        }
        if (!field.isEmpty()) {
            String type = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            StringBuilder owner = new StringBuilder();
            for (String part : entity.toLowerCase(Locale.ROOT).split("_")) {
                owner.append(part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            for (String key : List.of("enum." + owner + type + "." + word, "enum." + type + "." + word)) {
                if (has(m, key)) {
                    return m.text(key);
                }
            }
        }
        String bare = bareConstants(m).get(word);
        if (bare == null && OLD_SHARED_CONSTANTS.containsKey(word)) {
            String key = "enum." + OLD_SHARED_CONSTANTS.get(word) + "." + word;
            return has(m, key) ? m.text(key) : null;
        }
        return bare;
    }

    /**
     * Bare constants of the older form whose name a later enum uses too, with the enum they meant when they were
     * written (APPROVED: a case's status; service hours came later and were written in the qualified form only).
     */
    private static final Map<String, String> OLD_SHARED_CONSTANTS = Map.of("APPROVED", "AidCaseStatus");

    private static final Map<Locale, Map<String, String>> BARE = new HashMap<>();

    /** Bare constant to label, for the constants whose name one enum only uses (with one label). */
    private static synchronized Map<String, String> bareConstants(Messages m) {
        return BARE.computeIfAbsent(m.locale(), l -> {
            Map<String, String> labels = new HashMap<>();
            Map<String, Boolean> unique = new HashMap<>();
            for (String key : m.bundle().keySet()) {
                if (!key.startsWith("enum.")) {
                    continue;
                }
                String constant = key.substring(key.lastIndexOf('.') + 1);
                String label = m.bundle().getString(key);
                if (label.contains("{")) {
                    continue;
                }
                String seen = labels.putIfAbsent(constant, label);
                unique.merge(constant, seen == null || seen.equals(label), Boolean::logicalAnd);
            }
            labels.keySet().removeIf(c -> !unique.get(c));
            return labels;
        });
    }

    private static boolean has(Messages m, String key) {
        return m.bundle().containsKey(key);
    }
}
