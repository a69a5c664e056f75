package org.dianmifeng.console.party.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.party.AppraisalRules;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.PartySettings;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The settings of the appraisal and of points ({@link AppraisalRules}) as a form: the grades in use
 * with their thresholds, the weights, the rules and points per hour. Text that is no number is named
 * beside its field before anything is sent; the rules' own checks come back beside their fields too.
 * Save writes every setting in one audited transaction; Reset fills in the defaults without saving.
 */
public final class AppraisalSettingsViewModel extends ViewModel {
    private static final String GRADES = "rules.grades";
    private static final String THRESHOLD = "rules.threshold.";
    private static final String UNIT_WEIGHT = "rules.unitWeight";
    private static final String SHARE = "rules.excellentShare";
    private static final String POINTS = "rules.pointsPerHour";

    private final PartySettings settings;
    private final FieldErrors errors;
    private final Map<Grade, BooleanProperty> inUse = new EnumMap<>(Grade.class);
    private final Map<Grade, StringProperty> thresholds = new EnumMap<>(Grade.class);
    private final ObjectBinding<Grade> lowest;
    private final StringProperty unitWeight = new SimpleStringProperty("");
    private final StringBinding communityWeight;
    private final BooleanProperty excellentCap = new SimpleBooleanProperty();
    private final StringProperty excellentShare = new SimpleStringProperty("");
    private final BooleanProperty neverReportedCap = new SimpleBooleanProperty();
    private final BooleanProperty unqualifiedNeedsReason = new SimpleBooleanProperty();
    private final StringProperty pointsPerHour = new SimpleStringProperty("");

    public AppraisalSettingsViewModel(UiContext ctx, PartySettings settings) {
        super(ctx);
        this.settings = settings;
        this.errors = new FieldErrors(ctx.messages());
        for (Grade g : Grade.values()) {
            inUse.put(g, new SimpleBooleanProperty());
            thresholds.put(g, new SimpleStringProperty(""));
        }
        lowest = Bindings.createObjectBinding(() -> {
            Grade last = null;
            for (Grade g : Grade.values()) {
                if (inUse.get(g).get()) {
                    last = g;
                }
            }
            return last;
        }, inUse.values().toArray(new BooleanProperty[0]));
        communityWeight = Bindings.createStringBinding(() -> {
            Integer w = weight(unitWeight.get());
            return w == null ? "" : Integer.toString(100 - w);
        }, unitWeight);
        fill(AppraisalRules.defaults());
    }

    /** Reads the stored settings into the form. */
    public void load() {
        background(p -> settings.rules(), this::fill);
    }

    /** Whether this session may change the settings (the screen is shown only then). */
    public boolean canEdit() {
        return session().can(Permission.SETTINGS_MANAGE);
    }

    /** Fills the form with the defaults; nothing is saved until {@link #save()}. */
    public void resetToDefaults() {
        errors.clear();
        setError(null);
        fill(AppraisalRules.defaults());
        setNotice(messages().text("settings.resetDone"));
    }

    /** Checks the form and saves every setting; on a problem, says which field and saves nothing. */
    public void save() {
        errors.clear();
        setNotice(null);
        AppraisalRules rules;
        try {
            rules = rules();
        } catch (ValidationException e) {
            refused(errors, e);
            return;
        }
        background(p -> settings.save(session(), rules), saved -> {
            fill(saved);
            setNotice(messages().text("settings.saved"));
        }, e -> refused(errors, e));
    }

    /** The rules the form holds; every field that is no number is named in one {@link ValidationException}. */
    AppraisalRules rules() {
        List<Problem> problems = new ArrayList<>();
        List<Grade> grades = new ArrayList<>();
        for (Grade g : Grade.values()) {
            if (inUse.get(g).get()) {
                grades.add(g);
            }
        }
        Map<Grade, BigDecimal> limits = new EnumMap<>(Grade.class);
        for (Grade g : grades.subList(0, Math.max(0, grades.size() - 1))) {
            BigDecimal v = decimal(thresholds.get(g).get());
            if (v == null) {
                problems.add(Problem.of(THRESHOLD + g.name(), "error.settings.number", "75"));
            } else {
                limits.put(g, v);
            }
        }
        Integer weight = weight(unitWeight.get());
        if (weight == null) {
            problems.add(Problem.of(UNIT_WEIGHT, "error.settings.integer"));
        }
        int[] share = share(excellentShare.get());
        if (share == null) {
            problems.add(Problem.of(SHARE, "error.settings.share"));
        }
        BigDecimal points = decimal(pointsPerHour.get());
        if (points == null) {
            problems.add(Problem.of(POINTS, "error.settings.number", "1"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new AppraisalRules(grades, limits, weight, excellentCap.get(), share[0], share[1],
                neverReportedCap.get(), unqualifiedNeedsReason.get(), points);
    }

    private void fill(AppraisalRules rules) {
        for (Grade g : Grade.values()) {
            inUse.get(g).set(rules.grades().contains(g));
            BigDecimal t = rules.thresholds().get(g);
            thresholds.get(g).set(t == null ? "" : t.stripTrailingZeros().toPlainString());
        }
        unitWeight.set(Integer.toString(rules.unitWeight()));
        excellentCap.set(rules.excellentCap());
        excellentShare.set(rules.excellentShareNumerator() + "/" + rules.excellentShareDenominator());
        neverReportedCap.set(rules.neverReportedCap());
        unqualifiedNeedsReason.set(rules.unqualifiedNeedsReason());
        pointsPerHour.set(rules.pointsPerHour().stripTrailingZeros().toPlainString());
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer weight(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return null;
        }
        int w = Integer.parseInt(text.strip());
        return w > 100 ? null : w;
    }

    /** "1/3" as {1, 3}; null if it is no fraction of two whole numbers. */
    private static int[] share(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}\\s*/\\s*\\d{1,4}")) {
            return null;
        }
        String[] parts = text.strip().split("/");
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The error field of a grade's threshold, e.g. {@code rules.threshold.EXCELLENT}. */
    public static String thresholdField(Grade g) {
        return THRESHOLD + g.name();
    }

    public BooleanProperty inUseProperty(Grade g) {
        return inUse.get(g);
    }

    public StringProperty thresholdProperty(Grade g) {
        return thresholds.get(g);
    }

    /** True while the grade's threshold cannot be typed: the grade is not in use or is the lowest in use. */
    public BooleanBinding thresholdDisabled(Grade g) {
        return Bindings.createBooleanBinding(() -> !inUse.get(g).get() || lowest.get() == g, inUse.get(g), lowest);
    }

    public StringProperty unitWeightProperty() {
        return unitWeight;
    }

    /** The community's weight: 100 minus the unit's, empty while the unit's is no whole number 0-100. */
    public StringBinding communityWeightProperty() {
        return communityWeight;
    }

    public BooleanProperty excellentCapProperty() {
        return excellentCap;
    }

    public StringProperty excellentShareProperty() {
        return excellentShare;
    }

    public BooleanProperty neverReportedCapProperty() {
        return neverReportedCap;
    }

    public BooleanProperty unqualifiedNeedsReasonProperty() {
        return unqualifiedNeedsReason;
    }

    public StringProperty pointsPerHourProperty() {
        return pointsPerHour;
    }
}
