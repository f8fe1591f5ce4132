package nl.wmoscorecards.functions.store;

import java.util.Collection;
import java.util.List;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Survey responses in DynamoDB, partitioned by municipality and year. */
public final class DynamoSurveyResponseStore implements SurveyResponseStore {
    static final TableSchema<SurveyResponseItem> SCHEMA = TableSchema.fromBean(SurveyResponseItem.class);
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<SurveyResponseItem> table;

    public DynamoSurveyResponseStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this.enhanced = enhanced;
        this.table = enhanced.table(tableName, SCHEMA);
    }

    @Override
    public void save(Collection<SurveyResponse> responses) {
        BatchWriter.put(enhanced, table, SurveyResponseItem.class,
                responses.stream().map(SurveyResponseItem::from).toList());
    }

    @Override
    public void delete(Collection<SurveyResponse> responses) {
        BatchWriter.delete(enhanced, table, SurveyResponseItem.class, responses.stream()
                .map(SurveyResponseItem::from)
                .map(i -> Key.builder().partitionValue(i.getMunicipalityYear()).sortValue(i.getResponseId()).build())
                .toList());
    }

    @Override
    public List<SurveyResponse> responsesOf(String municipality, int year) {
        return table.query(QueryConditional.keyEqualTo(Key.builder()
                        .partitionValue(SurveyResponseItem.partition(municipality, year)).build()))
                .items().stream().map(SurveyResponseItem::toResponse).toList();
    }
}
