package nl.wmoscorecards.site;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.contract.ConversationFrequency;
import nl.wmoscorecards.core.contract.RoundTableAttendance;
import nl.wmoscorecards.core.contract.RoundTableAttendance.Absences;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTablePlanner;
import nl.wmoscorecards.core.contract.RoundTablePlanner.Invitation;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.InternalData.Conversations;
import nl.wmoscorecards.site.InternalData.Dossier;
import nl.wmoscorecards.site.InternalData.RoundTable;
import nl.wmoscorecards.site.view.ConversationsView;
import nl.wmoscorecards.site.view.DataTable;
import nl.wmoscorecards.site.view.EscalationView;
import nl.wmoscorecards.site.view.EscalationsView;
import nl.wmoscorecards.site.view.LinkGroup;
import nl.wmoscorecards.site.view.LinkItem;
import nl.wmoscorecards.site.view.LinkListView;
import nl.wmoscorecards.site.view.RoundTableView;

/**
 * INTERNAL edition only: intern/index.html, the escalations overview, a round-table page per contracting
 * region and year (invited, left out, attendance), a contract-management conversations page per contracting
 * region and year (who is below the region's minimum), and the contract-management dossier per provider and
 * year (Markdown, for print or e-mail). Writes nothing in the PUBLIC edition.
 */
final class InternalPagesRenderer {
    static final String ESCALATIONS_TEMPLATE = "escalations.ftlh";
    static final String ROUND_TABLE_TEMPLATE = "round-table.ftlh";
    static final String CONVERSATIONS_TEMPLATE = "conversations.ftlh";
    static final String INDEX_TEMPLATE = "link-list.ftlh";
    static final String INDEX_TITLE = "Intern: contractmanagement";
    static final String ESCALATIONS_TITLE = "Escalaties";

    void renderAll(SiteModel model, SitePlan plan, SiteWriter out) throws IOException {
        if (model.edition() != Edition.INTERNAL) {
            return;
        }
        renderEscalations(model, plan, out);
        for (RoundTable table : model.internal().roundTables()) {
            RoundTableView view = roundTable(model, plan, table);
            out.page(ROUND_TABLE_TEMPLATE, view, SitePaths.roundTablePage(table.contractingRegion(), table.year()),
                    view.heading());
        }
        for (Conversations conversations : model.internal().conversations()) {
            ConversationsView view = conversations(model, conversations);
            out.page(CONVERSATIONS_TEMPLATE, view, SitePaths.conversationsPage(conversations.contractingRegion(),
                    conversations.year()), view.heading());
        }
        for (Dossier dossier : model.internal().dossiers()) {
            renderDossier(dossier, out);
        }
        renderIndex(model, out);
    }

    /** The escalations overview: every escalation of the edition with its step. */
    void renderEscalations(SiteModel model, SitePlan plan, SiteWriter out) throws IOException {
        out.page(ESCALATIONS_TEMPLATE, escalations(model, plan), SitePaths.ESCALATIONS, ESCALATIONS_TITLE);
    }

    /** The internal index: among others, how many escalations are open. */
    void renderIndex(SiteModel model, SiteWriter out) throws IOException {
        out.page(INDEX_TEMPLATE, index(model), SitePaths.INTERNAL, INDEX_TITLE);
    }

    /** A provider's dossier for a year: its open escalations and the actions they carry. */
    void renderDossier(Dossier dossier, SiteWriter out) throws IOException {
        out.text(SitePaths.dossier(dossier.provider(), dossier.year()), dossier.markdown());
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
                    .map(MeasurementRegion::name).orElse(i.measurementRegion()), DutchFormat.count(i.clients()),
                    missed(table.absences().get(i.provider()))));
        }
        String lead = table.relevantProviders() <= RoundTablePlanner.INVITE_ALL_UP_TO
                ? table.relevantProviders() + " relevante zorgaanbieders; bij " + RoundTablePlanner.INVITE_ALL_UP_TO
                        + " of minder worden ze allemaal uitgenodigd."
                : table.relevantProviders() + " relevante zorgaanbieders; uitgenodigd zijn er " + invitees.size()
                        + ": ten hoogste 5 grote, 5 middelgrote en 2 kleine, verdeeld over de meetregio's.";
        if (!table.leftOut().isEmpty()) {
            lead += " " + (table.leftOut().size() == 1 ? "1 zorgaanbieder is" : table.leftOut().size() + " zorgaanbieders zijn")
                    + " niet uitgenodigd omdat ze de overlegtafel meer dan " + RoundTableAttendance.MISSES_ALLOWED
                    + " keer misten.";
        }
        List<List<String>> leftOut = table.leftOut().stream().map(x -> List.of(model.providerLabel(x.provider()),
                x.provider(), x.size().dutchLabel(), model.config().regions().measurementRegion(x.measurementRegion())
                        .map(MeasurementRegion::name).orElse(x.measurementRegion()), missed(x.absences()))).toList();
        List<List<String>> held = table.held().stream().map(m -> List.of(DutchFormat.date(m.date()),
                m.topic() == null || m.topic().isBlank() ? EscalationViews.NONE : m.topic(),
                DutchFormat.count(m.invited().size()), DutchFormat.count(m.attended().size()), absentees(model, m),
                m.recordedBy())).toList();
        return new RoundTableView(PageInfos.of(model, path, heading), heading, lead,
                "Uitgenodigde zorgaanbieders, overlegtafel " + region + " " + table.year(), invitees,
                new DataTable("Niet uitgenodigd wegens verzuim, overlegtafel " + region + " " + table.year(),
                        List.of("Zorgaanbieder", "AGB-code", "Omvang", "Meetregio", "Gemist (dit en vorig jaar)"), leftOut),
                new DataTable("Gehouden overlegtafels " + region + " " + table.year(),
                        List.of("Datum", "Onderwerp", "Uitgenodigd", "Aanwezig", "Gemist", "Vastgelegd door"), held));
    }

    /** "0", "2", "3, waarvan 1 zonder opgaaf van redenen". */
    static String missed(Absences absences) {
        if (absences == null) {
            return "0";
        }
        return absences.missed() + (absences.withoutReason() == 0 ? ""
                : ", waarvan " + absences.withoutReason() + " zonder opgaaf van redenen");
    }

    private static String absentees(SiteModel model, RoundTableMeeting m) {
        String names = m.invited().stream().filter(m::missed).sorted()
                .map(p -> model.providerLabel(p) + (m.missedWithoutReason(p) ? " (zonder opgaaf van redenen)" : " (afgemeld)"))
                .collect(Collectors.joining("; "));
        return names.isEmpty() ? "niemand" : names;
    }

    static ConversationsView conversations(SiteModel model, Conversations c) {
        String path = SitePaths.conversationsPage(c.contractingRegion(), c.year());
        String region = EscalationViews.contractingRegionName(model, c.contractingRegion());
        String heading = "Contractmanagementgesprekken " + region + " " + c.year();
        boolean one = c.expected().max() == null && c.expected().min() == 1;
        String lead = region + " voert " + c.expected().dutchRange() + (one ? " contractmanagementgesprek" : " contractmanagementgesprekken")
                + " per jaar met elke"
                + " zorgaanbieder die dat jaar cliënten of toewijzingen in de regio heeft (volgens de KPI-meting van het jaar).";
        int below = c.belowMinimum().size();
        String flagged = below == 0 ? "Alle zorgaanbieders hebben het minimum aantal gesprekken gehad."
                : (below == 1 ? "1 zorgaanbieder heeft" : below + " zorgaanbieders hebben") + " minder gesprekken gehad dan het"
                        + " minimum van " + c.expected().min() + (c.yearOver() ? "." : "; het jaar loopt nog, ze staan nog te voeren.");
        List<List<String>> counts = c.counts().stream()
                .sorted(Comparator.comparing((ConversationFrequency.Count n) -> !n.belowMinimum())
                        .thenComparing(n -> model.providerLabel(n.provider())))
                .map(n -> List.of(model.providerLabel(n.provider()), n.provider(), DutchFormat.count(n.held()),
                        c.expected().dutchRange(), standing(n, c.yearOver()))).toList();
        List<List<String>> held = c.held().stream().map(h -> List.of(DutchFormat.date(h.date()),
                model.providerLabel(h.provider()), h.heldBy(), h.note() == null || h.note().isBlank() ? EscalationViews.NONE : h.note(),
                actions(h))).toList();
        return new ConversationsView(PageInfos.of(model, path, heading), heading, lead, flagged,
                new DataTable("Aantal gesprekken per zorgaanbieder, " + region + " " + c.year(),
                        List.of("Zorgaanbieder", "AGB-code", "Gevoerd", "Norm per jaar", "Stand"), counts),
                new DataTable("Gevoerde contractmanagementgesprekken, " + region + " " + c.year(),
                        List.of("Datum", "Zorgaanbieder", "Gevoerd door", "Notitie", "Acties"), held));
    }

    private static String standing(ConversationFrequency.Count n, boolean yearOver) {
        if (n.belowMinimum()) {
            return (yearOver ? "te weinig gesprekken" : "nog te voeren") + ": " + n.held() + " van minimaal " + n.expected().min();
        }
        if (!n.required()) {
            return "geen toewijzingen gemeten dit jaar";
        }
        return n.aboveMaximum() ? "voldoet (meer dan " + n.expected().max() + ")" : "voldoet";
    }

    private static String actions(ContractConversation c) {
        if (c.actions().isEmpty()) {
            return EscalationViews.NONE;
        }
        return c.actions().stream().map(a -> a.description()
                + (a.owner() == null && a.deadline() == null ? "" : " (" + (a.owner() == null ? "" : "actiehouder " + a.owner())
                + (a.owner() != null && a.deadline() != null ? ", " : "") + (a.deadline() == null ? "" : "uiterlijk " + date(a.deadline())) + ")"))
                .collect(Collectors.joining("; "));
    }

    private static String date(LocalDate date) {
        return DutchFormat.date(date);
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
        List<LinkItem> conversations = model.internal().conversations().stream()
                .map(c -> new LinkItem(root + SitePaths.conversationsPage(c.contractingRegion(), c.year()),
                        "Contractmanagementgesprekken " + EscalationViews.contractingRegionName(model, c.contractingRegion())
                                + " " + c.year(), c.belowMinimum().isEmpty() ? "iedereen op norm"
                                : c.belowMinimum().size() + " onder het minimum"))
                .toList();
        if (!conversations.isEmpty()) {
            groups.add(new LinkGroup("intern-gesprekken", "Contractmanagementgesprekken", conversations));
        }
        List<LinkItem> dossiers = model.internal().dossiers().stream()
                .map(d -> new LinkItem(root + SitePaths.dossier(d.provider(), d.year()),
                        "Dossier " + model.providerLabel(d.provider()) + " " + d.year(), "Markdown"))
                .toList();
        if (!dossiers.isEmpty()) {
            groups.add(new LinkGroup("intern-dossiers", "Dossiers contractmanagementgesprek", dossiers));
        }
        return new LinkListView(PageInfos.of(model, SitePaths.INTERNAL, INDEX_TITLE), INDEX_TITLE,
                "Wat alleen contractmanagers van de regio zien: escalaties, overlegtafels, contractmanagementgesprekken en de dossiers voor het"
                        + " contractmanagementgesprek. Rapportages per zorgaanbieder staan op de pagina van de aanbieder.",
                groups);
    }
}
