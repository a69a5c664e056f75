package org.dianmifeng.console.summary.ui;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.summary.SummaryService;
import org.dianmifeng.console.summary.YearFigures;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.unit.UnitOrder;

/**
 * The home screen: the figures of the chosen year (by default this year) for the whole company or a chosen unit
 * and the units below it, as key figure tiles and chart series. Counts only, so every role sees it. The figures
 * are the ones the annual summary prints ({@link SummaryService}), read in the background.
 */
public final class DashboardViewModel extends ViewModel {
    /** A key figure: its label and its value as shown. */
    public record Tile(String id, String label, String value) {
    }

    /** One bar or slice of a chart. */
    public record Bar(String label, int value) {
    }

    private final SummaryService summary;
    private final UnitService units;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final Map<Long, UnitOrder.Entry> unitEntries = new HashMap<>();
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObservableList<Unit> unitChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<YearFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper volunteeringNote = new ReadOnlyStringWrapper("");
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Bar> honours = FXCollections.observableArrayList();
    private final ObservableList<Bar> grades = FXCollections.observableArrayList();
    private final ObservableList<Bar> cases = FXCollections.observableArrayList();
    private final ObservableList<Bar> people = FXCollections.observableArrayList();
    private int loads;
    /** Choices are being refilled: the choosers' passing changes read nothing. */
    private boolean refilling;

    public DashboardViewModel(UiContext ctx, SummaryService summary, UnitService units) {
        super(ctx);
        this.summary = summary;
        this.units = units;
        int now = summary.currentYear();
        years.add(now);
        this.year = new SimpleObjectProperty<>(now);
        year.addListener((o, a, b) -> reload());
        unit.addListener((o, a, b) -> reload());
    }

    private record Choices(List<Unit> units, List<Integer> years, YearFigures figures) {
    }

    /**
     * Reads the units to choose from (in the order of the company tree, {@link UnitOrder}), the years (those
     * with data and this year, {@link SummaryService#years}) and, in the same background work, the figures of the
     * year and unit chosen (this year, the whole company): the figures show in one round trip.
     */
    public void start() {
        Integer y = year.get();
        Unit u = unit.get();
        int load = ++loads;
        background(p -> new Choices(units.all(session()), summary.years(),
                y == null ? null : summary.figures(session(), y, u == null ? null : u.code())), c -> {
            refilling = true;
            try {
                Integer keepYear = year.get();
                Unit keepUnit = unit.get();
                years.setAll(c.years());
                List<UnitOrder.Entry> order = UnitOrder.depthFirst(c.units());
                unitEntries.clear();
                order.forEach(e -> unitEntries.put(e.unit().id(), e));
                unitChoices.setAll(order.stream().map(UnitOrder.Entry::unit).toList());
                year.set(keepYear);
                unit.set(keepUnit == null ? null : unitChoices.stream().filter(x -> x.id().equals(keepUnit.id()))
                        .findFirst().orElse(null));
            } finally {
                refilling = false;
            }
            boolean same = Objects.equals(year.get(), y) && (unit.get() == null ? u == null
                    : u != null && unit.get().id().equals(u.id()));
            if (load != loads) {
                return; // a choice made meanwhile is loading its own figures
            }
            if (same && c.figures() != null) {
                show(c.figures());
            } else {
                load();
            }
        });
    }

    private void reload() {
        if (!refilling) {
            load();
        }
    }

    /** A unit as the chooser lists it: indented under the unit above it ({@link UnitOrder.Entry#indentedName}). */
    public String unitLabel(Unit u) {
        UnitOrder.Entry e = unitEntries.get(u.id());
        return e == null ? u.name() : e.indentedName();
    }

    /** Reads the figures of the chosen year and unit; a later choice wins over an earlier one still loading. */
    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        Unit u = unit.get();
        int load = ++loads;
        background(p -> summary.figures(session(), y, u == null ? null : u.code()), f -> {
            if (load == loads) {
                show(f);
            }
        });
    }

    private void show(YearFigures f) {
        figures.set(f);
        tiles.setAll(
                tile("people", "dashboard.tile.people", f.people().total()),
                tile("volunteers", "dashboard.tile.volunteers", f.people().volunteers()),
                tile("teams", "dashboard.tile.teams", f.teams().active()),
                tile("enrolled", "dashboard.tile.enrolled", f.party().enrolled()),
                new Tile("hours", messages().text("dashboard.tile.hours"),
                        f.party().serviceHours().setScale(1, RoundingMode.HALF_UP).toPlainString()),
                tile("cases", "dashboard.tile.cases", f.cases().open()),
                tile("honours", "dashboard.tile.honours", f.honours().total()),
                tile("activitiesHeld", "dashboard.tile.activitiesHeld", f.volunteering().activities()),
                tile("volunteersServing", "dashboard.tile.volunteersServing", f.volunteering().volunteers()),
                new Tile("approvedHours", messages().text("dashboard.tile.approvedHours"),
                        f.volunteering().hours().setScale(1, RoundingMode.HALF_UP).toPlainString()));
        volunteeringNote.set(f.volunteering().any() ? ""
                : messages().text("dashboard.volunteering.none", String.valueOf(f.year())));
        List<Bar> h = new ArrayList<>();
        for (HonourLevel l : HonourLevel.values()) {
            h.add(new Bar(messages().label(l), f.honours().byLevel().get(l)));
        }
        honours.setAll(h);
        List<Bar> g = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            g.add(new Bar(messages().label(grade), f.party().confirmedByGrade().get(grade)));
        }
        g.add(new Bar(messages().text("dashboard.notConfirmed"), f.party().notConfirmed()));
        grades.setAll(g);
        List<Bar> c = new ArrayList<>();
        for (AidCaseStatus s : AidCaseStatus.values()) {
            int n = f.cases().byStatus().get(s);
            if (n > 0) {
                c.add(new Bar(messages().label(s), n));
            }
        }
        cases.setAll(c);
        List<Bar> p = new ArrayList<>();
        for (PoliticalStatus s : PoliticalStatus.values()) {
            p.add(new Bar(messages().label(s), f.people().byStatus().get(s)));
        }
        people.setAll(p);
    }

    private Tile tile(String id, String key, int value) {
        return new Tile(id, messages().text(key), String.valueOf(value));
    }

    /** The title above the tiles: the year and the unit (or the whole company). */
    public String heading(YearFigures f) {
        return messages().text("dashboard.heading", String.valueOf(f.year()),
                f.unitName() == null ? messages().text("summary.allUnits") : f.unitName());
    }

    /** The years to choose from, newest first: this year until {@link #start} has read those with data. */
    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The chosen unit; null: the whole company. */
    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices;
    }

    public ReadOnlyObjectProperty<YearFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /**
     * What the dashboard says under the tiles about the year's volunteer work: that none was approved in the year
     * (so that the zeros of its tiles read as an empty year, not as missing data), or empty.
     */
    public ReadOnlyStringProperty volunteeringNoteProperty() {
        return volunteeringNote.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<Bar> honours() {
        return honours;
    }

    public ObservableList<Bar> grades() {
        return grades;
    }

    /** Aid cases by status; statuses without a case are left out (a pie shows no empty slice). */
    public ObservableList<Bar> cases() {
        return cases;
    }

    public ObservableList<Bar> people() {
        return people;
    }
}
