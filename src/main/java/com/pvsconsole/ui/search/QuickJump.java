package com.pvsconsole.ui.search;

import atlantafx.base.theme.Styles;
import com.pvsconsole.service.search.JumpFinder;
import com.pvsconsole.service.search.JumpTarget;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * Ctrl+K: a box over the window that finds any server, volume, network or workspace by name
 * across every region and workspace it is given, and hands the chosen one back. Type to narrow
 * (exact, prefix, substring, then letters in order), Up/Down to pick, Enter or a click to jump,
 * Escape to close. Node ids: {@code quick-jump}, {@code quick-jump-field}, {@code quick-jump-list}.
 */
public final class QuickJump {

    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final int SHOWN = 50;

    private final Messages messages;
    private final Popup popup = new Popup();
    private final TextField field = new TextField();
    private final ListView<JumpTarget> list = new ListView<>();
    private JumpFinder finder = new JumpFinder(List.of());
    private Consumer<JumpTarget> onChosen = target -> { };

    public QuickJump(Messages messages) {
        this.messages = messages;
        createView();
        initListeners();
    }

    /** Opens this box on Ctrl+K (Cmd+K on macOS) in {@code scene}, over the targets known at that moment. */
    public static QuickJump install(Scene scene, Supplier<List<JumpTarget>> targets, Consumer<JumpTarget> onChosen,
                                    Messages messages) {
        QuickJump jump = new QuickJump(messages);
        scene.getAccelerators().put(SHORTCUT, () -> jump.show(scene.getWindow(), targets.get(), onChosen));
        return jump;
    }

    private void createView() {
        field.setId("quick-jump-field");
        field.setPromptText(messages.get("jump.prompt"));
        list.setId("quick-jump-list");
        list.setPrefSize(560, 320);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label(messages.get("jump.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(JumpTarget item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        VBox box = new VBox(6, field, list);
        box.setId("quick-jump");
        box.setPadding(new Insets(10));
        box.getStyleClass().addAll("quick-jump", Styles.ELEVATED_2);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    private void initListeners() {
        field.textProperty().addListener((obs, old, now) -> refresh());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case DOWN, UP -> {
                    int at = list.getSelectionModel().getSelectedIndex() + (event.getCode() == KeyCode.DOWN ? 1 : -1);
                    list.getSelectionModel().select(Math.max(0, Math.min(list.getItems().size() - 1, at)));
                    list.scrollTo(list.getSelectionModel().getSelectedIndex());
                    event.consume();
                }
                case ENTER -> {
                    choose(list.getSelectionModel().getSelectedItem());
                    event.consume();
                }
                case ESCAPE -> {
                    popup.hide();
                    event.consume();
                }
                default -> { }
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() >= 1) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Shows the box centred near the top of {@code owner}, empty, over {@code targets}. */
    public void show(Window owner, List<JumpTarget> targets, Consumer<JumpTarget> chosen) {
        this.finder = new JumpFinder(targets);
        this.onChosen = chosen;
        field.clear();
        refresh();
        double x = owner.getX() + Math.max(0, (owner.getWidth() - 580) / 2);
        double y = owner.getY() + Math.min(120, owner.getHeight() / 6);
        popup.show(owner, x, y);
        field.requestFocus();
    }

    public void hide() {
        popup.hide();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void refresh() {
        list.getItems().setAll(finder.find(field.getText(), SHOWN));
        list.getSelectionModel().selectFirst();
    }

    private void choose(JumpTarget target) {
        if (target != null) {
            popup.hide();
            onChosen.accept(target);
        }
    }

    private String describe(JumpTarget target) {
        String kind = messages.get("jump.kind." + target.kind().name().toLowerCase(Locale.ROOT));
        String where = target.workspace().isEmpty() ? target.region()
                : messages.get("jump.where", target.region(), target.workspace());
        return messages.get("jump.item", target.name(), kind, where);
    }
}
