package nl.wmoscorecards.site;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.site.view.PageInfo;
import nl.wmoscorecards.site.view.UploadPageView;

/**
 * Writes the providers' upload page (aanleveren/) of the public edition with its script and stylesheet. It is not
 * linked from the public pages and not in the sitemap, and asks search engines to leave it out: the region sends
 * providers its address. The sign-in settings ({@value #CONFIG}) are not the generator's: the deploy (or the local
 * serve command) puts them beside the page.
 */
final class UploadPageRenderer {
    static final String PAGE = "aanleveren/index.html";
    static final String SCRIPT = "aanleveren/aanleveren.js";
    static final String STYLESHEET = "aanleveren/aanleveren.css";
    static final String CONFIG = "aanleveren/config.json";
    static final String TITLE = "Rapportage aanleveren";
    private static final String TEMPLATE = "upload.ftlh";
    private static final String ROBOTS = "noindex, nofollow";
    private static final int YEARS_BACK = 3;

    void render(SiteModel model, LocalDate publishedOn, SiteWriter out) throws IOException {
        if (model.edition() != Edition.PUBLIC) {
            return;
        }
        PageInfo standard = PageInfos.of(model, PAGE, TITLE);
        PageInfo page = new PageInfo(standard.title(), standard.root(), standard.stylesheetHref(), standard.indexHref(),
                TITLE + ": zorgaanbieders leveren hier hun rapportages aan de inkoopregio aan.", standard.faviconHref(),
                null, null, ROBOTS);
        String root = standard.root();
        List<UploadPageView.ReportTypeChoice> types = new ArrayList<>();
        for (ReportType type : model.config().reportTypes().types()) {
            types.add(new UploadPageView.ReportTypeChoice(type.id(), type.name(), type.document() ? ".pdf" : ".csv,.xlsx",
                    root + SitePaths.reportTypePage(type.id()),
                    type.document() ? "" : root + SitePaths.reportTemplate(type.id(), "csv"),
                    type.document() ? "" : root + SitePaths.reportTemplate(type.id(), "xlsx")));
        }
        int thisYear = publishedOn.getYear();
        List<Integer> periods = IntStream.rangeClosed(0, YEARS_BACK).map(back -> thisYear - back).boxed().toList();
        out.unlistedPage(TEMPLATE, new UploadPageView(page, TITLE, types, periods, thisYear - 1), PAGE);
        copy("aanleveren.js", SCRIPT, out);
        copy("aanleveren.css", STYLESHEET, out);
    }

    private static void copy(String resource, String sitePath, SiteWriter out) throws IOException {
        try (InputStream in = UploadPageRenderer.class.getResourceAsStream("/site-assets/" + resource)) {
            if (in == null) {
                throw new IOException("asset /site-assets/" + resource + " is missing from the classpath");
            }
            out.bytes(sitePath, in.readAllBytes());
        }
    }
}
