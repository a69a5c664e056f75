package org.dianmifeng.console.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.dianmifeng.console.core.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shell after sign-in: navigation on the left (Ctrl+digit jumps to an entry, see {@link #shortcut}), the chosen area in
 * the middle, the signed-in user, the language switch and sign-out at the top.
 * <p>
 * A screen left for another is kept, with its filters, selection and scroll position, and shown again at once when
 * its entry is chosen again, if no change was saved to the data meanwhile; else it is built afresh. A screen keeps
 * itself current with its own changes and those it hears of ({@link DataChanges}).
 */
public final class MainWindow {
    private final UiContext ctx;
    private final List<NavItem> items;
    private final Consumer<Locale> onLanguage;
    private final Runnable onLogout;
    private final LongSupplier savedChanges;
    private final Map<String, Kept> kept = new HashMap<>();
    private String startId;
    @FXML private Label userLabel;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private Button logoutButton;
    @FXML private ListView<NavItem> navList;
    @FXML private StackPane content;
    @FXML private HBox alerts;

    /** A screen left for another, and the count of changes saved when it was left. */
    private record Kept(Node screen, long savedChanges) {
    }

    /**
     * @param savedChanges how many changes were saved to the data so far (it grows with each): a kept screen is
     *                     shown again only while it has not grown
     */
    public MainWindow(UiContext ctx, List<NavItem> items, Consumer<Locale> onLanguage, Runnable onLogout,
                      LongSupplier savedChanges) {
        this.ctx = ctx;
        this.savedChanges = savedChanges;
        this.items = items.stream().filter(i -> i.visibleTo(ctx)).toList();
        this.onLanguage = onLanguage;
        this.onLogout = onLogout;
    }

    /** Opens the entry with {@code id} (if this user has it) instead of the first when built: call before {@link #build}. */
    public MainWindow startingAt(String id) {
        startId = id;
        return this;
    }

    /** The id of the entry shown, or null. */
    public String current() {
        NavItem shown = navList == null ? null : navList.getSelectionModel().getSelectedItem();
        return shown == null ? null : shown.id();
    }

    public Parent build() {
        Parent root = Views.load(this, ctx.messages());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                for (int i = 0; i < items.size(); i++) {
                    int index = i;
                    shortcut(i).ifPresent(keys -> scene.getAccelerators().put(keys,
                            () -> navList.getSelectionModel().select(index)));
                }
            }
        });
        return root;
    }

    /**
     * The keys that open the {@code index}-th entry of the navigation: Ctrl+1…9 and Ctrl+0 for the first ten,
     * Ctrl+Shift+1…9 for the next nine (Cmd on a Mac); shown in each entry's tooltip.
     */
    public static Optional<KeyCombination> shortcut(int index) {
        if (index < 10) {
            return Optional.of(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index + 1) % 10),
                    KeyCombination.SHORTCUT_DOWN));
        }
        if (index < 19) {
            return Optional.of(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index - 9)),
                    KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        }
        return Optional.empty();
    }

    /** Adds a reminder to the header, e.g. follow-ups that are due; call after {@link #build}. */
    public void addAlert(Node alert) {
        alerts.getChildren().add(alert);
    }

    /** Opens the entry with the given id, as the navigation would. */
    public void open(String id) {
        items.stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(i -> navList.getSelectionModel().select(i));
    }

    /** The entry's screen: the one kept when it was left, if no change was saved since, else a new one. */
    private Node screen(NavItem item) {
        Kept left = kept.remove(item.id());
        return left != null && left.savedChanges() == savedChanges.getAsLong() ? left.screen() : item.view().apply(ctx);
    }

    @FXML
    private void initialize() {
        Messages m = ctx.messages();
        userLabel.setText(m.text("shell.user", ctx.session().displayName(), m.label(ctx.session().role())));
        ViewSupport.languageChoice(languageBox, m, onLanguage);
        logoutButton.setOnAction(e -> onLogout.run());
        navList.getItems().setAll(items);
        navList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NavItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    setText(m.text(item.labelKey()));
                    setGraphic(new FontIcon(item.icon()));
                    setId("nav-" + item.id());
                    int index = items.indexOf(item);
                    setTooltip(shortcut(index).map(keys -> new Tooltip(
                            m.text("nav.shortcut", m.text(item.labelKey()), keys.getDisplayText()))).orElse(null));
                }
            }
        });
        navList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (a != null && !content.getChildren().isEmpty()) {
                kept.put(a.id(), new Kept(content.getChildren().get(0), savedChanges.getAsLong()));
            }
            if (b != null) {
                content.getChildren().setAll(screen(b));
            }
        });
        if (!items.isEmpty()) {
            navList.getSelectionModel().select(items.stream().filter(i -> i.id().equals(startId)).findFirst()
                    .orElse(items.get(0)));
        }
    }
}
