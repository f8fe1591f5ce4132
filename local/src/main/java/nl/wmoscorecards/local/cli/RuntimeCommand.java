package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Mixin;

/**
 * The skeleton of every command that works on a data folder: the {@code --data} option and opening the embedded
 * runtime (which locks the folder and closes it again), on the console of {@link ConsoleCommand}. A command says
 * only what it does on the open runtime; failures go to {@link CrashReport} (exit 3).
 */
abstract class RuntimeCommand extends ConsoleCommand {
    @Mixin
    DataOption data;

    /** The command's work on the open runtime, printing to {@code out}; returns the exit code. */
    abstract int execute(LocalRuntime runtime, PrintWriter out) throws Exception;

    /** A usage problem found before the data folder is opened (so it is neither started nor locked): its exit code. */
    OptionalInt usageProblem(PrintWriter out) {
        return OptionalInt.empty();
    }

    /** Whether a failure is the user's input refused (one line "Refused: ...", exit 1) rather than a crash (exit 3). */
    boolean isRefusal(Exception failure) {
        return false;
    }

    @Override
    final int execute(PrintWriter out) throws Exception {
        OptionalInt problem = usageProblem(out);
        if (problem.isPresent()) {
            return problem.getAsInt();
        }
        try (LocalRuntime runtime = LocalRuntime.open(data.folder())) {
            return execute(runtime, out);
        } catch (Exception failure) {
            if (!isRefusal(failure)) {
                throw failure;
            }
            out.println("Refused: " + failure.getMessage());
            return ExitCodes.REJECTED;
        }
    }

    /** The date an option gave, or today on the runtime's clock. */
    static LocalDate orToday(LocalDate given, LocalRuntime runtime) {
        return given != null ? given : LocalDate.now(runtime.clock());
    }

    /** Every stored KPI result of a year, measurement region by measurement region in configured order. */
    static List<KpiResult> storedResults(LocalRuntime runtime, int year) {
        List<KpiResult> results = new ArrayList<>();
        for (MeasurementRegion region : runtime.config().regions().measurementRegions()) {
            results.addAll(runtime.stores().kpiResults().results(year, region.id()));
        }
        return results;
    }

    /** The providers' stored reports with the region's report duties, as the yearly run reads them. */
    static StoredProviderReports providerReports(LocalRuntime runtime) {
        return new StoredProviderReports(runtime.uploadStore(), runtime.stores().reportRows(),
                runtime.config().reportTypes(), runtime.config().reportDuties());
    }
}
