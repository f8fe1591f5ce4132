package nl.wmoscorecards.functions.store;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** One report row, keyed by provider + report type + period, then upload + row number. Values as text. */
@DynamoDbBean
public class ReportRowItem {
    private String providerTypePeriod;
    private String uploadRow;
    private Integer rowNumber;
    private Map<String, String> values;

    @DynamoDbPartitionKey
    public String getProviderTypePeriod() { return providerTypePeriod; }
    public void setProviderTypePeriod(String v) { providerTypePeriod = v; }
    @DynamoDbSortKey
    public String getUploadRow() { return uploadRow; }
    public void setUploadRow(String v) { uploadRow = v; }
    public Integer getRowNumber() { return rowNumber; }
    public void setRowNumber(Integer v) { rowNumber = v; }
    public Map<String, String> getValues() { return values; }
    public void setValues(Map<String, String> v) { values = v; }
}
