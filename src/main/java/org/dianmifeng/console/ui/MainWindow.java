package org.dianmifeng.console.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.dianmifeng.console.core.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>
 * Preparing ahead ({@link #preparingAhead}): while the person reads the screen shown, the window builds the screens of
 * the other entries, one at a time, in the navigation's order, at most one every {@link #PREPARE_GAP} and each only in
 * a pause (no dialog open, no key and no move of the mouse for {@link #QUIET_NANOS}, nothing of the window's worker
 * running), and keeps each hidden behind the screen shown, styled and laid out, with its reads
 * made on a lane of the lowest priority ({@link TaskRunner#ahead}); choosing its entry then shows it at once, as a
 * screen left for another is shown again. A change saved since it was built makes it prepared again.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private final UiContext ctx;
    private final List<NavItem> items;
    private final Consumer<Locale> onLanguage;
    private final Runnable onLogout;
    private final ToLongFunction<String> savedChanges;
    private final Map<String, Kept> kept = new HashMap<>();
    /** The screen shown, or null. */
    private Node shown;
    /** A pause of the person before a screen is prepared ahead: no key and no move of the mouse for this long. */
    static final long QUIET_NANOS = 300_000_000L;
    /** How often the window looks for a pause to prepare one screen ahead in. */
    static final Duration PREPARE_GAP = Duration.millis(60);
    private boolean preparing;
    private long lastInput = System.nanoTime();
    private final EventHandler<InputEvent> input = e -> lastInput = System.nanoTime();
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

    /**
     * A screen left for another, and the count of changes saved when it was left; or a screen prepared ahead, not yet
     * shown, hidden behind the one shown, with the runner it reads through until shown ({@code ahead}, else null).
     */
    private record Kept(Node screen, long savedChanges, TaskRunner ahead) {
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

    /**
     * Prepares the screens of the other entries while the person reads the one shown (see the class's description).
     * Call before {@link #build}.
     */
    public MainWindow preparingAhead() {
        preparing = true;
        return this;
    }

    /** How many entries' screens wait prepared ahead, built and not yet shown. */
    public int preparedAhead() {
        return (int) kept.values().stream().filter(k -> k.ahead() != null).count();
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
                a.removeEventFilter(InputEvent.ANY, input);
            }
            if (scene != null) {
                scene.addEventFilter(InputEvent.ANY, input);
                if (preparing) {
                    prepareLater();
                }
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
        if (serverCheck == null || ctx.runner().connectionLostProperty().get() || shown == null) {
            return;
        }
        long now = millis.getAsLong();
        if (lastRefresh != Long.MIN_VALUE && now - lastRefresh < REFRESH_EVERY_MS) {
            return;
        }
        List<Runnable> refreshes = refreshes(shown);
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
            List.copyOf(kept.keySet()).forEach(this::forget);
            NavItem chosen = navList.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                show(chosen.view().apply(ctx));
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
        Kept left = kept.get(item.id());
        if (left == null || left.savedChanges() != savedChanges.applyAsLong(item.id())) {
            forget(item.id());
            lastRefresh = millis.getAsLong(); // a screen built reads its data: the focus that follows need not again
            return item.view().apply(ctx);
        }
        kept.remove(item.id());
        if (left.ahead() != null) {
            left.ahead().release(); // what it has not read yet, the window's worker reads now
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
        content.getChildren().remove(left.screen());
        return item.view().apply(ctx);
    }

    /** Forgets the entry's kept or prepared screen; a prepared one, hidden behind the screen shown, leaves the window. */
    private void forget(String id) {
        Kept left = kept.remove(id);
        if (left != null && left.ahead() != null) {
            content.getChildren().remove(left.screen());
        }
    }

    /** Shows {@code screen} in place of the one shown: a prepared screen, already in the window, is unhidden. */
    private void show(Node screen) {
        if (shown != null && shown != screen) {
            content.getChildren().remove(shown);
        }
        for (Node n : List.copyOf(content.getChildren())) {
            if (n != screen && !isPrepared(n)) {
                content.getChildren().remove(n);
            }
        }
        if (screen.getParent() != content) {
            content.getChildren().add(0, screen);
        } else {
            screen.setManaged(true);
            screen.setVisible(true);
            screen.toFront();
        }
        shown = screen;
    }

    /** Whether a window of the console's other than this one is open: a form, a message, a file chooser's owner. */
    private boolean dialogOpen() {
        Window self = content.getScene().getWindow();
        return Window.getWindows().stream().anyMatch(w -> w != self && w.isShowing()
                && w instanceof Stage);
    }

    private boolean isPrepared(Node n) {
        return kept.values().stream().anyMatch(k -> k.ahead() != null && k.screen() == n);
    }

    /** The next screen to prepare ahead, after {@link #PREPARE_GAP}; nothing once the window is gone. */
    private void prepareLater() {
        PauseTransition pause = new PauseTransition(PREPARE_GAP);
        pause.setOnFinished(e -> {
            if (!preparing || content.getScene() == null || content.getScene().getWindow() == null) {
                return; // signed out, or the window closed
            }
            prepareLater();
            try {
                prepareNext();
            } catch (RuntimeException failed) {
                preparing = false; // the screen is built when chosen, and fails there where the person sees it
                LOG.warn("Preparing screens ahead stopped", failed);
            }
        });
        pause.play();
    }

    /**
     * Prepares one entry's screen ahead, the first in the navigation's order that is neither shown, nor kept nor
     * prepared since the last change it may show; only in a pause of the person and of the window's worker.
     */
    private void prepareNext() {
        if (System.nanoTime() - lastInput < QUIET_NANOS || !ctx.runner().idle()
                || ctx.runner().connectionLostProperty().get() || shown == null || dialogOpen()) {
            return; // the person types or clicks (in a dialog too: its keys do not pass through this window), or the
                    // window works
        }
        NavItem chosen = navList.getSelectionModel().getSelectedItem();
        for (NavItem item : items) {
            Kept k = kept.get(item.id());
            if (item == chosen || k != null && k.savedChanges() == savedChanges.applyAsLong(item.id())) {
                continue;
            }
            forget(item.id());
            TaskRunner ahead = ctx.runner().ahead();
            long count = savedChanges.applyAsLong(item.id());
            Node screen = item.view().apply(new UiContext(ctx.session(), ctx.messages(), ahead, ctx.changes()));
            screen.setVisible(false);
            screen.setManaged(false);
            content.getChildren().add(screen);
            screen.resizeRelocate(0, 0, content.getWidth(), content.getHeight());
            kept.put(item.id(), new Kept(screen, count, ahead));
            return;
        }
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
            if (a != null && shown != null) {
                kept.put(a.id(), new Kept(shown, savedChanges.applyAsLong(a.id()), null));
            }
            if (b != null) {
                show(screen(b));
            }
        });
        if (!items.isEmpty()) {
            navList.getSelectionModel().select(items.stream().filter(i -> i.id().equals(startId)).findFirst()
                    .orElse(items.get(0)));
        }
    }
}
