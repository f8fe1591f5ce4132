package nl.wmoscorecards.functions.store;

import java.util.Collection;
import java.util.List;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Survey responses in DynamoDB, partitioned by municipality and year. */
public final class DynamoSurveyResponseStore extends DynamoTableStore implements SurveyResponseStore {
    public DynamoSurveyResponseStore(DynamoDbClient client, String tableName) {
        super(client, tableName);
    }

    @Override
    public void save(Collection<SurveyResponse> responses) {
        BatchWriter.put(client, table, responses.stream().map(SurveyResponseItem::toItem).toList());
    }

    @Override
    public void delete(Collection<SurveyResponse> responses) {
        BatchWriter.delete(client, table, responses.stream().map(SurveyResponseItem::key).toList());
    }

    @Override
    public List<SurveyResponse> responsesOf(String municipality, int year) {
        return client.queryPaginator(SurveyResponseItem.KEYS.partition(table,
                        AttributeValue.fromS(SurveyResponseItem.partition(municipality, year))))
                .items().stream().map(SurveyResponseItem::fromItem).toList();
    }
}
