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
            default -> "Berekend volgens de regel '" + kpi.measure() + "' uit de KPI-catalogus.";
        };
    }
}
