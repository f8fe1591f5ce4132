package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;

/**
 * The internal contract-management dossier of one provider for one year: the fixed agenda of the
 * contract-management conversation (seeds 000 and 001) pre-filled with its KPI results, report delivery,
 * open escalations and the open actions they carry (owner and deadline), and the previous conversation with the
 * actions agreed in it. Markdown, for print or e-mail.
 */
public final class ContractDossier {
    private final ScorecardsConfig config;

    public ContractDossier(ScorecardsConfig config) {
        this.config = config;
    }

    public String render(String provider, String name, int year, LocalDate asOf, List<KpiResult> results,
                         List<ReportDelivery> deliveries, List<Escalation> escalations) {
        return render(provider, name, year, asOf, results, deliveries, escalations, List.of());
    }

    /** @param conversations the provider's contract-management conversations (any region); the latest up to asOf is "vorig gesprek" */
    public String render(String provider, String name, int year, LocalDate asOf, List<KpiResult> results,
                         List<ReportDelivery> deliveries, List<Escalation> escalations, List<ContractConversation> conversations) {
        Optional<ContractConversation> previous = conversations.stream()
                .filter(c -> c.provider().equals(provider) && !c.date().isAfter(asOf))
                .max(Comparator.comparing(ContractConversation::date).thenComparing(ContractConversation::id));
        long heldInYear = conversations.stream().filter(c -> c.provider().equals(provider) && c.date().getYear() == year).count();
        StringBuilder md = new StringBuilder();
        md.append("# Contractmanagementgesprek ").append(name == null ? provider : name + " (AGB " + provider + ")")
                .append(" - ").append(year).append("\n\n")
                .append("Intern dossier, stand van ").append(asOf).append(". Niet openbaar.\n\n");
        md.append("## 1. Opening en mededelingen\n\n- Vaststellen agenda\n- Verslag en actiepunten vorig gesprek\n");
        previous.ifPresent(c -> md.append("  - Vorig gesprek: ").append(c.date()).append(" (").append(c.contractingRegion())
                .append(", ").append(text(c.heldBy())).append(")")
                .append(c.note() == null || c.note().isBlank() ? "" : ": " + text(c.note())).append('\n'));
        md.append("- Contractmanagementgesprekken gevoerd in ").append(year).append(": ").append(heldInYear).append("\n\n");
        md.append("## 2. Rapportage en prestatieafspraken\n\n| rapportage | uiterlijk | stand |\n|---|---|---|\n");
        for (ReportDelivery d : deliveries) {
            md.append("| ").append(reportName(d.reportType())).append(" | ").append(d.due()).append(" | ")
                    .append(d.state().dutchLabel()).append(d.delivered() == null ? "" : " (" + d.delivered() + ")").append(" |\n");
        }
        md.append("\n## 3. KPI's\n\n| meetregio | KPI | waarde | oordeel |\n|---|---|---|---|\n");
        for (KpiResult r : results) {
            md.append("| ").append(regionName(r.region())).append(" | ").append(kpiName(r)).append(" | ")
                    .append(r.measured() ? format(r.value()) : "niet gemeten").append(" | ")
                    .append(r.band() == null ? (r.measured() ? "gemonitord" : "-") : r.band().dutchLabel()).append(" |\n");
        }
        md.append("\n## 4. Escalaties\n\n");
        List<Escalation> open = escalations.stream().filter(e -> e.state().isOpen()).toList();
        if (open.isEmpty()) {
            md.append("Geen open escalaties.\n");
        }
        for (Escalation e : open) {
            md.append("- ").append(e.id()).append(": ").append(e.state().dutchLabel())
                    .append(e.clientStop() ? ", cliëntenstop" : "")
                    .append(e.thirdPartyEngagements().isEmpty() ? "" : ", derde partij ingeschakeld op kosten van de zorgaanbieder")
                    .append('\n');
            for (Shortfall s : e.shortfalls()) {
                md.append("  - ").append(s.kind()).append(' ').append(s.subject()).append(": ").append(s.detail()).append('\n');
            }
        }
        md.append("\n## 5. Openstaande acties\n\n| actie | eigenaar | uiterlijk |\n|---|---|---|\n");
        for (Escalation e : open) {
            switch (e.state()) {
                case SIGNALLED -> md.append("| Escalatiegesprek voeren en brief sturen (").append(e.id()).append(") | gemeente | zo snel mogelijk |\n");
                case PLAN_DUE -> md.append("| Verbeterplan opleveren (").append(e.id()).append(") | zorgaanbieder | ").append(e.planDue()).append(" |\n");
                case PLAN_DELIVERED -> md.append("| Verbeterplan beoordelen (").append(e.id()).append(") | gemeente | zo snel mogelijk |\n");
                case IMPROVING -> md.append("| Verbeteringen realiseren en rapporteren (").append(e.id()).append(") | zorgaanbieder | ")
                        .append(e.realisationDeadline()).append(" |\n");
                default -> { }
            }
        }
        previous.ifPresent(c -> c.actions().forEach(a -> md.append("| ").append(text(a.description())).append(" (gesprek ")
                .append(c.date()).append(") | ").append(a.owner() == null ? "-" : text(a.owner())).append(" | ")
                .append(a.deadline() == null ? "-" : a.deadline().toString()).append(" |\n")));
        md.append("\n## 6. Bedrijfsvoering en organisatie\n\n- Administratie (berichtenverkeer en facturaties)\n"
                + "- Financiële gezondheid en winstgevendheid\n- Personeel en gevolgen van personeelstekort\n"
                + "- Wachttijden en wachtlijsten\n- Governance en zelfevaluatie\n\n"
                + "## 7. Kwaliteit\n\n- Cliënttevredenheidsonderzoeken\n- Meldingen, incidenten en calamiteiten\n"
                + "- Klachten en verbeterpunten\n\n"
                + "## 8. Innovatie en ontwikkeling\n\n- Opleiding en ontwikkeling van personeel\n"
                + "- Proces ondersteuningsplan, zorgplan, uitvoering en evaluatie\n- Pilots en nieuwe initiatieven\n"
                + "- Social Return on Investment (SROI)\n\n"
                + "## 9. Samenwerking\n\n- Lokale teams en andere aanbieders\n\n## 10. Rondvraag en afspraken\n");
        return md.toString();
    }

    /** Text a contract manager typed, kept as text in Markdown and its tables. */
    private static String text(String typed) {
        return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace('\n', ' ');
    }

    private String reportName(String id) {
        return config.reportTypes().type(id).map(t -> t.name()).orElse(id);
    }

    private String regionName(String id) {
        return config.regions().measurementRegion(id).map(r -> r.name()).orElse(id);
    }

    private String kpiName(KpiResult r) {
        String contracting = config.regions().measurementRegion(r.region()).map(m -> m.contractingRegion()).orElse("");
        return config.kpiCatalog(contracting, r.year()).flatMap(c -> c.kpis().stream()
                .filter(k -> k.id().equals(r.kpi())).map(KpiDefinition::name).findFirst()).orElse(r.kpi());
    }

    private static String format(Double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
