package org.refunddesk.ui.main;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.TaskStatusBar;
import org.refunddesk.ui.state.CaseModel;
import org.refunddesk.ui.state.OpenCases;

/**
 * The thin shell of the main window: menu bar, a tab pane for the features' views, and the status
 * bar. It knows no feature; features add themselves through {@link Feature#install}:
 * <pre>{@code
 * window.addMenuItem(MainMenu.TOOLS, messages.get("wizard.menu.eligibility"), this::openWizard);
 * window.showView("eligibility", messages.get("wizard.tab"), () -> new EligibilityView(services));
 * }</pre>
 * Items a feature adds go above the menu's own closing items (File: settings, exit; Help: about).
 */
public final class MainWindow {
    private final AppServices services;
    private final BorderPane root = new BorderPane();
    private final MenuBar menuBar = new MenuBar();
    private final Map<MainMenu, Menu> menus = new EnumMap<>(MainMenu.class);
    private final Map<MainMenu, Integer> closingItems = new EnumMap<>(MainMenu.class);
    private final TabPane views = new TabPane();
    /** Banners (team server unreachable …) above the views; the menu bar stays the top node. */
    private final javafx.scene.layout.VBox centre = new javafx.scene.layout.VBox(views);
    private final HBox statusBar = new HBox(16);
    private final ObjectProperty<RefundCase> selectedCase = new SimpleObjectProperty<>(this, "selectedCase");
    private final ObjectProperty<RefundCase> listSelection = new SimpleObjectProperty<>(this, "listSelection");
    private final List<Runnable> casesChangedListeners = new ArrayList<>();
    private final List<java.util.function.Consumer<java.util.Set<java.util.UUID>>> changedElsewhereListeners =
            new ArrayList<>();
    private final OpenCases openCases;
    /** Tab property holding the {@link CaseModel} of a tab that shows one case. */
    static final String CASE_MODEL = "refunddesk.caseModel";
    private final List<CaseSection> caseSections = new ArrayList<>();
    private final Map<String, java.util.function.Consumer<RefundCase>> caseActions = new java.util.HashMap<>();
    private java.util.function.BiConsumer<RefundCase, String> caseOpener = this::openSectionAlone;
    private java.util.function.Consumer<String> languageSwitch;

    public MainWindow(AppServices services) {
        this.services = services;
        this.openCases = new OpenCases(services);
        for (MainMenu which : MainMenu.values()) {
            Menu menu = new Menu(services.messages().get(which.textKey()));
            menu.setId("menu-" + which.name().toLowerCase(Locale.ROOT));
            // A menu no feature filled yet stays out of the way instead of opening empty.
            menu.visibleProperty().bind(Bindings.isNotEmpty(menu.getItems()));
            menus.put(which, menu);
            closingItems.put(which, 0);
            menuBar.getMenus().add(menu);
        }
        menuBar.setUseSystemMenuBar(true);
        views.setId("views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        root.setTop(menuBar);
        javafx.scene.layout.VBox.setVgrow(views, Priority.ALWAYS);
        root.setCenter(centre);
        root.setBottom(statusBar());
        root.getStyleClass().add("main-window");
        // The case commands act on the case in front: a case tab's case, else the list's selection.
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> updateSelectedCase());
        listSelection.addListener((o, was, now) -> updateSelectedCase());
    }

    /** The one model per open case every view binds to. */
    public OpenCases openCases() {
        return openCases;
    }

    private CaseModel frontCaseModel() {
        Tab front = views.getSelectionModel().getSelectedItem();
        return front == null ? null : (CaseModel) front.getProperties().get(CASE_MODEL);
    }

    private void updateSelectedCase() {
        CaseModel front = frontCaseModel();
        selectedCase.set(front != null ? front.get() : listSelection.get());
    }

    public AppServices services() {
        return services;
    }

    public BorderPane root() {
        return root;
    }

    /** The window the shell is shown in (dialog owner); null before it is shown. */
    public Window window() {
        Scene scene = root.getScene();
        return scene == null ? null : scene.getWindow();
    }

    /** Adds a menu item above the menu's closing items and returns it (to disable or restyle it). */
    public MenuItem addMenuItem(MainMenu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        addMenuItem(menu, item);
        return item;
    }

    /** Like {@link #addMenuItem(MainMenu, String, Runnable)}, with a keyboard shortcut ("Shortcut+N"). */
    public MenuItem addMenuItem(MainMenu menu, String text, String accelerator, Runnable action) {
        MenuItem item = addMenuItem(menu, text, action);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        return item;
    }

    /**
     * Like {@link #addMenuItem(MainMenu, String, Runnable)}, reachable by the keyboard through {@code mnemonic}
     * (Alt+menu letter, then this letter): see {@link #withMnemonic}.
     */
    public MenuItem addMenuItem(MainMenu menu, String text, char mnemonic, Runnable action) {
        return addMenuItem(menu, withMnemonic(text, mnemonic), action);
    }

    /** With a mnemonic letter and a keyboard shortcut ("Shortcut+N"). */
    public MenuItem addMenuItem(MainMenu menu, String text, char mnemonic, String accelerator, Runnable action) {
        return addMenuItem(menu, withMnemonic(text, mnemonic), accelerator, action);
    }

    /**
     * The menu text with its mnemonic marked: in a text that holds the letter (English) its first occurrence is
     * underlined ("E_xit"); otherwise (Chinese) the letter follows in brackets, before a closing "…", as
     * Chinese menus write it (the item's words, then "(_I)…"). A text that already has a mnemonic is kept.
     */
    public static String withMnemonic(String text, char mnemonic) {
        if (text.contains("_")) {
            return text;
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf(Character.toLowerCase(mnemonic));
        if (at >= 0) {
            return text.substring(0, at) + "_" + text.substring(at);
        }
        String tail = text.endsWith("\u2026") ? "\u2026" : text.endsWith("...") ? "..." : "";
        return text.substring(0, text.length() - tail.length()) + "(_" + Character.toUpperCase(mnemonic) + ")" + tail;
    }

    /** Adds any menu item (a check item, a sub-menu) above the menu's closing items. */
    public void addMenuItem(MainMenu menu, MenuItem item) {
        List<MenuItem> items = menus.get(menu).getItems();
        items.add(items.size() - closingItems.get(menu), item);
    }

    public void addMenuSeparator(MainMenu menu) {
        addMenuItem(menu, new SeparatorMenuItem());
    }

    /** Adds an item that stays at the end of its menu, below what features add (settings, exit, about). */
    public MenuItem addClosingMenuItem(MainMenu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        menus.get(menu).getItems().add(item);
        closingItems.merge(menu, 1, Integer::sum);
        return item;
    }

    /** A closing item reachable through {@code mnemonic} (see {@link #withMnemonic}). */
    public MenuItem addClosingMenuItem(MainMenu menu, String text, char mnemonic, Runnable action) {
        return addClosingMenuItem(menu, withMnemonic(text, mnemonic), action);
    }

    public void addClosingMenuSeparator(MainMenu menu) {
        menus.get(menu).getItems().add(new SeparatorMenuItem());
        closingItems.merge(menu, 1, Integer::sum);
    }

    /** Adds a view that cannot be closed (the case list). */
    public Tab addPermanentView(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        views.getTabs().add(tab);
        return tab;
    }

    /** Adds Home: the first tab, which cannot be closed, in front when the window opens. */
    public Tab addHomeView(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        views.getTabs().add(0, tab);
        views.getSelectionModel().select(tab);
        return tab;
    }

    /**
     * Shows the view with this id, creating it only the first time (views load lazily); the user can
     * close it. Returns its tab, selected.
     */
    public Tab showView(String id, String title, Supplier<Node> content) {
        Tab tab = views.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseGet(() -> {
            Tab created = new Tab(title, content.get());
            created.setId(id);
            views.getTabs().add(created);
            return created;
        });
        views.getSelectionModel().select(tab);
        return tab;
    }

    /**
     * Shows the one tab of a case (creating it the first time), titled "section: case title" (the case title alone
     * when {@code section} is null); while it is in front, the case menu acts on this case and follows its model.
     */
    public Tab showCaseView(String id, String section, CaseModel model, Supplier<Node> content) {
        Tab tab = showView(id, "", content);
        if (tab.getProperties().get(CASE_MODEL) == null) {
            tab.getProperties().put(CASE_MODEL, model);
            // "<section>: <case title>"; a workspace (section null) is named by its case alone
            tab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> section == null ? model.get().title()
                            : services.messages().get("ui.tab.caseSection", section, model.get().title()),
                    model.refundCaseProperty()));
            model.refundCaseProperty().addListener((o, was, now) -> {
                if (frontCaseModel() == model) {
                    updateSelectedCase();
                }
            });
        }
        updateSelectedCase();
        return tab;
    }

    /** A part of a case's workspace (timeline, evidence, escalation), built for the case's one model. */
    public record CaseSection(String id, String title, java.util.function.Function<CaseModel, Node> view) {
    }

    /** Features add the sections of the case workspace, in order. */
    public void addCaseSection(String id, String title, java.util.function.Function<CaseModel, Node> view) {
        caseSections.add(new CaseSection(id, title, view));
    }

    public List<CaseSection> caseSections() {
        return List.copyOf(caseSections);
    }

    /** A command on one case that other views can start (the workspace's "what to do now" button). */
    public void addCaseAction(String id, java.util.function.Consumer<RefundCase> action) {
        caseActions.put(id, action);
    }

    public java.util.Optional<java.util.function.Consumer<RefundCase>> caseAction(String id) {
        return java.util.Optional.ofNullable(caseActions.get(id));
    }

    /** The case workspace feature opens cases in their one tab; without it a section opens in a tab alone. */
    public void setCaseOpener(java.util.function.BiConsumer<RefundCase, String> opener) {
        this.caseOpener = opener;
    }

    /** Opens or focuses the case's one tab, at the given section (null: as it was). */
    public void openCase(RefundCase refundCase, String sectionId) {
        if (refundCase != null) {
            caseOpener.accept(refundCase, sectionId);
        }
    }

    private void openSectionAlone(RefundCase refundCase, String sectionId) {
        caseSections.stream().filter(s -> s.id().equals(sectionId)).findFirst().ifPresent(section -> {
            CaseModel model = openCases.model(refundCase);
            showCaseView(section.id() + "-" + refundCase.id(), section.title(), model, () -> section.view().apply(model));
        });
    }

    /**
     * The app sets this when it can rebuild the window in another language at once (a language tag); without
     * it a new language takes effect at the next start.
     */
    public void setLanguageSwitch(java.util.function.Consumer<String> languageSwitch) {
        this.languageSwitch = languageSwitch;
    }

    public java.util.Optional<java.util.function.Consumer<String>> languageSwitch() {
        return java.util.Optional.ofNullable(languageSwitch);
    }

    /** The cases shown in tabs of their own, in tab order, and the one in front (null: none). */
    public record OpenTabs(List<RefundCase> cases, RefundCase front) {
    }

    public OpenTabs openCaseTabs() {
        List<RefundCase> cases = new ArrayList<>();
        for (Tab tab : views.getTabs()) {
            if (tab.getProperties().get(CASE_MODEL) instanceof CaseModel model
                    && cases.stream().noneMatch(c -> c.id().equals(model.get().id()))) {
                cases.add(model.get());
            }
        }
        CaseModel front = frontCaseModel();
        return new OpenTabs(cases, front == null ? null : front.get());
    }

    /** The tab with this id, if open. */
    public java.util.Optional<Tab> view(String id) {
        return views.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst();
    }

    /** Shows a banner across the window above the views (it hides itself by binding visible and managed). */
    public void addBanner(Node banner) {
        centre.getChildren().add(centre.getChildren().size() - 1, banner);
    }

    /** Adds an item to the left part of the status bar. */
    public void addStatusItem(Node item) {
        statusBar.getChildren().add(statusBar.getChildren().size() - 2, item);
    }

    /**
     * The case the case commands act on (null when none): the case of the tab in front, or the case
     * selected in the list. Read it; the window keeps it current.
     */
    public ObjectProperty<RefundCase> selectedCaseProperty() {
        return selectedCase;
    }

    /** The case selected in the case list; the case list feature keeps it current. */
    public ObjectProperty<RefundCase> listSelectionProperty() {
        return listSelection;
    }

    /** Features that change stored cases call this so the case list reloads and open cases are read again. */
    public void fireCasesChanged() {
        casesChangedListeners.forEach(Runnable::run);
        openCases.reloadAll();
    }

    public void onCasesChanged(Runnable listener) {
        casesChangedListeners.add(listener);
    }

    /**
     * Cases other people changed on the team server (on the FX thread): the lists re-read just these summaries and
     * the open views of these cases re-read them; null means "anything may have changed" (after a reconnect).
     */
    public void fireCasesChangedElsewhere(java.util.Set<java.util.UUID> ids) {
        if (ids == null) {
            fireCasesChanged();
            return;
        }
        changedElsewhereListeners.forEach(l -> l.accept(ids));
        ids.forEach(id -> openCases.find(id).ifPresent(open -> openCases.reload(id)));
    }

    public void onCasesChangedElsewhere(java.util.function.Consumer<java.util.Set<java.util.UUID>> listener) {
        changedElsewhereListeners.add(listener);
    }

    private HBox statusBar() {
        Label dataDir = new Label(services.messages().get("ui.status.dataDir", services.dataDir().toString()));
        dataDir.setId("statusDataDir");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusBar.getStyleClass().add("status-bar");
        statusBar.getChildren().addAll(dataDir, spacer, new TaskStatusBar(services.tasks()));
        return statusBar;
    }
}
