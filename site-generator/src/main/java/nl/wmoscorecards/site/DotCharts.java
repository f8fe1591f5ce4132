package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wmoscorecards.core.kpi.BandThreshold;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.site.view.DotChart;
import nl.wmoscorecards.site.view.TrendChart;

/**
 * Lays out a KPI's values across providers as SVG coordinates: a row per provider in the given order, x on
 * the KPI's full scale (the same scale as the trend charts), the bands behind the dots.
 */
final class DotCharts {
    static final int WIDTH = 640;
    static final int ROW = 20;
    private static final int LEFT = 40;
    private static final int RIGHT = 24;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    private DotCharts() {
    }

    /** One provider's value, already published, with the number it has in the table. */
    record Value(String number, double value, String label) {
    }

    /** @param perDot what one dot stands for, in Dutch: "zorgaanbieder" or "meetregio (de mediaan)" */
    static DotChart of(String id, String title, KpiDefinition kpi, List<Value> values, String perDot) {
        BigDecimal target = kpi.norm() == null ? null : kpi.norm().target();
        double largest = values.stream().mapToDouble(Value::value).max().orElse(0);
        Unit.ChartScale scale = Unit.of(kpi.unit()).chartScale(Math.max(largest, target == null ? 0 : target.doubleValue()));
        double max = scale.maximum();
        int height = TOP + ROW * Math.max(1, values.size()) + BOTTOM;
        int plotBottom = height - BOTTOM;
        List<DotChart.Dot> dots = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            dots.add(new DotChart.Dot(value.number(), TrendCharts.coordinate(x(value.value(), max)),
                    TrendCharts.coordinate(TOP + ROW * i + ROW / 2.0), value.label()));
        }
        List<DotChart.Area> bands = new ArrayList<>();
        if (kpi.norm() != null) {
            List<BandThreshold> thresholds = kpi.norm().bands();
            for (int i = 0; i < thresholds.size(); i++) {
                double from = thresholds.get(i).from() == null ? 0 : thresholds.get(i).from().doubleValue();
                double upTo = i + 1 < thresholds.size() ? thresholds.get(i + 1).from().doubleValue() : max;
                double left = x(from, max);
                double right = x(upTo, max);
                if (right > left) {
                    bands.add(new DotChart.Area(TrendCharts.coordinate(left), TrendCharts.coordinate(right - left),
                            thresholds.get(i).toBand().code().replace('_', '-').toLowerCase(Locale.ROOT)));
                }
            }
        }
        List<TrendChart.Tick> ticks = new ArrayList<>();
        for (int step = 0; step <= scale.ticks(); step++) {
            double value = max * step / scale.ticks();
            ticks.add(new TrendChart.Tick(TrendCharts.coordinate(x(value, max)),
                    DutchFormat.threshold(BigDecimal.valueOf(value), kpi.unit())));
        }
        String normX = target == null ? null : TrendCharts.coordinate(x(target.doubleValue(), max));
        String range = "Schaal van " + ticks.get(0).label() + " tot " + ticks.get(ticks.size() - 1).label() + ". ";
        String bandsText = KpiColumns.bandRanges(kpi).isEmpty() ? null : String.join("; ", KpiColumns.bandRanges(kpi));
        String description = values.isEmpty() ? "Nog geen gemeten waarden."
                : range + "Eén stip per " + perDot + ", genummerd als in de tabel: "
                + String.join("; ", values.stream().map(v -> v.number() + ". " + v.label()).toList())
                + (target == null ? "." : "; " + KpiColumns.normText(kpi) + ".");
        return new DotChart(id, title, description, WIDTH, height, TOP, plotBottom, dots, bands, ticks, normX, bandsText,
                "Eén stip per " + perDot);
    }

    private static double x(double value, double max) {
        double plot = WIDTH - LEFT - RIGHT;
        return LEFT + plot * Math.max(0, Math.min(max, value)) / max;
    }
}
