package nl.wmoscorecards.site;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.HTMLOutputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * Generates the static scorecard site: index.html, one scorecard page per measurement region and year,
 * one JSON data file per year and the stylesheet. Reads computed results only; computes nothing.
 */
public final class SiteGenerator {
    private final IndexPageRenderer indexPage;
    private final ScorecardPageRenderer scorecardPage;
    private final DataFileRenderer dataFile = new DataFileRenderer();
    private final AssetWriter assets = new AssetWriter();

    public SiteGenerator() {
        TemplateWriter templates = new TemplateWriter(freemarker());
        this.indexPage = new IndexPageRenderer(templates);
        this.scorecardPage = new ScorecardPageRenderer(templates);
    }

    /** Writes the site under outDir (existing files of the same name are replaced) and returns the files written. */
    public List<Path> generate(SiteModel model, Path outDir) throws IOException {
        SitePlan plan = new SitePlan(model);
        List<Path> written = new ArrayList<>();
        written.add(assets.write(SitePaths.STYLESHEET, outDir));
        for (KpiRun run : plan.runsNewestFirst()) {
            written.add(dataFile.render(run, model.edition(), outDir));
        }
        for (ScorecardPage page : plan.pages()) {
            written.add(scorecardPage.render(model, page, outDir));
        }
        written.add(indexPage.render(model, plan, outDir));
        return List.copyOf(written);
    }

    /** Built once: auto-escaping HTML, explicit encoding, time zone and locale, errors thrown, not printed. */
    private static Configuration freemarker() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(SiteGenerator.class, "/templates");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setTimeZone(TimeZone.getTimeZone("Europe/Amsterdam"));
        configuration.setLocale(DutchFormat.DUTCH);
        // Views carry formatted text; numbers that slip through must not gain a thousands separator.
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }
}
