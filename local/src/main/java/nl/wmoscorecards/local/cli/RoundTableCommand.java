package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.contract.ProviderSize;
import nl.wmoscorecards.core.contract.ProviderSizes;
import nl.wmoscorecards.core.contract.RoundTableAttendance;
import nl.wmoscorecards.core.contract.RoundTablePlanner;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Who to invite to a round table of a contracting region, optionally for one product category; a provider that
 * missed more than twice (recorded with `round-table-attendance`) is left out, and the list says so.
 */
@Command(name = "round-table", mixinStandardHelpOptions = true,
        description = "List the providers to invite to a round table (all when 12 or fewer are relevant; "
                + "otherwise at most 5 large, 5 medium and 2 small, spread over the measurement regions); "
                + "providers that missed more than twice in the year and the year before are left out.")
public final class RoundTableCommand extends RuntimeCommand {
    @Mixin
    ContractingRegionOption region;

    @Mixin
    YearOption year;

    @Option(names = "--product-category", paramLabel = "CC", description = "Only providers with allocations of this WMO020 category.")
    String productCategory;

    @Override
    int execute(LocalRuntime runtime, PrintWriter out) {
        int year = this.year.year();
        StoredProviderReports reports = new StoredProviderReports(runtime.uploadStore(), runtime.stores().reportRows(),
                runtime.config().reportTypes());
        Map<MeasurementRegion, Set<String>> withCategory = new HashMap<>();
        ContractingRegion contracting = region.of(runtime);
        List<ProviderSize> sizes = new ProviderSizes(reports).of(contracting, year,
                measurement -> runtime.stores().kpiResults().results(year, measurement.id()),
                (measurement, provider) -> productCategory == null || withCategory
                        .computeIfAbsent(measurement, m -> providersWithCategory(runtime, m, year)).contains(provider));
        RoundTablePlanner.Plan plan = new RoundTablePlanner().plan(sizes,
                RoundTableAttendance.absences(runtime.stores().roundTables().roundTablesOf(contracting.id()), year));
        List<RoundTablePlanner.Invitation> invited = plan.invited();
        Map<String, String> names = runtime.providerKeys().names();
        out.println(sizes.size() + " relevant providers, " + invited.size() + " invited:");
        for (RoundTablePlanner.Invitation i : invited) {
            out.printf("  %-9s %-40s %-12s %-30s %d clients%n", i.provider(),
                    names.getOrDefault(i.provider(), ""), i.size().dutchLabel(), i.measurementRegion(), i.clients());
        }
        for (RoundTablePlanner.Exclusion x : plan.leftOut()) {
            out.printf("  left out: %-9s %-40s missed %d times in %d-%d (more than %d)%n",
                    x.provider(), names.getOrDefault(x.provider(), ""), x.absences().missed(),
                    RoundTableAttendance.firstCountedYear(year), year, RoundTableAttendance.MISSES_ALLOWED);
        }
        return ExitCodes.OK;
    }

    private Set<String> providersWithCategory(LocalRuntime runtime, MeasurementRegion measurement, int year) {
        Set<String> found = new TreeSet<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        for (String municipality : measurement.municipalities().keySet()) {
            for (Allocation a : runtime.stores().allocations().allocationsOf(municipality)) {
                if (a.isCountable() && productCategory.equals(a.toewijzing().productCategory())
                        && a.assignedStartDate().getYear() <= year && (a.actualEndDate() == null || !a.actualEndDate().isBefore(first))) {
                    found.add(a.provider());
                }
            }
        }
        return found;
    }
}
