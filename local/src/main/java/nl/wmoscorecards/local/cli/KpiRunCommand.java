package nl.wmoscorecards.local.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.LeftOutMessages;
import nl.wmoscorecards.site.KpiRunJson;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The yearly KPI run on the stored allocations and survey responses. */
@Command(name = "kpi-run", mixinStandardHelpOptions = true,
        description = "Compute the KPIs of a year for every measurement region and provider, store them, and raise "
                + "escalations for KPIs below their norm, late or missing mandatory reports and failing dossier audits.")
public final class KpiRunCommand extends RuntimeCommand {
    static final int SHOWN_LEFT_OUT = 20;

    @Mixin
    YearOption year;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Override
    int execute(LocalRuntime runtime, PrintWriter out) throws Exception {
        run(runtime, year.year(), asOf.on(runtime), json, out);
        return ExitCodes.OK;
    }

    static KpiRun run(LocalRuntime runtime, int year, LocalDate asOf, Path json, PrintWriter out) throws Exception {
        Progress progress = new Progress(out);
        YearlyAssessment.Outcome outcome = UseCases.yearlyRun(runtime.config(), runtime.stores(), runtime.clock()).run(year, asOf);
        KpiRun run = outcome.run();
        long measured = run.results().stream().filter(KpiResult::measured).count();
        long providers = run.results().stream().map(r -> r.region() + "/" + r.provider()).distinct().count();
        progress.done("kpi-run", year + " as of " + asOf + ": " + run.results().size() + " results for "
                + providers + " providers per region, " + measured + " measured, " + outcome.escalations().size()
                + " escalations raised or extended");
        LeftOutMessages leftOut = leftOut(runtime);
        progress.done("left-out", leftOut.count() + " start/stop messages (305/307) not counted: sent by another "
                + "provider than the allocation's 301 names");
        printLeftOut(leftOut, out);
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(json, KpiRunJson.toJson(run), StandardCharsets.UTF_8);
            out.println("Results: " + json);
        }
        return run;
    }

    /**
     * The 305/307 messages the run left out because only an allocation's provider may start or stop it, read
     * region by region. They name allocation numbers, so they are printed for the operator and never go into the
     * results JSON, which the public site publishes.
     */
    static LeftOutMessages leftOut(LocalRuntime runtime) {
        LeftOutMessages all = LeftOutMessages.NONE;
        for (MeasurementRegion region : runtime.config().regions().measurementRegions()) {
            List<Allocation> allocations = new ArrayList<>();
            for (String municipality : new TreeSet<>(region.municipalities().keySet())) {
                allocations.addAll(runtime.stores().allocations().allocationsOf(municipality));
            }
            all = all.plus(LeftOutMessages.of(region.id(), allocations));
        }
        return all;
    }

    static void printLeftOut(LeftOutMessages leftOut, PrintWriter out) {
        List<LeftOutMessages.Entry> entries = leftOut.entries();
        for (LeftOutMessages.Entry entry : entries.subList(0, Math.min(SHOWN_LEFT_OUT, entries.size()))) {
            out.println("  left out: " + entry.describe());
        }
        if (entries.size() > SHOWN_LEFT_OUT) {
            out.println("  ... and " + (entries.size() - SHOWN_LEFT_OUT) + " more");
        }
        out.flush();
    }
}
