package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.KpiRun;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * KPI results per year and region, and one run item per year. A region's new results are written before
 * its stale rows are removed, and the run is recorded last, so a run cut off halfway leaves every partition
 * either as it was or as the new run has it.
 */
public final class DynamoKpiResultStore implements KpiResultStore {
    private final DynamoDbClient client;
    private final String results;
    private final String runs;

    public DynamoKpiResultStore(DynamoDbClient client, TableNames names) {
        this.client = client;
        this.results = names.kpiResults();
        this.runs = names.kpiRuns();
    }

    @Override
    public void replaceRegion(int year, String region, List<KpiResult> regionResults, Set<String> providersInCare) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        regionResults.forEach(r -> items.add(KpiResultItem.toItem(r)));
        items.add(KpiResultItem.providersInCareItem(year, region, providersInCare));
        BatchWriter.put(client, results, items);
        Set<String> keep = regionResults.stream().map(KpiResultItem::sortKey).collect(Collectors.toCollection(HashSet::new));
        keep.add(KpiResultItem.PROVIDERS_IN_CARE);
        removeFrom(year, region, item -> !keep.contains(ItemMaps.s(item, KpiResultItem.KEYS.sort().name())));
    }

    /**
     * The one item, read by a Query on its sort key (the grant the results are read with), so the region's rows are
     * not read again; only results stored before the item was kept fall back to them.
     */
    @Override
    public Set<String> providersInCare(int year, String measurementRegion) {
        return client.queryPaginator(KpiResultItem.KEYS.sortBeginsWith(results,
                        KpiResultItem.partition(year, measurementRegion), KpiResultItem.PROVIDERS_IN_CARE))
                .items().stream().findFirst()
                .<Set<String>>map(item -> new TreeSet<>(ItemMaps.ss(item, "providers")))
                .orElseGet(() -> KpiResultStore.inCareOf(results(year, measurementRegion)));
    }

    @Override
    public void recordRun(KpiRun run, Set<String> measuredRegions) {
        runItem(run.year()).map(KpiRunItem::regions).orElse(Set.of()).stream()
                .filter(region -> !measuredRegions.contains(region))
                .forEach(gone -> removeFrom(run.year(), gone, item -> true));
        client.putItem(r -> r.tableName(runs).item(KpiRunItem.toItem(run, new TreeSet<>(measuredRegions))));
    }

    private void removeFrom(int year, String region, Predicate<Map<String, AttributeValue>> stale) {
        BatchWriter.delete(client, results, query(year, region).filter(stale).map(KpiResultItem.KEYS::keyOf).toList());
    }

    @Override
    public List<KpiResult> results(int year, String measurementRegion) {
        return query(year, measurementRegion).filter(item -> !KpiResultItem.isProvidersInCare(item))
                .map(KpiResultItem::fromItem).toList();
    }

    private Stream<Map<String, AttributeValue>> query(int year, String region) {
        return client.queryPaginator(KpiResultItem.KEYS.partition(results,
                AttributeValue.fromS(KpiResultItem.partition(year, region)))).items().stream();
    }

    @Override
    public List<KpiRun> runs() {
        return client.scanPaginator(r -> r.tableName(runs)).items().stream().map(KpiRunItem::fromItem)
                .sorted(Comparator.comparingInt(KpiRun::year).reversed()).toList();
    }

    @Override
    public Optional<KpiRun> run(int year) {
        return runItem(year).map(KpiRunItem::fromItem);
    }

    private Optional<Map<String, AttributeValue>> runItem(int year) {
        Map<String, AttributeValue> item = client.getItem(r -> r.tableName(runs).key(KpiRunItem.key(year))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
