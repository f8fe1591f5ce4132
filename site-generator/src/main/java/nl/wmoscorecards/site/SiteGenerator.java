package nl.wmoscorecards.site;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import nl.wmoscorecards.core.calendar.DutchTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Generates the static scorecard site: the index, a scorecard per measurement region and year, a page per
 * provider, per KPI and per report type (with its templates), the open data (CSV and JSON of every
 * scorecard table, and the yearly JSON), the accessibility statement, the sitemap and the stylesheet.
 * Reads computed results only; computes nothing. The publication policy runs first and the plan holds only
 * its published results, so every renderer sees only what the edition may show.
 */
public final class SiteGenerator {
    private final Configuration freemarker = freemarker();
    private final IndexPageRenderer indexPage = new IndexPageRenderer();
    private final ScorecardPageRenderer scorecardPage = new ScorecardPageRenderer();
    private final ProviderPageRenderer providerPages = new ProviderPageRenderer();
    private final ProviderIndexes providerIndexes = new ProviderIndexes();
    private final KpiPageRenderer kpiPages = new KpiPageRenderer();
    private final ReportTypePageRenderer reportTypePages = new ReportTypePageRenderer();
    private final OpenDataRenderer openData = new OpenDataRenderer();
    private final OpenDataPageRenderer openDataPage = new OpenDataPageRenderer();
    private final InternalPagesRenderer internalPages = new InternalPagesRenderer();
    private final InfoPagesRenderer infoPages = new InfoPagesRenderer();
    private final DataFileRenderer dataFile = new DataFileRenderer();
    private final AssetWriter assets = new AssetWriter();
    private final UploadPageRenderer uploadPage = new UploadPageRenderer();

    /** Writes the site as published today with no previous publish to compare with. */
    public List<Path> generate(SiteModel model, Path outDir) throws IOException {
        return generate(model, Publication.firstOn(LocalDate.now(DutchTime.ZONE)), outDir);
    }

    /**
     * Writes the site under outDir (existing files of the same name are replaced) and returns the files written.
     * The previous publish is read first (it may be outDir itself), for the revisions a rerun made.
     */
    public List<Path> generate(SiteModel model, Publication publication, Path outDir) throws IOException {
        SitePlan plan = new SitePlan(model, PublicationPolicy.publish(model));
        Comparisons comparisons = new Comparisons(plan);
        RevisionLog revisions = RevisionLog.build(model, plan.runsNewestFirst(), publication);
        SiteWriter out = new SiteWriter(freemarker, outDir);
        assets.writeAll(model.edition(), out);
        List<ParallelRendering.Job> jobs = new ArrayList<>();
        for (PublishedRun run : plan.runsNewestFirst()) {
            jobs.add(() -> dataFile.render(model, run, out));
        }
        // The pages about the whole site are independent of each other and of the scorecards and providers; only
        // the sitemap waits for every page. Larger jobs first, so the threads finish together.
        jobs.add(() -> kpiPages.renderAll(model, plan, comparisons, out));
        jobs.add(() -> providerIndexes.render(model, plan, out));
        jobs.add(() -> indexPage.render(model, plan, out));
        jobs.add(() -> openDataPage.render(model, plan, out));
        jobs.add(() -> reportTypePages.renderAll(model, out));
        jobs.add(() -> internalPages.renderAll(model, plan, out));
        jobs.add(() -> infoPages.accessibility(model, out));
        jobs.add(() -> uploadPage.render(model, publication.date(), out));
        jobs.add(() -> out.text(RevisionLog.JSON_PATH, revisions.json()));
        jobs.add(() -> out.text(RevisionFeed.PATH, RevisionFeed.atom(model, plan, revisions, publication)));
        AtomicReferenceArray<OpenDataTable> openDataRows = new AtomicReferenceArray<>(plan.pages().size());
        Map<Integer, AtomicInteger> scorecardsLeft = new HashMap<>();
        plan.pages().forEach(p -> scorecardsLeft.computeIfAbsent(p.run().year(), y -> new AtomicInteger()).incrementAndGet());
        for (int i = 0; i < plan.pages().size(); i++) {
            ScorecardPage page = plan.pages().get(i);
            int index = i;
            jobs.add(() -> {
                ResultStatus status = ResultStatus.of(model.config(), page.contractingRegion().id(),
                        page.run().year(), publication.date());
                scorecardPage.render(model, plan, comparisons, page, RevisionViews.of(model, page, status, revisions),
                        out);
                openDataRows.set(index, openData.render(model, plan, page, status, out));
                // The year's last scorecard writes the year's files at once, beside the provider pages still to do
                // (at the end they were one long job that kept one thread busy while the other waited).
                if (scorecardsLeft.get(page.run().year()).decrementAndGet() == 0) {
                    for (ParallelRendering.Job yearFile : openData.yearJobs(page.run(),
                            tablesOf(plan, openDataRows, page.run().year()), out)) {
                        yearFile.render();
                    }
                }
            });
        }
        for (String provider : plan.providers()) {
            jobs.add(() -> providerPages.render(model, plan, provider, out));
        }
        for (String provider : plan.providersWithEscalationsOnly()) {
            jobs.add(() -> providerPages.render(model, plan, provider, out));
        }
        try (ParallelRendering rendering = ParallelRendering.perCore()) {
            rendering.runAll(jobs);
            List<OpenDataTable> rowsByPage = new ArrayList<>(plan.pages().size());
            for (int i = 0; i < plan.pages().size(); i++) {
                rowsByPage.add(openDataRows.get(i));
            }
            List<ParallelRendering.Job> combined = new ArrayList<>();
            for (PublishedRun run : plan.runsNewestFirst()) {
                if (!scorecardsLeft.containsKey(run.year())) {
                    combined.addAll(openData.yearJobs(run, List.of(), out)); // a year without scorecards: empty files
                }
            }
            combined.addAll(openData.providerJobs(plan, rowsByPage, out));
            rendering.runAll(combined);
        }
        infoPages.sitemap(model, out);
        return out.written();
    }

    /** The tables of the year's scorecards, in plan order; called once every one of them is made. */
    private static List<OpenDataTable> tablesOf(SitePlan plan, AtomicReferenceArray<OpenDataTable> tables, int year) {
        List<OpenDataTable> ofYear = new ArrayList<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            if (plan.pages().get(i).run().year() == year) {
                ofYear.add(tables.get(i));
            }
        }
        return ofYear;
    }

    /**
     * Built once per generator: auto-escaping HTML, explicit encoding, time zone and locale, errors thrown, not
     * printed. Also {@link EscalationPages}'s, so its pages are byte for byte this generator's.
     */
    static Configuration freemarker() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(SiteGenerator.class, "/templates");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setTimeZone(TimeZone.getTimeZone(DutchTime.ZONE));
        configuration.setLocale(DutchFormat.DUTCH);
        // Views carry formatted text; numbers that slip through must not gain a thousands separator.
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Templates live in the jar and never change, and are not localised: no update checks, no lookups of
        // provider_nl_NL.ftlh and the like before every page.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setLocalizedLookup(false);
        return configuration;
    }
}
