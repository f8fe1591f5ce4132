package nl.wmoscorecards.functions.store;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.KpiRun;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * KPI results per year and region, and one run item per year. A region's new results are written before
 * its stale rows are removed, and the run is recorded last, so a run cut off halfway leaves every partition
 * either as it was or as the new run has it.
 */
public final class DynamoKpiResultStore implements KpiResultStore {
    static final TableSchema<KpiResultItem> RESULT_SCHEMA = TableSchema.fromBean(KpiResultItem.class);
    static final TableSchema<KpiRunItem> RUN_SCHEMA = TableSchema.fromBean(KpiRunItem.class);
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<KpiResultItem> results;
    private final DynamoDbTable<KpiRunItem> runs;

    public DynamoKpiResultStore(DynamoDbEnhancedClient enhanced, TableNames names) {
        this.enhanced = enhanced;
        this.results = enhanced.table(names.kpiResults(), RESULT_SCHEMA);
        this.runs = enhanced.table(names.kpiRuns(), RUN_SCHEMA);
    }

    @Override
    public void replaceRegion(int year, String region, List<KpiResult> regionResults) {
        List<KpiResultItem> items = regionResults.stream().map(KpiResultItem::from).toList();
        BatchWriter.put(enhanced, results, KpiResultItem.class, items);
        Set<String> keep = items.stream().map(KpiResultItem::getProviderKpi).collect(Collectors.toSet());
        removeFrom(year, region, item -> !keep.contains(item.getProviderKpi()));
    }

    @Override
    public void recordRun(KpiRun run, Set<String> measuredRegions) {
        Optional.ofNullable(runs.getItem(Key.builder().partitionValue(run.year()).build()))
                .map(KpiRunItem::getRegions).orElse(Set.of()).stream()
                .filter(region -> !measuredRegions.contains(region))
                .forEach(gone -> removeFrom(run.year(), gone, item -> true));
        runs.putItem(KpiRunItem.from(run, new TreeSet<>(measuredRegions)));
    }

    private void removeFrom(int year, String region, Predicate<KpiResultItem> stale) {
        List<Key> keys = query(year, region).filter(stale)
                .map(i -> Key.builder().partitionValue(i.getYearRegion()).sortValue(i.getProviderKpi()).build())
                .toList();
        BatchWriter.delete(enhanced, results, KpiResultItem.class, keys);
    }

    @Override
    public List<KpiResult> results(int year, String measurementRegion) {
        return query(year, measurementRegion).map(KpiResultItem::toResult).toList();
    }

    private java.util.stream.Stream<KpiResultItem> query(int year, String region) {
        return results.query(QueryConditional.keyEqualTo(Key.builder()
                .partitionValue(KpiResultItem.partition(year, region)).build())).items().stream();
    }

    @Override
    public List<KpiRun> runs() {
        return runs.scan().items().stream().map(KpiRunItem::toRun)
                .sorted(Comparator.comparingInt(KpiRun::year).reversed()).toList();
    }

    @Override
    public Optional<KpiRun> run(int year) {
        return Optional.ofNullable(runs.getItem(Key.builder().partitionValue(year).build())).map(KpiRunItem::toRun);
    }
}
