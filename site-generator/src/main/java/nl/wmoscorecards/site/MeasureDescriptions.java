package nl.wmoscorecards.site;

import nl.wmoscorecards.core.kpi.KpiDefinition;

/** How each measure computes its value, in the words of DOMAIN.md "Computation", for the KPI pages. */
final class MeasureDescriptions {
    private MeasureDescriptions() {
    }

    static String of(KpiDefinition kpi) {
        return switch (kpi.measure()) {
            case "start-within-days" -> "Van alle toewijzingen (iWmo 301) met een startdatum in het meetjaar: het deel"
                    + " waarvan de zorgaanbieder de start zorg (iWmo 305) meldde op of vóór de startdatum plus "
                    + kpi.parameters().getOrDefault("days", "?") + " dagen. Toewijzingen die zonder start zijn beëindigd"
                    + " binnen die termijn, of waarvan de termijn op de meetdatum nog loopt, tellen niet mee.";
            case "share-achieved" -> "Van alle evaluaties met een datum in het meetjaar: het deel waarin het vooraf"
                    + " geformuleerde resultaat is behaald. Bij niet behaald staat de oorzaak (cliënt, zorgaanbieder,"
                    + " lokaal team) ernaast.";
            case "mean-grade" -> "Het gemiddelde rapportcijfer van de antwoorden in het cliënttevredenheidsonderzoek"
                    + " over de zorgaanbieder in de meetregio, met een datum in het meetjaar.";
            case "share-grading-at-least" -> "Van alle antwoorden in het cliënttevredenheidsonderzoek over de"
                    + " zorgaanbieder in de meetregio, met een datum in het meetjaar: het deel met een rapportcijfer van"
                    + " minstens " + kpi.parameters().getOrDefault("minimumGrade", "8.5").toString().replace('.', ',')
                    + ".";
            case "start-reported-within-working-days" -> "Van alle toewijzingen met een start zorg (iWmo 305) in het"
                    + " meetjaar: het deel waarvan het iWmo 305-bericht uiterlijk op de "
                    + kpi.parameters().getOrDefault("workingDays", "?") + "e werkdag na de startdatum is verstuurd."
                    + " Weekenden en algemeen erkende feestdagen tellen niet als werkdag; de startdag telt niet mee.";
            case "throughflow", "outflow" -> "Van alle toewijzingen met een einde zorg (iWmo 307) in het meetjaar: het"
                    + " aantal " + ("throughflow".equals(kpi.measure()) ? "met" : "zonder") + " een vervolgtoewijzing"
                    + " van dezelfde cliënt in de regio die na de einddatum start, uiterlijk "
                    + kpi.parameters().getOrDefault("continuationDays", 30) + " dagen erna. Een toewijzing die al"
                    + " liep, telt niet als vervolg.";
            case "outflow-by-reason" -> Boolean.TRUE.equals(kpi.parameters().get("dropOutOnly"))
                    ? "Het aantal toewijzingen met een einde zorg (iWmo 307) in het meetjaar vóór de geplande"
                    + " einddatum uit de toewijzing (iWmo 301), per reden van beëindiging."
                    : "Het aantal toewijzingen met een einde zorg (iWmo 307) in het meetjaar, per reden van beëindiging.";
            default -> "Berekend volgens de regel '" + kpi.measure() + "' uit de KPI-catalogus.";
        };
    }
}
