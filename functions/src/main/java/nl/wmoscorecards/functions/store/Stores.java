package nl.wmoscorecards.functions.store;

import nl.wmoscorecards.application.Ports;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.contract.ConversationStore;
import nl.wmoscorecards.core.contract.RoundTableStore;
import nl.wmoscorecards.core.escalation.EscalationStore;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.UploadStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB adapters behind the core's ports, wired once per client. */
public record Stores(AllocationStore allocations, SurveyResponseStore surveyResponses, KpiResultStore kpiResults,
                     UploadStore uploads, ReportRowStore reportRows, EscalationStore escalations,
                     ConversationStore conversations, RoundTableStore roundTables) implements Ports {

    public static Stores dynamo(DynamoDbClient client, TableNames names) {
        DynamoContractManagementStore contractManagement = new DynamoContractManagementStore(client, names.contractManagement());
        return new Stores(
                new DynamoAllocationStore(client, names.allocations()),
                new DynamoSurveyResponseStore(client, names.surveyResponses()),
                new DynamoKpiResultStore(client, names),
                new DynamoUploadStore(client, names.uploads()),
                new DynamoReportRowStore(client, names.reportRows()),
                new DynamoEscalationStore(client, names.escalations()),
                contractManagement, contractManagement);
    }
}
