package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.site.view.TrendChart;

/**
 * Lays out a KPI's trend over the years as SVG coordinates: x by year (oldest left), y on the KPI's full
 * scale (0-100% or 0-10, so charts of the same KPI compare at a glance; counts, days and amounts from 0 to a
 * round number above the largest value, ticked at whole numbers). Only years with a published value get a point. The plot starts
 * right of the widest y-axis label, so "20 dagen" is never clipped to "0 dagen".
 */
final class TrendCharts {
    static final int WIDTH = 480;
    static final int HEIGHT = 220;
    private static final int MIN_LEFT = 48;
    /** Generous average glyph width of the 12px axis font, plus the gap between label and plot and the margin. */
    private static final double AXIS_CHAR_WIDTH = 7.2;
    private static final int LABEL_GAP = 6;
    private static final int LABEL_MARGIN = 4;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;

    /** The y-axis labels of each scale: a national site draws tens of thousands of charts on a handful of scales. */
    private static final Map<Axis, List<String>> Y_LABELS = new ConcurrentHashMap<>();

    private record Axis(Unit unit, Unit.ChartScale scale) {
    }

    private TrendCharts() {
    }

    private static List<String> yLabels(Axis axis) {
        List<String> labels = new ArrayList<>();
        for (int step = 0; step <= axis.scale().ticks(); step++) {
            labels.add(axis.unit().threshold(BigDecimal.valueOf(axis.scale().maximum() * step / axis.scale().ticks())));
        }
        return List.copyOf(labels);
    }

    /** @param resultsByYear the provider's result on this KPI per year, oldest year first; null = no result */
    static TrendChart of(String id, KpiDefinition kpi, List<Integer> years, Map<Integer, PublishedResult> resultsByYear,
                         String regionName) {
        double largest = resultsByYear.values().stream().filter(r -> r.value().isShown())
                .mapToDouble(r -> r.value().orNull().doubleValue()).max().orElse(0);
        BigDecimal target = kpi.norm() == null ? null : kpi.norm().target();
        Unit.ChartScale scale = Unit.of(kpi.unit()).chartScale(Math.max(largest, target == null ? 0 : target.doubleValue()));
        double max = scale.maximum();
        List<String> yLabels = Y_LABELS.computeIfAbsent(new Axis(Unit.of(kpi.unit()), scale), TrendCharts::yLabels);
        int left = plotLeft(yLabels);
        List<TrendChart.Tick> xTicks = new ArrayList<>();
        List<TrendChart.Point> points = new ArrayList<>();
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            String x = coordinate(x(left, i, years.size()));
            xTicks.add(new TrendChart.Tick(x, Integer.toString(year)));
            PublishedResult result = resultsByYear.get(year);
            if (result != null && result.value().isShown()) {
                BigDecimal value = result.value().orNull();
                String y = coordinate(y(value.doubleValue(), max));
                points.add(new TrendChart.Point(x, y, year + ": " + Unit.of(kpi.unit()).format(value)));
                polyline.append(polyline.length() == 0 ? "" : " ").append(x).append(',').append(y);
            }
        }
        List<TrendChart.Tick> yTicks = new ArrayList<>();
        for (int step = 0; step <= scale.ticks(); step++) {
            yTicks.add(new TrendChart.Tick(coordinate(y(max * step / scale.ticks(), max)), yLabels.get(step)));
        }
        String normY = target == null ? null : coordinate(y(target.doubleValue(), max));
        String normLabel = target == null ? null : KpiColumns.normText(kpi);
        String title = kpi.name() + " in " + regionName + " per jaar";
        String description = points.isEmpty() ? "Nog geen gemeten waarden." :
                "Gemeten waarden: " + String.join("; ", points.stream().map(TrendChart.Point::label).toList())
                        + (normLabel == null ? "." : "; " + normLabel + ".");
        return new TrendChart(id, title, description, WIDTH, HEIGHT, left, WIDTH - RIGHT, polyline.toString(), points,
                yTicks, xTicks, normY, normLabel);
    }

    /** Where the plot starts: right of the widest y-axis label (labels end LABEL_GAP left of the plot). */
    static int plotLeft(List<String> yLabels) {
        int longest = yLabels.stream().mapToInt(String::length).max().orElse(0);
        return Math.max(MIN_LEFT, (int) Math.ceil(longest * AXIS_CHAR_WIDTH) + LABEL_GAP + LABEL_MARGIN);
    }

    private static double x(int left, int index, int count) {
        double plot = WIDTH - left - RIGHT;
        return count == 1 ? left + plot / 2 : left + plot * index / (count - 1);
    }

    private static double y(double value, double max) {
        double plot = HEIGHT - TOP - BOTTOM;
        return TOP + plot * (1 - Math.max(0, Math.min(max, value)) / max);
    }

    /** One decimal, half up; coordinates are never negative. Not String.format: it was a tenth of the site's time. */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
