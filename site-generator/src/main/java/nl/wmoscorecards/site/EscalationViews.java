package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.LadderAction;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.site.view.DataTable;
import nl.wmoscorecards.site.view.EscalationView;
import nl.wmoscorecards.site.view.LadderForm;

/**
 * Turns escalations into Dutch text for the internal pages: state, shortfalls, deadlines, client stop, third
 * party, history.
 */
final class EscalationViews {
    static final String NONE = "—";
    /** Where the ladder's forms post to, from the site root of a region's internal edition. */
    static final String ACTIONS_PATH = "acties/escalaties/";
    private static final Pattern STORED_VALUE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)%?(\\s.*)?", Pattern.DOTALL);
    private static final Map<String, String> ACTIONS = Map.of(
            "signal", "gesignaleerd",
            "record-conversation", "escalatiegesprek vastgelegd",
            "record-plan", "verbeterplan ontvangen",
            "assess-plan", "verbeterplan beoordeeld",
            "client-stop", "cliëntenstop gewijzigd",
            "engage-third-party", "derde partij ingeschakeld op kosten van de zorgaanbieder",
            "resolve", "opgelost",
            "declare-default", "in verzuim verklaard",
            "deadline-check", "termijncontrole");

    /** Open first; within each, by contracting region, newest cycle first, then by provider name. */
    static Comparator<Escalation> order(SiteModel model) {
        return Comparator.comparing((Escalation e) -> !e.state().isOpen())
                .thenComparing(Escalation::contractingRegion)
                .thenComparing(Escalation::year, Comparator.reverseOrder())
                .thenComparing(e -> model.providerLabel(e.provider()));
    }

    /** @param root the way back to the site root from the page showing it */
    static EscalationView of(SiteModel model, SitePlan plan, Escalation e, String root) {
        String label = model.providerLabel(e.provider());
        String href = plan.hasProviderPage(e.provider())
                ? root + SitePaths.providerPage(e.provider()) + "#" + SitePaths.escalationAnchor(e.id()) : null;
        List<String> shortfalls = e.shortfalls().stream().map(s -> shortfall(model, e, s)).toList();
        return new EscalationView(e.id(), SitePaths.escalationAnchor(e.id()), label, href,
                contractingRegionName(model, e.contractingRegion()), Integer.toString(e.year()), e.state().dutchLabel(),
                e.state().isOpen(), shortfalls, date(e.planDue()), date(e.realisationDeadline()),
                e.clientStop() ? "ja" : "nee", thirdParty(e), history(e, label), forms(e, root));
    }

    /**
     * The steps the ladder allows now, each a form posting to the contract-manager API under the region's
     * edition ({@value #ACTIONS_PATH}ID from the site root), which sends the browser back to the provider page.
     */
    static List<LadderForm> forms(Escalation e, String root) {
        String anchor = SitePaths.escalationAnchor(e.id());
        String back = SitePaths.providerPage(e.provider()) + "#" + anchor;
        String href = root + ACTIONS_PATH + URLEncoder.encode(e.id(), StandardCharsets.UTF_8);
        return LadderAction.allowedIn(e.state()).stream()
                .map(a -> new LadderForm(a.id(), a.dutchLabel(), anchor + "-" + a.id(), href, back, a.dutchHint()))
                .toList();
    }

    /** Step 2's third party at the provider's cost: since when, or "nee". */
    private static String thirdParty(Escalation e) {
        List<Transition> engaged = e.thirdPartyEngagements();
        return engaged.isEmpty() ? "nee" : "ja, sinds " + date(engaged.get(0).date())
                + (engaged.size() == 1 ? "" : " (" + engaged.size() + " keer)");
    }

    private static DataTable history(Escalation e, String label) {
        List<List<String>> rows = e.history().stream().map(EscalationViews::transition).toList();
        return new DataTable("Verloop van escalatie " + e.id() + ", " + label,
                List.of("Datum", "Van", "Naar", "Actie", "Toelichting", "Besloten door"), rows);
    }

    private static List<String> transition(Transition t) {
        return List.of(date(t.date()), t.from() == null ? NONE : t.from().dutchLabel(), t.to().dutchLabel(),
                ACTIONS.getOrDefault(t.action(), t.action()), text(t.reason()), text(t.decidedBy()));
    }

    private static String shortfall(SiteModel model, Escalation e, Shortfall s) {
        String where = s.region() == null ? "" : " (" + model.config().regions().measurementRegion(s.region())
                .map(MeasurementRegion::name).orElse(s.region()) + ")";
        String detail = text(s.detail());
        String what = switch (s.kind()) {
            case Shortfall.KPI -> {
                Optional<KpiDefinition> kpi = kpi(model, e, s.subject());
                detail = kpi.map(k -> dutchValue(s.detail(), k)).orElse(detail);
                yield "KPI " + kpi.map(KpiDefinition::name).orElse(s.subject());
            }
            case Shortfall.REPORT -> "Rapportage " + model.config().reportTypes().type(s.subject())
                    .map(ReportType::name).orElse(s.subject());
            case Shortfall.DOSSIER -> "Dossiercontrole " + s.subject();
            default -> s.kind() + " " + s.subject();
        };
        return what + where + ": " + detail;
    }

    private static Optional<KpiDefinition> kpi(SiteModel model, Escalation e, String kpi) {
        return model.config().kpiCatalog(e.contractingRegion(), e.year())
                .flatMap(c -> c.kpis().stream().filter(k -> k.id().equals(kpi)).findFirst());
    }

    /**
     * The stored detail of a KPI shortfall starts with the value as the engine wrote it ("52.9 (onvoldoende)");
     * the page shows it as every other page does ("52,9% (onvoldoende)"). Any other detail is shown as stored.
     */
    static String dutchValue(String detail, KpiDefinition kpi) {
        Matcher m = STORED_VALUE.matcher(detail == null ? "" : detail);
        if (!m.matches()) {
            return text(detail);
        }
        return Unit.of(kpi.unit()).format(new BigDecimal(m.group(1))) + (m.group(2) == null ? "" : m.group(2));
    }

    static String contractingRegionName(SiteModel model, String id) {
        return model.config().regions().contractingRegions().stream().filter(c -> c.id().equals(id))
                .map(ContractingRegion::name).findFirst().orElse(id);
    }

    private static String date(LocalDate date) {
        return date == null ? NONE : DutchFormat.date(date);
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
