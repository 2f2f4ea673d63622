package com.pvsconsole.ui.overview;

import atlantafx.base.theme.Styles;
import com.pvsconsole.service.usage.UsageMetric;
import com.pvsconsole.ui.common.Messages;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One quota as a card: its name, the amount used in large type with "of limit unit" beside it in
 * small type, a gauge bar and the share in percent. (All of "26.25 of 200 cores" in large type was
 * cut to "26.25 of 20..." in the four cards of a 1024 px window.)
 */
final class UsageCard extends VBox {

    /** Near the limit the gauge turns amber, at it red: 80 % and 95 %. */
    private static final double WARN = 0.8;
    private static final double FULL = 0.95;

    private final Messages messages;
    private final Label value = new Label();
    private final Label limit = new Label();
    private final ProgressBar gauge = new ProgressBar(0);
    private final Label percent = new Label();

    UsageCard(UsageMetric.Kind kind, Messages messages) {
        this.messages = messages;
        String key = kind.name().toLowerCase(Locale.ROOT);
        setId("usage-" + key);
        getStyleClass().add("usage-card");
        Label title = new Label(messages.get("usage." + key));
        title.getStyleClass().add(Styles.TEXT_MUTED);
        value.setId("usage-" + key + "-value");
        value.getStyleClass().add(Styles.TITLE_3);
        value.setMinWidth(Region.USE_PREF_SIZE);
        limit.setId("usage-" + key + "-limit");
        limit.getStyleClass().add(Styles.TEXT_MUTED);
        HBox amounts = new HBox(6, value, limit);
        amounts.setAlignment(Pos.BASELINE_LEFT);
        gauge.setId("usage-" + key + "-gauge");
        gauge.setMaxWidth(Double.MAX_VALUE);
        percent.setId("usage-" + key + "-percent");
        percent.getStyleClass().add(Styles.TEXT_SMALL);
        setSpacing(6);
        getChildren().addAll(title, amounts, gauge, percent);
    }

    void show(UsageMetric metric) {
        String unit = metric.kind().unit();
        value.setText(amount(metric.used()));
        limit.setText(metric.hasLimit()
                ? messages.get("usage.ofLimit", amount(metric.limit()), unit).strip()
                : messages.get("usage.noLimit", unit).strip());
        gauge.setProgress(Math.min(1, metric.fraction()));
        gauge.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        gauge.getStyleClass().add(metric.fraction() >= FULL ? Styles.DANGER
                : metric.fraction() >= WARN ? Styles.WARNING : Styles.SUCCESS);
        percent.setText(metric.hasLimit() ? messages.get("usage.percent", amount(metric.fraction() * 100)) : "");
    }

    /** Up to two decimals, no grouping, so "0.25" cores and "4096" GB read as the service sent them. */
    static String amount(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
