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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB adapters behind the core's ports, wired once per client. */
public record Stores(AllocationStore allocations, SurveyResponseStore surveyResponses, KpiResultStore kpiResults,
                     UploadStore uploads, ReportRowStore reportRows, EscalationStore escalations,
                     ConversationStore conversations, RoundTableStore roundTables) implements Ports {

    public static Stores dynamo(DynamoDbClient client, TableNames names) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        DynamoContractManagementStore contractManagement = new DynamoContractManagementStore(enhanced, names.contractManagement());
        return new Stores(
                new DynamoAllocationStore(enhanced, names.allocations()),
                new DynamoSurveyResponseStore(enhanced, names.surveyResponses()),
                new DynamoKpiResultStore(enhanced, names),
                new DynamoUploadStore(enhanced, names.uploads()),
                new DynamoReportRowStore(enhanced, names.reportRows()),
                new DynamoEscalationStore(enhanced, names.escalations()),
                contractManagement, contractManagement);
    }
}
