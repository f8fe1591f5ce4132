package nl.wmoscorecards.functions.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.wmoscorecards.core.kpi.KpiRun;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** One item per yearly run: when it ran and which region partitions hold its results. */
@DynamoDbBean
public class KpiRunItem {
    private Integer year;
    private String asOf;
    private String computedAt;
    private Integer resultCount;
    private Set<String> regions;

    static KpiRunItem from(KpiRun run, Set<String> regions) {
        KpiRunItem item = new KpiRunItem();
        item.year = run.year();
        item.asOf = run.asOf().toString();
        item.computedAt = run.computedAt().toString();
        item.resultCount = run.results().size();
        item.regions = regions.isEmpty() ? null : regions;
        return item;
    }

    KpiRun toRun() {
        return new KpiRun(year, LocalDate.parse(asOf), Instant.parse(computedAt), List.of());
    }

    @DynamoDbPartitionKey
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public String getAsOf() { return asOf; }
    public void setAsOf(String v) { asOf = v; }
    public String getComputedAt() { return computedAt; }
    public void setComputedAt(String v) { computedAt = v; }
    public Integer getResultCount() { return resultCount; }
    public void setResultCount(Integer v) { resultCount = v; }
    public Set<String> getRegions() { return regions; }
    public void setRegions(Set<String> v) { regions = v; }
}
