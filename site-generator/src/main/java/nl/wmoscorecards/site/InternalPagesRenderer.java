package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.contract.RoundTablePlanner;
import nl.wmoscorecards.core.contract.RoundTablePlanner.Invitation;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.InternalData.Dossier;
import nl.wmoscorecards.site.InternalData.RoundTable;
import nl.wmoscorecards.site.view.EscalationView;
import nl.wmoscorecards.site.view.EscalationsView;
import nl.wmoscorecards.site.view.LinkGroup;
import nl.wmoscorecards.site.view.LinkItem;
import nl.wmoscorecards.site.view.LinkListView;
import nl.wmoscorecards.site.view.RoundTableView;

/**
 * INTERNAL edition only: intern/index.html, the escalations overview, a round-table page per contracting
 * region and year, and the contract-management dossier per provider and year (Markdown, for print or e-mail).
 * Writes nothing in the PUBLIC edition.
 */
final class InternalPagesRenderer {
    static final String ESCALATIONS_TEMPLATE = "escalations.ftlh";
    static final String ROUND_TABLE_TEMPLATE = "round-table.ftlh";
    static final String INDEX_TEMPLATE = "link-list.ftlh";
    static final String INDEX_TITLE = "Intern: contractmanagement";
    static final String ESCALATIONS_TITLE = "Escalaties";

    void renderAll(SiteModel model, SitePlan plan, SiteWriter out) throws IOException {
        if (model.edition() != Edition.INTERNAL) {
            return;
        }
        out.page(ESCALATIONS_TEMPLATE, escalations(model, plan), SitePaths.ESCALATIONS, ESCALATIONS_TITLE);
        for (RoundTable table : model.internal().roundTables()) {
            RoundTableView view = roundTable(model, plan, table);
            out.page(ROUND_TABLE_TEMPLATE, view, SitePaths.roundTablePage(table.contractingRegion(), table.year()),
                    view.heading());
        }
        for (Dossier dossier : model.internal().dossiers()) {
            out.text(SitePaths.dossier(dossier.provider(), dossier.year()), dossier.markdown());
        }
        out.page(INDEX_TEMPLATE, index(model), SitePaths.INTERNAL, INDEX_TITLE);
    }

    static EscalationsView escalations(SiteModel model, SitePlan plan) {
        String root = SitePaths.rootFrom(SitePaths.ESCALATIONS);
        List<EscalationView> all = model.internal().escalations().stream().sorted(EscalationViews.order(model))
                .map(e -> EscalationViews.of(model, plan, e, root)).toList();
        return new EscalationsView(PageInfos.of(model, SitePaths.ESCALATIONS, ESCALATIONS_TITLE), ESCALATIONS_TITLE,
                "Alle escalaties van alle inkoopregio's: eerst de open escalaties, daarna de gesloten (opgelost of in"
                        + " verzuim). Het verloop van elke escalatie staat op de pagina van de zorgaanbieder.",
                all.stream().filter(EscalationView::open).toList(),
                all.stream().filter(e -> !e.open()).toList());
    }

    static RoundTableView roundTable(SiteModel model, SitePlan plan, RoundTable table) {
        String path = SitePaths.roundTablePage(table.contractingRegion(), table.year());
        String root = SitePaths.rootFrom(path);
        String region = EscalationViews.contractingRegionName(model, table.contractingRegion());
        String heading = "Overlegtafel " + region + " " + table.year();
        List<RoundTableView.Invitee> invitees = new ArrayList<>();
        for (Invitation i : table.invitations()) {
            invitees.add(new RoundTableView.Invitee(model.providerLabel(i.provider()),
                    plan.hasProviderPage(i.provider()) ? root + SitePaths.providerPage(i.provider()) : null,
                    i.provider(), i.size().dutchLabel(), model.config().regions().measurementRegion(i.measurementRegion())
                    .map(MeasurementRegion::name).orElse(i.measurementRegion()), DutchFormat.count(i.clients())));
        }
        String lead = table.relevantProviders() <= RoundTablePlanner.INVITE_ALL_UP_TO
                ? table.relevantProviders() + " relevante zorgaanbieders; bij " + RoundTablePlanner.INVITE_ALL_UP_TO
                        + " of minder worden ze allemaal uitgenodigd."
                : table.relevantProviders() + " relevante zorgaanbieders; uitgenodigd zijn er " + invitees.size()
                        + ": ten hoogste 5 grote, 5 middelgrote en 2 kleine, verdeeld over de meetregio's.";
        return new RoundTableView(PageInfos.of(model, path, heading), heading, lead,
                "Uitgenodigde zorgaanbieders, overlegtafel " + region + " " + table.year(), invitees);
    }

    static LinkListView index(SiteModel model) {
        String root = SitePaths.rootFrom(SitePaths.INTERNAL);
        List<LinkGroup> groups = new ArrayList<>();
        long open = model.internal().escalations().stream().filter(e -> e.state().isOpen()).count();
        groups.add(new LinkGroup("intern-escalaties", "Escalaties", List.of(new LinkItem(root + SitePaths.ESCALATIONS,
                "Overzicht van alle escalaties", open == 1 ? "1 open" : open + " open"))));
        List<LinkItem> tables = model.internal().roundTables().stream()
                .map(t -> new LinkItem(root + SitePaths.roundTablePage(t.contractingRegion(), t.year()),
                        "Overlegtafel " + EscalationViews.contractingRegionName(model, t.contractingRegion()) + " "
                                + t.year(), t.invitations().size() + " uitgenodigd"))
                .toList();
        if (!tables.isEmpty()) {
            groups.add(new LinkGroup("intern-overlegtafels", "Overlegtafels", tables));
        }
        List<LinkItem> dossiers = model.internal().dossiers().stream()
                .map(d -> new LinkItem(root + SitePaths.dossier(d.provider(), d.year()),
                        "Dossier " + model.providerLabel(d.provider()) + " " + d.year(), "Markdown"))
                .toList();
        if (!dossiers.isEmpty()) {
            groups.add(new LinkGroup("intern-dossiers", "Dossiers contractmanagementgesprek", dossiers));
        }
        return new LinkListView(PageInfos.of(model, SitePaths.INTERNAL, INDEX_TITLE), INDEX_TITLE,
                "Wat alleen contractmanagers van de regio zien: escalaties, overlegtafels en de dossiers voor het"
                        + " contractmanagementgesprek. Rapportages per zorgaanbieder staan op de pagina van de aanbieder.",
                groups);
    }
}
