package com.pvsconsole.ui.overview;

import com.pvsconsole.service.usage.UsageMetric;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.PageHeader;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The workspace overview: one gauge card per quota and a bar chart of each quota's share in use. */
public final class OverviewView extends View<VBox> {

    private final OverviewViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private final Map<UsageMetric.Kind, UsageCard> cards = new EnumMap<>(UsageMetric.Kind.class);
    private final XYChart.Series<String, Number> used = new XYChart.Series<>();
    private Label heading;

    public OverviewView(OverviewViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        PageHeader pageHeader = new PageHeader("overview", "", model.loadingProperty(), model::reload, messages);
        heading = pageHeader.heading();
        HBox header = pageHeader.row();

        HBox cardRow = new HBox(12);
        for (UsageMetric.Kind kind : UsageMetric.Kind.values()) {
            UsageCard card = new UsageCard(kind, messages);
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            card.setPrefWidth(200);
            cards.put(kind, card);
            cardRow.getChildren().add(card);
        }

        CategoryAxis quota = new CategoryAxis();
        NumberAxis share = new NumberAxis(0, 100, 10);
        share.setLabel(messages.get("usage.chart.axis"));
        BarChart<String, Number> chart = new BarChart<>(quota, share);
        chart.setId("overview-chart");
        chart.setTitle(messages.get("usage.chart.title"));
        chart.setLegendVisible(false);
        chart.setCategoryGap(80);
        chart.setAnimated(false); // values appear at once, also in tests and screenshots
        used.setName(messages.get("usage.chart.series"));
        chart.getData().add(used);
        VBox.setVgrow(chart, Priority.ALWAYS);

        ProblemBanner banner = new ProblemBanner("overview", model.problemProperty(), model::dismissProblem, dialogs,
                messages);
        VBox page = new VBox(12, header, banner, cardRow, chart);
        page.setId("overview-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    @Override
    protected void initListeners() {
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("usage.heading", model.workspaceNameProperty().get()),
                model.workspaceNameProperty()));
        model.metrics().addListener((ListChangeListener<UsageMetric>) change -> show());
        show();
    }

    private void show() {
        used.getData().clear();
        for (UsageMetric metric : model.metrics()) {
            cards.get(metric.kind()).show(metric);
            String category = messages.get("usage." + metric.kind().name().toLowerCase(Locale.ROOT));
            XYChart.Data<String, Number> bar = new XYChart.Data<>(category, Math.min(100, metric.fraction() * 100));
            used.getData().add(bar);
            String tip = UsageCard.amount(metric.used()) + " / " + UsageCard.amount(metric.limit());
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
        }
    }
}
