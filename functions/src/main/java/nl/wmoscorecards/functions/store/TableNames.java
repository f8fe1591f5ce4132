package nl.wmoscorecards.functions.store;

import java.util.Map;

/** The DynamoDB table names, from the environment variables template.yaml sets, with local defaults. */
public record TableNames(String allocations, String surveyResponses, String kpiResults, String kpiRuns,
                         String uploads, String reportRows, String escalations, String contractManagement) {

    public static TableNames fromEnvironment() {
        return from(System.getenv());
    }

    public static TableNames from(Map<String, String> env) {
        return new TableNames(
                env.getOrDefault("ALLOCATIONS_TABLE", "scorecards-allocation-messages"),
                env.getOrDefault("SURVEY_RESPONSES_TABLE", "scorecards-survey-responses"),
                env.getOrDefault("KPI_RESULTS_TABLE", "scorecards-kpi-results"),
                env.getOrDefault("KPI_RUNS_TABLE", "scorecards-kpi-runs"),
                env.getOrDefault("UPLOADS_TABLE", "scorecards-uploads"),
                env.getOrDefault("REPORT_ROWS_TABLE", "scorecards-report-rows"),
                env.getOrDefault("ESCALATIONS_TABLE", "scorecards-escalations"),
                env.getOrDefault("CONTRACT_MANAGEMENT_TABLE", "scorecards-contract-management"));
    }
}
