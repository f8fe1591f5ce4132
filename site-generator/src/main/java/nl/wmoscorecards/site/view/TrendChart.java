package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * A server-rendered SVG line chart of one KPI over the years; every coordinate is computed in Java so the
 * template only places it. The same figures are in the data table beside it, which is what assistive
 * technology reads.
 *
 * @param plotLeft  x where the plot starts: wide enough for the longest y-axis label ("20 dagen", "€ 25000")
 * @param plotRight x where the plot ends
 * @param normY     y of the dashed norm line, null when the KPI has no norm
 */
public record TrendChart(String id, String title, String description, int width, int height, int plotLeft,
                         int plotRight, String polyline, List<Point> points, List<Tick> yTicks, List<Tick> xTicks,
                         String normY, String normLabel) {
    public TrendChart {
        points = List.copyOf(points);
        yTicks = List.copyOf(yTicks);
        xTicks = List.copyOf(xTicks);
    }

    /** A measured value: its position and its text label. */
    public record Point(String x, String y, String label) {
    }

    /** An axis label at a position. */
    public record Tick(String position, String label) {
    }
}
