package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * A server-rendered SVG dot chart of one KPI: a row per provider (numbered as in the table beside it), the
 * value as a dot on the KPI's scale, the bands as shaded areas and the norm as a dashed line. Every
 * coordinate is computed in Java; the table carries the same figures for assistive technology.
 *
 * @param normX x of the dashed norm line, null when the KPI has no norm
 */
public record DotChart(String id, String title, String description, int width, int height, int plotTop,
                       int plotBottom, List<Dot> dots, List<Area> bands, List<TrendChart.Tick> xTicks, String normX,
                       String bandsText, String dotsText) {
    public DotChart {
        dots = List.copyOf(dots);
        bands = List.copyOf(bands);
        xTicks = List.copyOf(xTicks);
    }

    /** One provider's value: its row label (the number in the table), its position and its text. */
    public record Dot(String number, String x, String y, String label) {
    }

    /** A band's stretch of the scale, shaded by its modifier. */
    public record Area(String x, String width, String modifier) {
    }
}
