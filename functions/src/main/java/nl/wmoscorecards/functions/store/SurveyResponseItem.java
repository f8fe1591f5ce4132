package nl.wmoscorecards.functions.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.wmoscorecards.core.survey.SurveyResponse;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A survey response keyed by respondent's municipality and year, so a region's year is a few queries. */
@DynamoDbBean
public class SurveyResponseItem {
    private String municipalityYear;
    private String responseId;
    private String provider;
    private String date;
    private String grade;

    static String partition(String municipality, int year) {
        return municipality + "#" + year;
    }

    static SurveyResponseItem from(SurveyResponse r) {
        SurveyResponseItem item = new SurveyResponseItem();
        item.municipalityYear = partition(r.municipality(), r.date().getYear());
        item.responseId = r.responseId();
        item.provider = r.provider();
        item.date = r.date().toString();
        item.grade = r.grade().toPlainString();
        return item;
    }

    SurveyResponse toResponse() {
        return new SurveyResponse(responseId, provider, municipalityYear.substring(0, municipalityYear.indexOf('#')),
                LocalDate.parse(date), new BigDecimal(grade));
    }

    @DynamoDbPartitionKey
    public String getMunicipalityYear() { return municipalityYear; }
    public void setMunicipalityYear(String v) { municipalityYear = v; }
    @DynamoDbSortKey
    public String getResponseId() { return responseId; }
    public void setResponseId(String v) { responseId = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getGrade() { return grade; }
    public void setGrade(String v) { grade = v; }
}
