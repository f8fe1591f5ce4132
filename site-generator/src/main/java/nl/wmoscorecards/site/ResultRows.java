package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.core.region.MeasurementRegion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Result rows of data/kpi-results-{year}.json ({@link DataFileRenderer}, which also writes them), read back from a previous
 * publish or from the revision log. A count the publish left out (null) reads as 0, so a figure
 * read back can only look smaller to the publication policy, never larger.
 */
final class ResultRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultRows() {
    }

    /** The "results" of a data/kpi-results-{year}.json file. */
    static List<KpiResult> readRunFile(byte[] json, ScorecardsConfig config) {
        List<KpiResult> results = new ArrayList<>();
        for (JsonNode row : JSON.readTree(json).path("results")) {
            results.add(read(row, config));
        }
        return results;
    }

    static KpiResult read(JsonNode row, ScorecardsConfig config) {
        int year = row.path("year").asInt();
        String region = row.path("region").asString();
        String kpi = row.path("kpi").asString();
        NotMeasured notMeasured = null;
        if (!row.path("measured").asBoolean()) {
            NotMeasured.Reason reason = NotMeasured.Reason.fromCode(row.path("reason").asString());
            boolean outsideContract = reason == NotMeasured.Reason.BEFORE_CONTRACT_PHASE
                    || reason == NotMeasured.Reason.AFTER_CONTRACT_PHASE;
            notMeasured = outsideContract ? NotMeasured.outsideContractPhase(reason)
                    : NotMeasured.below(reason, minimum(config, region, year, kpi, reason));
        }
        BigDecimal value = number(row, "value");
        long denominator = row.path("denominator").asLong(0);
        BigDecimal numerator = number(row, "numerator");
        if (numerator == null && value != null && denominator > 0 && isPercent(config, region, year, kpi)) {
            // The public file has no numerators; the policy's outcome splits need one: the share of n, as shown.
            numerator = value.multiply(BigDecimal.valueOf(denominator))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
        }
        return new KpiResult(year, region, row.path("provider").asString(), kpi, notMeasured,
                value == null ? null : value.doubleValue(), numerator,
                denominator, row.path("clients").asInt(0),
                number(row, "respondents") == null ? null : number(row, "respondents").intValue(),
                row.path("band").isString() ? Band.fromCode(row.path("band").asString()) : null, Map.of(),
                number(row, "surveyYear") == null ? null : number(row, "surveyYear").intValue());
    }

    private static BigDecimal number(JsonNode row, String field) {
        JsonNode node = row.path(field);
        return node.isNumber() ? node.decimalValue() : null;
    }

    private static boolean isPercent(ScorecardsConfig config, String region, int year, String kpi) {
        return config.regions().measurementRegion(region).map(MeasurementRegion::contractingRegion)
                .flatMap(contracting -> config.kpiCatalog(contracting, year))
                .flatMap(c -> c.kpis().stream().filter(k -> k.id().equals(kpi)).findFirst())
                .map(k -> Unit.of(k.unit()) == Unit.PERCENT).orElse(false);
    }

    /** The group size a not-measured result missed, as the catalogue sets it (the file words it, not counts it). */
    private static int minimum(ScorecardsConfig config, String region, int year, String kpi, NotMeasured.Reason reason) {
        Optional<KpiCatalog> catalog = config.regions().measurementRegion(region)
                .map(MeasurementRegion::contractingRegion)
                .flatMap(contracting -> config.kpiCatalog(contracting, year));
        if (reason == NotMeasured.Reason.TOO_FEW_RESPONDENTS) {
            Optional<Integer> respondents = catalog.flatMap(c -> c.kpis().stream().filter(k -> k.id().equals(kpi))
                    .findFirst()).map(KpiDefinition::minimumRespondents);
            if (respondents.isPresent()) {
                return respondents.get();
            }
        }
        return catalog.map(KpiCatalog::minimumClients).orElse(PublicationPolicy.DEFAULT_MINIMUM);
    }
}
