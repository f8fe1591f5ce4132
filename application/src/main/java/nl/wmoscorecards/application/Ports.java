package nl.wmoscorecards.application;

import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.contract.ConversationStore;
import nl.wmoscorecards.core.contract.RoundTableStore;
import nl.wmoscorecards.core.escalation.EscalationStore;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * One adapter per core port: what the use cases are wired to. The DynamoDB stores (functions' {@code Stores})
 * implement it for the Lambda handlers and the CLI alike; tests may bring in-memory ones.
 */
public interface Ports {

    AllocationStore allocations();

    SurveyResponseStore surveyResponses();

    KpiResultStore kpiResults();

    UploadStore uploads();

    ReportRowStore reportRows();

    EscalationStore escalations();

    ConversationStore conversations();

    RoundTableStore roundTables();
}
