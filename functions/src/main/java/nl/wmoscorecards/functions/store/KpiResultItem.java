package nl.wmoscorecards.functions.store;

import java.math.BigDecimal;
import java.util.Map;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A KPI result keyed by year + measurement region, so a scorecard is one Query. */
@DynamoDbBean
public class KpiResultItem {
    private String yearRegion;
    private String providerKpi;
    private Integer year;
    private String region;
    private String provider;
    private String kpi;
    private Boolean measured;
    private String reason;
    private Integer reasonMinimum;
    private Double value;
    private String numerator;
    private Long denominator;
    private Integer clients;
    private Integer respondents;
    private String band;
    private Map<String, Integer> causes;
    private Integer surveyYear;

    static String partition(int year, String region) {
        return year + "#" + region;
    }

    static KpiResultItem from(KpiResult r) {
        KpiResultItem item = new KpiResultItem();
        item.yearRegion = partition(r.year(), r.region());
        item.providerKpi = r.provider() + "#" + r.kpi();
        item.year = r.year();
        item.region = r.region();
        item.provider = r.provider();
        item.kpi = r.kpi();
        item.measured = r.measured();
        item.reason = r.measured() ? null : r.notMeasured().reason().code();
        item.reasonMinimum = r.measured() ? null : r.notMeasured().minimum();
        item.value = r.value();
        item.numerator = r.numerator().toPlainString();
        item.denominator = r.denominator();
        item.clients = r.clients();
        item.respondents = r.respondents();
        item.band = r.band() == null ? null : r.band().code();
        item.causes = r.causes().isEmpty() ? null : r.causes();
        item.surveyYear = r.surveyYear();
        return item;
    }

    KpiResult toResult() {
        NotMeasured notMeasured = reason == null ? null : new NotMeasured(reasonOf(reason), reasonMinimum);
        return new KpiResult(year, region, provider, kpi, notMeasured, value,
                new BigDecimal(numerator), denominator, clients, respondents,
                band == null ? null : Band.fromCode(band), causes, surveyYear);
    }

    /** A reason code; results stored before the codes existed hold English text ("fewer than 10 respondents"). */
    private static NotMeasured.Reason reasonOf(String stored) {
        if (stored.startsWith("fewer than")) {
            return stored.contains("respondents") ? NotMeasured.Reason.TOO_FEW_RESPONDENTS
                    : NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE;
        }
        return NotMeasured.Reason.fromCode(stored);
    }

    @DynamoDbPartitionKey
    public String getYearRegion() { return yearRegion; }
    public void setYearRegion(String v) { yearRegion = v; }
    @DynamoDbSortKey
    public String getProviderKpi() { return providerKpi; }
    public void setProviderKpi(String v) { providerKpi = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getProvider() { return provider; }
    public void setProvider(String v) { provider = v; }
    public String getKpi() { return kpi; }
    public void setKpi(String v) { kpi = v; }
    public Boolean getMeasured() { return measured; }
    public void setMeasured(Boolean v) { measured = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public Integer getReasonMinimum() { return reasonMinimum; }
    public void setReasonMinimum(Integer v) { reasonMinimum = v; }
    public Integer getSurveyYear() { return surveyYear; }
    public void setSurveyYear(Integer v) { surveyYear = v; }
    public Double getValue() { return value; }
    public void setValue(Double v) { value = v; }
    public String getNumerator() { return numerator; }
    public void setNumerator(String v) { numerator = v; }
    public Long getDenominator() { return denominator; }
    public void setDenominator(Long v) { denominator = v; }
    public Integer getClients() { return clients; }
    public void setClients(Integer v) { clients = v; }
    public Integer getRespondents() { return respondents; }
    public void setRespondents(Integer v) { respondents = v; }
    public String getBand() { return band; }
    public void setBand(String v) { band = v; }
    public Map<String, Integer> getCauses() { return causes; }
    public void setCauses(Map<String, Integer> v) { causes = v; }
}
