package com.pvsconsole.ui.support;

import com.pvsconsole.ui.dialog.Confirmation;
import com.pvsconsole.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Answers dialogs as the test scripted them and records what was asked. */
public class ScriptedDialogs implements DialogService {

    public boolean confirm = true;
    public boolean confirmDelete = true;
    /** Picks the first option whose label matches; none matching: cancelled. */
    public Predicate<String> choice = label -> true;
    public Path file;
    /** What the user types into a typed confirmation ({@link #askTyped}); null: cancelled. */
    public String typed;
    public final List<String> asked = new ArrayList<>();
    /** Every "Copy as code…" a dialog offered, in order (asked for its text as a click would). */
    public final List<java.util.function.Supplier<Optional<com.pvsconsole.service.code.GeneratedCode>>> offeredCode =
            new ArrayList<>();

    @Override
    public boolean confirm(Confirmation request) {
        if (request.code() != null) {
            offeredCode.add(request.code());
        }
        return confirm(request.title(), request.consequence(), request.confirmLabel());
    }

    @Override
    public Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes,
            Confirmation.Scope scope,
            java.util.function.Supplier<Optional<com.pvsconsole.service.code.GeneratedCode>> code) {
        offeredCode.add(code);
        return askDelete(resourceKind, resourceName, offerDataVolumes, scope);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label,
            String confirmLabel, Function<T, Optional<com.pvsconsole.service.code.GeneratedCode>> code) {
        Optional<T> picked = choose(title, prompt, options, label, confirmLabel);
        picked.ifPresent(option -> offeredCode.add(() -> code.apply(option)));
        return picked;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add("confirm " + message);
        return confirm;
    }

    @Override
    public Optional<DeleteChoice> askDelete(String resourceKind, String resourceName, boolean offerDataVolumes) {
        asked.add("delete " + resourceKind + " " + resourceName);
        return confirmDelete ? Optional.of(new DeleteChoice(false)) : Optional.empty();
    }

    @Override
    public Optional<String> askTyped(Confirmation request, String expected) {
        if (request.code() != null) {
            offeredCode.add(request.code());
        }
        asked.add("typed " + (request.risky() ? "risky " : "") + request.title() + " " + request.consequence()
                + " [" + request.scope().workspace() + "] expecting " + expected);
        return Optional.ofNullable(typed);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        asked.add("choose " + title);
        return options.stream().filter(option -> choice.test(label.apply(option))).findFirst();
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterName, List<String> patterns) {
        asked.add("file " + title);
        return Optional.ofNullable(file);
    }

    @Override
    public boolean showForm(String id, String title, Node form, String confirmLabel, ObservableBooleanValue valid) {
        asked.add("form " + id);
        return valid.get();
    }

    @Override
    public void notify(String message) {
        asked.add("notify " + message);
    }

    @Override
    public void copyToClipboard(String text) {
        asked.add("copy");
    }

    @Override
    public void offerUrl(String title, String url) {
        asked.add("url " + url);
    }

    public boolean wasAsked(String prefix) {
        return asked.stream().anyMatch(entry -> entry.startsWith(prefix));
    }
}
