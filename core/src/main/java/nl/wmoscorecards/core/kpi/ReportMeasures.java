package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.report.ReportRow;

/**
 * Figures from the provider's own reports (config/report-types.yaml) about the measured year. A row with a
 * municipality counts only in that municipality's measurement region; a row without one is about the whole
 * organisation and counts in every region. No report, no row: the KPI shows "geen gegevens".
 */
final class ReportMeasures {
    private static final BigDecimal CENTS = BigDecimal.valueOf(100);

    private ReportMeasures() {
    }

    /** Experience experts employed (personeel.experienceExperts) on the latest reference date of the year's report. */
    static Tally experienceExperts(MeasureContext context, KpiDefinition definition) {
        return sumOnLatestDate(context, definition, "personeel", "experienceExperts", null);
    }

    /** Clients waiting (wachtlijst.waiting) on the latest reference date, per product category. */
    static Tally waitingList(MeasureContext context, KpiDefinition definition) {
        return sumOnLatestDate(context, definition, "wachtlijst", "waiting", "productCategory");
    }

    /**
     * Contacts with network partners (netwerkcontacten.count) in the year, per partner; parameter {@code partners}
     * limits them (e.g. only "toegang", the access organisation).
     */
    static Tally networkContacts(MeasureContext context, KpiDefinition definition) {
        List<String> partners = definition.stringListParameter("partners");
        Map<String, Integer> byPartner = new TreeMap<>();
        List<ReportRow> rows = rowsInRegion(context, definition, "netwerkcontacten");
        for (ReportRow row : rows) {
            String partner = (String) row.values().get("partner");
            if (partners.isEmpty() || partners.contains(partner)) {
                byPartner.merge(partner, (int) number(row, "count"), Integer::sum);
            }
        }
        return rows.isEmpty() ? Tally.none() : Tally.count(FlowMeasures.total(byPartner), byPartner);
    }

    /**
     * Fraud signals reported to the municipality's error-and-fraud team: the share of the year's signals
     * (fraudesignalen.count) with "gemeld bij gemeente: ja". The DWO norm is every signal.
     */
    static Tally fraudSignalsReported(MeasureContext context, KpiDefinition definition) {
        long reported = 0;
        long signals = 0;
        for (ReportRow row : rowsInRegion(context, definition, "fraudesignalen")) {
            long count = number(row, "count");
            signals += count;
            if ("ja".equals(row.values().get("reportedToMunicipality"))) {
                reported += count;
            }
        }
        Map<String, Integer> breakdown = signals == 0 ? Map.of()
                : Map.of("reported", (int) reported, "not_reported", (int) (signals - reported));
        return new Tally(BigDecimal.valueOf(reported), signals, 100, false, breakdown);
    }

    /**
     * Transformation spend as a percentage of Wmo turnover (Brabant Noordoost-oost: 2% for large and medium
     * providers), from the year's financial annual overview. Kept exact in euro cents: numerator = spend,
     * denominator = turnover. Providers below {@code minimumWmoTurnover} (small ones) are not counted, nor is a
     * report without the spend column.
     */
    static Tally transformationSpendShare(MeasureContext context, KpiDefinition definition) {
        String report = definition.stringParameter("report", "financieel-jaaroverzicht");
        String spendColumn = definition.stringParameter("spendColumn", "transformationSpend");
        String turnoverColumn = definition.stringParameter("turnoverColumn", "wmoTurnover");
        List<ReportRow> rows = context.reports().rows(context.provider(), report, context.year());
        if (rows.isEmpty() || rows.stream().anyMatch(r -> !r.values().containsKey(spendColumn))) {
            return Tally.none();
        }
        BigDecimal spend = sum(rows, spendColumn);
        BigDecimal turnover = sum(rows, turnoverColumn);
        BigDecimal minimum = new BigDecimal(definition.stringParameter("minimumWmoTurnover", "0"));
        if (turnover.signum() <= 0 || turnover.compareTo(minimum) < 0) {
            return Tally.none();
        }
        return new Tally(cents(spend), cents(turnover).longValueExact(), 100, false, Map.of());
    }

    /**
     * Required reports delivered on time (prestatieafspraken): of the reports the region's agreements require for the year, the
     * share delivered by the due date; late and missing are counted beside. Reports not yet due do not count.
     */
    static Tally mandatoryReportsDelivered(MeasureContext context, KpiDefinition definition) {
        long due = 0;
        long onTime = 0;
        Map<String, Integer> shortfalls = new TreeMap<>();
        for (ReportDelivery delivery : context.reports().deliveries(context.provider(),
                context.region().contractingRegion(), context.year(), context.input().asOf())) {
            if (delivery.state() == DeliveryState.OPEN) {
                continue;
            }
            due++;
            if (delivery.state() == DeliveryState.DELIVERED) {
                onTime++;
            } else {
                shortfalls.merge(delivery.state().name().toLowerCase(), 1, Integer::sum);
            }
        }
        return new Tally(BigDecimal.valueOf(onTime), due, 100, false, shortfalls);
    }

    private static Tally sumOnLatestDate(MeasureContext context, KpiDefinition definition, String defaultReport,
                                           String column, String breakdownColumn) {
        List<ReportRow> rows = rowsInRegion(context, definition, defaultReport);
        Optional<LocalDate> latest = rows.stream().map(r -> (LocalDate) r.values().get("referenceDate"))
                .filter(d -> d != null).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Tally.none();
        }
        Map<String, Integer> breakdown = new TreeMap<>();
        long total = 0;
        for (ReportRow row : rows) {
            if (latest.get().equals(row.values().get("referenceDate"))) {
                long value = number(row, column);
                total += value;
                if (breakdownColumn != null) {
                    breakdown.merge(String.valueOf(row.values().get(breakdownColumn)), (int) value, Integer::sum);
                }
            }
        }
        return Tally.count(total, breakdown);
    }

    private static List<ReportRow> rowsInRegion(MeasureContext context, KpiDefinition definition, String defaultReport) {
        String report = definition.stringParameter("report", defaultReport);
        return context.reports().rows(context.provider(), report, context.year()).stream()
                .filter(r -> context.coversMunicipality((String) r.values().get("municipality")))
                .toList();
    }

    private static long number(ReportRow row, String column) {
        Object value = row.values().get(column);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static BigDecimal sum(List<ReportRow> rows, String column) {
        return rows.stream().map(r -> r.values().get(column))
                .map(v -> v instanceof BigDecimal d ? d : v instanceof Number n ? BigDecimal.valueOf(n.longValue())
                        : BigDecimal.ZERO)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal cents(BigDecimal euros) {
        return euros.multiply(CENTS).setScale(0, java.math.RoundingMode.HALF_UP);
    }
}
