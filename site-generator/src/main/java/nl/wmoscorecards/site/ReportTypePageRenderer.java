package nl.wmoscorecards.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.report.Frequency;
import nl.wmoscorecards.core.report.PerformanceAgreement;
import nl.wmoscorecards.core.report.ReportColumn;
import nl.wmoscorecards.core.report.ReportDuty;
import nl.wmoscorecards.core.report.ReportTemplates;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.site.view.DataTable;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.Fact;
import nl.wmoscorecards.site.view.LinkGroup;
import nl.wmoscorecards.site.view.LinkItem;
import nl.wmoscorecards.site.view.LinkListView;
import nl.wmoscorecards.site.view.ReportTypeView;

/**
 * Writes rapportages/{type}.html for every configured report type (its columns, from the same definition
 * the upload parser uses) with its CSV and XLSX templates from the core's ReportTemplates, and an index.
 */
final class ReportTypePageRenderer {
    static final String TEMPLATE = "report-type.ftlh";
    static final String INDEX_TEMPLATE = "link-list.ftlh";
    static final String INDEX_TITLE = "Rapportages van zorgaanbieders";
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", DutchFormat.DUTCH);

    void renderAll(SiteModel model, SiteWriter out) throws IOException {
        String indexRoot = SitePaths.rootFrom(SitePaths.REPORT_TYPES);
        List<LinkItem> links = new ArrayList<>();
        for (ReportType type : model.config().reportTypes().types()) {
            String path = SitePaths.reportTypePage(type.id());
            List<DownloadLink> templates = new ArrayList<>();
            if (!type.document()) {
                out.bytes(SitePaths.reportTemplate(type.id(), "csv"), ReportTemplates.csv(type));
                out.bytes(SitePaths.reportTemplate(type.id(), "xlsx"), ReportTemplates.xlsx(type));
                String root = SitePaths.rootFrom(path);
                templates.add(new DownloadLink(root + SitePaths.reportTemplate(type.id(), "csv"),
                        "Sjabloon " + type.name(), "CSV, puntkomma-gescheiden"));
                templates.add(new DownloadLink(root + SitePaths.reportTemplate(type.id(), "xlsx"),
                        "Sjabloon " + type.name(), "Excel"));
            }
            ReportTypeView view = new ReportTypeView(PageInfos.of(model, path, type.name()), type.name(),
                    type.description(), facts(model, type), columns(type), templates);
            out.page(TEMPLATE, view, path, type.name());
            links.add(new LinkItem(indexRoot + path, type.name(), frequency(type)));
        }
        out.page(INDEX_TEMPLATE, new LinkListView(PageInfos.of(model, SitePaths.REPORT_TYPES, INDEX_TITLE),
                INDEX_TITLE, "Welke rapportages zorgaanbieders aanleveren, wanneer, met welke kolommen, en de sjablonen om ze in te vullen.",
                List.of(new LinkGroup("rapportages", "Soorten rapportages", links))), SitePaths.REPORT_TYPES, INDEX_TITLE);
    }

    private static List<Fact> facts(SiteModel model, ReportType type) {
        return List.of(new Fact("Hoe vaak", frequency(type)),
                new Fact("Verplicht", dutiesOf(model, type)),
                new Fact("Vorm", type.document() ? "Document (bijvoorbeeld PDF); wordt bewaard, niet ingelezen"
                        : "Tabel (CSV of Excel) met de kolommen hieronder"));
    }

    /**
     * Which contracting regions require the type, by when (from their performance agreements), or that none does;
     * the contract document of each region decides, so the page does not claim more.
     */
    static String dutiesOf(SiteModel model, ReportType type) {
        List<String> regions = new ArrayList<>();
        for (ContractingRegion region : model.config().regions().contractingRegions()) {
            PerformanceAgreement agreement = model.config().performanceAgreements().of(region.id());
            for (ReportDuty duty : agreement.reportDuties()) {
                if (duty.reportType().equals(type.id())) {
                    String when = MonthDay.parse("--" + duty.due()).format(DAY_AND_MONTH);
                    regions.add(region.name() + ": " + frequency(duty.frequency()) + ", uiterlijk " + when
                            + " na het jaar waarover het gaat"
                            + (duty.threshold() == null ? "" : duty.threshold().above() != null
                            ? " (boven € " + DutchFormat.count(duty.threshold().above().longValue()) + ")"
                            : " (tot en met € " + DutchFormat.count(duty.threshold().atMost().longValue()) + ")")
                            + (agreement.escalates() ? "" : "; alleen monitoring"));
                }
            }
        }
        return regions.isEmpty() ? "Geen inkoopregio verplicht deze rapportage; aanleveren op verzoek van de gemeente"
                : String.join(". ", regions);
    }

    static String frequency(ReportType type) {
        return frequency(type.frequency());
    }

    private static String frequency(Frequency frequency) {
        return switch (frequency) {
            case YEARLY -> "jaarlijks";
            case BIENNIAL -> "tweejaarlijks";
            case PER_CONVERSATION -> "voor elk contractmanagementgesprek (minstens jaarlijks)";
            case ON_REQUEST -> "op verzoek van de gemeente";
        };
    }

    private static DataTable columns(ReportType type) {
        if (type.columns().isEmpty()) {
            return null;
        }
        List<List<String>> rows = type.columns().stream()
                .map(c -> List.of(c.header(), typeText(c), c.required() ? "ja" : "nee", rules(c),
                        c.description() == null ? "" : c.description()))
                .toList();
        return new DataTable("Kolommen van " + type.name(),
                List.of("Kolom", "Soort", "Verplicht", "Regels", "Toelichting"), rows);
    }

    private static String typeText(ReportColumn column) {
        return switch (column.type()) {
            case TEXT -> "tekst";
            case INTEGER -> "geheel getal";
            case DECIMAL -> "getal";
            case DATE -> "datum (dd-mm-jjjj)";
            case GEMEENTECODE -> "gemeentecode (4 cijfers)";
            case CHOICE -> "keuze";
        };
    }

    private static String rules(ReportColumn column) {
        List<String> rules = new ArrayList<>();
        if (!column.allowedValues().isEmpty()) {
            rules.add("een van: " + String.join(", ", column.allowedValues()));
        }
        if (column.min() != null) {
            rules.add("minstens " + plain(column.min()));
        }
        if (column.max() != null) {
            rules.add("hoogstens " + plain(column.max()));
        }
        if (column.maxLength() != null) {
            rules.add("hoogstens " + column.maxLength() + " tekens");
        }
        return rules.isEmpty() ? "—" : String.join("; ", rules);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
