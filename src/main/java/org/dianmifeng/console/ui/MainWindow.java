package org.dianmifeng.console.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import javafx.beans.value.ChangeListener;
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
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dianmifeng.console.core.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shell after sign-in: navigation on the left (Ctrl+digit jumps to an entry, see {@link #shortcut}), the chosen area in
 * the middle, the signed-in user, the language switch and sign-out at the top.
 * <p>
 * A screen left for another is kept, with its filters, selection and scroll position, and shown again at once when
 * its entry is chosen again, if no change it may show was saved meanwhile (the count each entry is given, see the
 * constructor); else it is built afresh. A screen keeps
 * itself current with its own changes and those it hears of ({@link DataChanges}).
 * <p>
 * On the company's server ({@link #onServer}) the other consoles' changes are not counted here, so a screen that
 * registered how to read its data again ({@link #refreshing}) reads it again, keeping its filters and selection, when
 * it is shown again and when the window regains focus (at most once per {@link #REFRESH_EVERY_MS}); a kept screen
 * without one is built afresh when shown again. There the window also shows the lost-connection state when the
 * window's work fails for a lost connection ({@link TaskRunner#connectionLostProperty}): over the screen, with 重试
 * (the server is asked again; once it answers the screen is built again) and 退出登录. Forms keep what was typed.
 */
public final class MainWindow {
    private final UiContext ctx;
    private final List<NavItem> items;
    private final Consumer<Locale> onLanguage;
    private final Runnable onLogout;
    private final ToLongFunction<String> savedChanges;
    private final Map<String, Kept> kept = new HashMap<>();
    /** Where a screen keeps how to read its data again ({@link #refreshing}). */
    private static final String REFRESH = "bee.refresh";
    /** The least time between two reads of the shown screen when the window regains focus, on a server. */
    public static final long REFRESH_EVERY_MS = 10_000;
    private String startId;
    /** On a server: asks whether it answers (for 重试); null on the embedded database. */
    private Work<?> serverCheck;
    private LongSupplier millis = System::currentTimeMillis;
    private long lastRefresh = Long.MIN_VALUE;
    private ChangeListener<Boolean> focusListener;
    private final ChangeListener<Window> windowListener = this::windowChanged;
    @FXML private Label userLabel;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private Button logoutButton;
    @FXML private ListView<NavItem> navList;
    @FXML private StackPane content;
    @FXML private HBox alerts;
    @FXML private VBox lostPane;
    @FXML private Label lostText;
    @FXML private Button retryButton;
    @FXML private Button lostLogoutButton;

    /** A screen left for another, and the count of changes saved when it was left. */
    private record Kept(Node screen, long savedChanges) {
    }

    /**
     * @param savedChanges for an entry's id, how many changes that its screen may show were saved so far (it grows
     *                     with each): a kept screen is shown again only while its count has not grown
     */
    public MainWindow(UiContext ctx, List<NavItem> items, Consumer<Locale> onLanguage, Runnable onLogout,
                      ToLongFunction<String> savedChanges) {
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

    /**
     * This window works on the company's server: {@code check} asks the server whether it answers (a fresh connection
     * from the pool), for the lost-connection state's 重试. Call before {@link #build}.
     */
    public MainWindow onServer(Work<?> check) {
        serverCheck = check;
        return this;
    }

    /** The clock of the refresh on focus, in ms: for tests. */
    public MainWindow clock(LongSupplier clockMillis) {
        millis = clockMillis;
        return this;
    }

    /**
     * Registers how {@code screen} reads its data again while keeping its filters and selection (e.g. its list
     * ViewModel's load): on a server the window calls it when the screen is shown again and when the window regains
     * focus. Returns the screen.
     */
    public static <T extends Node> T refreshing(T screen, Runnable refresh) {
        screen.getProperties().put(REFRESH, refresh);
        return screen;
    }

    /** The id of the entry shown, or null. */
    public String current() {
        NavItem shown = navList == null ? null : navList.getSelectionModel().getSelectedItem();
        return shown == null ? null : shown.id();
    }

    public Parent build() {
        Parent root = Views.load(this, ctx.messages());
        focusListener = (o, was, focused) -> {
            if (focused) {
                focusGained();
            }
        };
        root.sceneProperty().addListener((o, a, scene) -> {
            if (a != null) {
                a.windowProperty().removeListener(windowListener);
                windowChanged(null, a.getWindow(), null);
            }
            if (scene != null) {
                scene.windowProperty().addListener(windowListener);
                windowChanged(null, null, scene.getWindow());
                for (int i = 0; i < items.size(); i++) {
                    int index = i;
                    shortcut(i).ifPresent(keys -> scene.getAccelerators().put(keys,
                            () -> navList.getSelectionModel().select(index)));
                }
            }
        });
        return root;
    }

    /** The keys held with a digit for each ten entries of the navigation, in order. */
    private static final List<KeyCombination.Modifier[]> SHORTCUT_TENS = List.of(
            new KeyCombination.Modifier[] {KeyCombination.SHORTCUT_DOWN},
            new KeyCombination.Modifier[] {KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN},
            new KeyCombination.Modifier[] {KeyCombination.ALT_DOWN});

    /**
     * The keys that open the {@code index}-th entry of the navigation: Ctrl+1…9 and Ctrl+0 for the first ten,
     * Ctrl+Shift+1…9, 0 for the next ten, Alt+1…9, 0 for the ten after (Cmd for Ctrl on a Mac); shown in each entry's
     * tooltip. Every entry of the navigation has one (the administrator's 22).
     */
    public static Optional<KeyCombination> shortcut(int index) {
        if (index < 0 || index >= 10 * SHORTCUT_TENS.size()) {
            return Optional.empty();
        }
        return Optional.of(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index % 10 + 1) % 10),
                SHORTCUT_TENS.get(index / 10)));
    }

    /**
     * Makes the navigation as wide as its longest entry needs in the language shown (English needs more than Chinese:
     * "Copy to company server" was cut, and every entry scrolled sideways), with room for its scroll bar; never
     * narrower than the layout gives it.
     */
    private void fitNavigation() {
        if (!(navList.lookup(".list-cell") instanceof ListCell<?> cell) || cell.getFont() == null) {
            return;
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(cell.getFont());
        double widest = 0;
        for (NavItem item : items) {
            probe.setText(ctx.messages().text(item.labelKey()));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap();
        double needed = Math.ceil(widest + graphic + cell.snappedLeftInset() + cell.snappedRightInset()
                + navList.snappedLeftInset() + navList.snappedRightInset() + Dialogs.SCROLL_BAR_ROOM);
        if (needed > navList.getPrefWidth()) {
            navList.setPrefWidth(needed);
            navList.setMinWidth(needed);
        }
    }

    /** Follows the focus of the window the main window is in (none while it is replaced by the sign-in). */
    private void windowChanged(javafx.beans.value.ObservableValue<? extends Window> o, Window before, Window now) {
        if (before != null) {
            before.focusedProperty().removeListener(focusListener);
        }
        if (now != null) {
            now.focusedProperty().addListener(focusListener);
        }
    }

    /**
     * The window regained focus: on a server, the shown screen reads its data again (others may have changed it),
     * unless it did less than {@link #REFRESH_EVERY_MS} ago or the connection is lost.
     */
    void focusGained() {
        if (serverCheck == null || ctx.runner().connectionLostProperty().get() || content.getChildren().isEmpty()) {
            return;
        }
        long now = millis.getAsLong();
        if (lastRefresh != Long.MIN_VALUE && now - lastRefresh < REFRESH_EVERY_MS) {
            return;
        }
        List<Runnable> refreshes = refreshes(content.getChildren().get(0));
        if (!refreshes.isEmpty()) {
            lastRefresh = now;
            refreshes.forEach(Runnable::run);
        }
    }

    /**
     * How {@code screen} reads its data again: its own ({@link #refreshing}) and those of the screens inside it (the
     * lists on its tabs and split panes, e.g. 党组织's members, branches and communities); empty if it has none.
     */
    private static List<Runnable> refreshes(Node screen) {
        return ViewSupport.descendants(screen).stream().map(n -> n.getProperties().get(REFRESH))
                .filter(Runnable.class::isInstance).map(Runnable.class::cast).toList();
    }

    /** 重试 of the lost-connection state: once the server answers, the shown screen is built again. */
    private void retry() {
        retryButton.setDisable(true);
        lostText.setText(ctx.messages().text("server.lost.retrying"));
        ctx.runner().run(serverCheck, answered -> {
            retryButton.setDisable(false);
            lostText.setText(ctx.messages().text("server.lost.text"));
            ctx.runner().connectionBack();
            kept.clear();
            NavItem shown = navList.getSelectionModel().getSelectedItem();
            if (shown != null) {
                content.getChildren().setAll(shown.view().apply(ctx));
            }
        }, still -> {
            retryButton.setDisable(false);
            lostText.setText(ctx.messages().text("server.lost.still"));
        });
    }

    /** Adds a reminder to the header, e.g. follow-ups that are due; call after {@link #build}. */
    public void addAlert(Node alert) {
        alerts.getChildren().add(alert);
    }

    /** Opens the entry with the given id, as the navigation would. */
    public void open(String id) {
        items.stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(i -> navList.getSelectionModel().select(i));
    }

    /**
     * The entry's screen: the one kept when it was left, if no change was saved since (on a server: if it can read its
     * data again, which it then does), else a new one.
     */
    private Node screen(NavItem item) {
        Kept left = kept.remove(item.id());
        if (left == null || left.savedChanges() != savedChanges.applyAsLong(item.id())) {
            lastRefresh = millis.getAsLong(); // a screen built reads its data: the focus that follows need not again
            return item.view().apply(ctx);
        }
        if (serverCheck == null) {
            return left.screen();
        }
        List<Runnable> refreshes = refreshes(left.screen());
        if (!refreshes.isEmpty()) {
            lastRefresh = millis.getAsLong();
            refreshes.forEach(Runnable::run);
            return left.screen();
        }
        lastRefresh = millis.getAsLong();
        return item.view().apply(ctx);
    }

    @FXML
    private void initialize() {
        Messages m = ctx.messages();
        userLabel.setText(m.text("shell.user", ctx.session().displayName(), m.label(ctx.session().role())));
        ViewSupport.languageChoice(languageBox, m, onLanguage);
        logoutButton.setOnAction(e -> onLogout.run());
        lostLogoutButton.setOnAction(e -> onLogout.run());
        retryButton.setOnAction(e -> retry());
        lostText.setText(m.text("server.lost.text"));
        if (serverCheck != null) {
            lostPane.visibleProperty().bind(ctx.runner().connectionLostProperty());
        } else {
            lostPane.setVisible(false);
        }
        navList.getItems().setAll(items);
        // as wide as its longest entry in this language, measured once its cells have the theme's font
        navList.skinProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::fitNavigation));
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
                kept.put(a.id(), new Kept(content.getChildren().get(0), savedChanges.applyAsLong(a.id())));
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
