package nl.wmoscorecards.functions.store;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.port.KpiResultStore;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * KPI results per year and region, and one run item per year. Saving a run writes its results first,
 * then removes rows of that year that the new run no longer has, then records the run.
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
    public void save(KpiRun run) {
        List<KpiResultItem> items = run.results().stream().map(KpiResultItem::from).toList();
        BatchWriter.put(enhanced, results, KpiResultItem.class, items);
        Set<String> newRegions = run.results().stream().map(KpiResult::region).collect(Collectors.toCollection(TreeSet::new));
        Set<String> keep = items.stream().map(i -> i.getYearRegion() + "|" + i.getProviderKpi()).collect(Collectors.toSet());
        Set<String> regionsToClean = new HashSet<>(newRegions);
        Optional.ofNullable(runs.getItem(Key.builder().partitionValue(run.year()).build()))
                .map(KpiRunItem::getRegions).ifPresent(regionsToClean::addAll);
        for (String region : regionsToClean) {
            List<Key> stale = query(run.year(), region)
                    .filter(i -> !keep.contains(i.getYearRegion() + "|" + i.getProviderKpi()))
                    .map(i -> Key.builder().partitionValue(i.getYearRegion()).sortValue(i.getProviderKpi()).build())
                    .toList();
            BatchWriter.delete(enhanced, results, KpiResultItem.class, stale);
        }
        runs.putItem(KpiRunItem.from(run, newRegions));
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
