package org.dianmifeng.console.star;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * The approved hours at which a volunteer reaches one to five stars (星级志愿者), a setting: by default the national
 * 100 / 300 / 600 / 1000 / 1500 hours. A volunteer with {@code h} cumulative approved hours has reached every level
 * whose threshold is at most {@code h} (100.0 hours is one star, 99.9 is none).
 */
public record StarThresholds(List<BigDecimal> hours) implements Auditable {
    /** The number of levels: one to five stars. */
    public static final int LEVELS = 5;
    public static final StarThresholds DEFAULT = of("100", "300", "600", "1000", "1500");
    /** The largest threshold a setting may hold (the hours column holds up to 9,999,999.9). */
    public static final BigDecimal MAX = new BigDecimal("99999");
    static final String SETTING = "star.threshold.";

    /** {@code hours} may hold a null for a threshold not given ({@link #check} requires it). */
    public StarThresholds {
        hours = java.util.Collections.unmodifiableList(new ArrayList<>(hours));
    }

    public static StarThresholds of(String... hours) {
        List<BigDecimal> list = new ArrayList<>();
        for (String h : hours) {
            list.add(new BigDecimal(h));
        }
        return new StarThresholds(list);
    }

    /** The field of the hours of {@code stars} (1..5) that {@link #check} names a problem of. */
    public static String field(int stars) {
        return SETTING + stars;
    }

    /** The hours of {@code stars} (1..5). */
    public BigDecimal of(int stars) {
        return hours.get(stars - 1);
    }

    /** The highest level {@code total} approved hours reach: 0 (none) to 5. */
    public int levelFor(BigDecimal total) {
        int level = 0;
        for (int s = 1; s <= hours.size(); s++) {
            if (total.compareTo(of(s)) >= 0) {
                level = s;
            }
        }
        return level;
    }

    /**
     * Five thresholds, each a positive number of hours with at most one decimal, up to {@link #MAX}, each more than
     * the one before (field {@code star.threshold.N}).
     */
    public Checks check() {
        Checks checks = new Checks();
        if (hours.size() != LEVELS) {
            checks.add(SETTING + "1", "error.star.thresholdCount", LEVELS);
            return checks;
        }
        for (int s = 1; s <= LEVELS; s++) {
            BigDecimal h = of(s);
            String field = field(s);
            if (h == null) {
                checks.add(field, "error.required");
            } else if (h.signum() <= 0 || h.compareTo(MAX) > 0 || h.stripTrailingZeros().scale() > 1) {
                checks.add(field, "error.star.thresholdRange", s, MAX.toPlainString());
            } else if (s > 1 && of(s - 1) != null && h.compareTo(of(s - 1)) <= 0) {
                checks.add(field, "error.star.thresholdOrder", s, h.toPlainString(), s - 1, of(s - 1).toPlainString());
            }
        }
        return checks;
    }

    /** The thresholds stored as settings ({@code star.threshold.1} .. {@code .5}), missing or unreadable ones by default. */
    static StarThresholds from(Function<String, String> setting) {
        List<BigDecimal> list = new ArrayList<>();
        for (int s = 1; s <= LEVELS; s++) {
            String v = setting.apply(SETTING + s);
            BigDecimal h;
            try {
                h = v == null ? DEFAULT.of(s) : new BigDecimal(v.strip());
            } catch (NumberFormatException e) {
                h = DEFAULT.of(s);
            }
            list.add(h);
        }
        return new StarThresholds(list);
    }

    Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int s = 1; s <= LEVELS; s++) {
            out.put(SETTING + s, of(s).toPlainString());
        }
        return out;
    }

    @Override
    public String auditText() {
        List<Object> fields = new ArrayList<>();
        for (int s = 1; s <= hours.size(); s++) {
            fields.add("stars" + s);
            fields.add(of(s).toPlainString());
        }
        return Auditable.fields(fields.toArray());
    }
}
