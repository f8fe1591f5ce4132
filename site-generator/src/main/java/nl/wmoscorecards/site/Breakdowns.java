package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.region.MeasurementRegion;

/**
 * The breakdown a measure carries beside its value, in words: what it is split by (causes of non-achievement,
 * municipalities, reasons for ending, bands...) and a Dutch name for each part. The engine keeps codes.
 */
final class Breakdowns {
    /** Cause codes in the order the escalation conversation discusses them. */
    private static final Map<String, String> CAUSES = ordered(
            "client", "cliënt", "provider", "zorgaanbieder", "local_team", "lokaal team", "unknown", "onbekend");
    /** iWmo 3.2 reden beëindiging (basisschema, WMO588), as the 307 message carries it; 32-34 from iWmo 2.x exports. */
    private static final Map<String, String> END_REASONS = ordered(
            "02", "overlijden", "19", "volgens plan beëindigd", "20", "tijdelijk beëindigd",
            "21", "eenzijdig door cliënt beëindigd", "22", "eenzijdig door aanbieder beëindigd",
            "23", "in overeenstemming voortijdig beëindigd", "31", "verhuizing naar een andere gemeente",
            "32", "voortzetting in sociale basisondersteuning", "33", "voortzetting in Zvw", "34", "voortzetting in Wlz",
            "36", "geïnitieerd door de gemeente", "37", "in verband met wijzigingsverzoek",
            "38", "overstap naar andere aanbieder", "39", "uitstroom naar ander domein", "unknown", "onbekend");
    /** iWmo 3.2 productcategorie (basisschema, LDT_ProductCategorie). */
    private static final Map<String, String> PRODUCT_CATEGORIES = ordered(
            "01", "hulp bij het huishouden", "02", "begeleiding", "03", "persoonlijke verzorging",
            "04", "kortdurend verblijf", "05", "woondiensten", "06", "overige ondersteuning individu of huishouden",
            "07", "dagbesteding", "08", "vervoerdiensten", "09", "overige groepsgerichte ondersteuning",
            "10", "overige maatwerkarrangementen", "11", "rolstoelen", "12", "vervoervoorzieningen",
            "13", "woonvoorzieningen", "14", "overige hulpmiddelen", "15", "beschermd wonen", "16", "opvang",
            "17", "spoedopvang", "18", "overige beschermd wonen en opvang");
    private static final Map<String, String> SIGNALS = ordered("reported", "gemeld", "not_reported", "niet gemeld");
    private static final Map<String, String> SUB_RESULTS = ordered(
            "achieved", "behaald", "partly", "deels behaald", "not_achieved", "niet behaald");

    private Breakdowns() {
    }

    /** What the parts are, as the cell's lead-in: "Oorzaak niet behaald", "Per gemeente". */
    static String label(String measure) {
        return switch (measure) {
            case "share-achieved" -> "Oorzaak niet behaald";
            case "sub-results-achieved" -> "Per deelresultaat";
            case "inflow", "throughflow", "outflow" -> "Per gemeente";
            case "outflow-by-reason" -> "Per reden van beëindiging";
            case "network-contacts" -> "Per netwerkpartner";
            case "fraud-signals-reported" -> "Signalen";
            case "mandatory-reports-delivered" -> "Niet op tijd";
            case "outcome-financing-simulation" -> "Evaluaties per band";
            case "waiting-list" -> "Per productcategorie";
            default -> "Uitsplitsing";
        };
    }

    /** The published parts as {@link #parts(String, MeasurementRegion, Map)}, then what is left as "overige ...". */
    static List<String> parts(String measure, MeasurementRegion region, Breakdown breakdown) {
        List<String> shown = parts(measure, region, breakdown.parts());
        if (breakdown.rest() > 0) {
            shown.add(restLabel(measure) + " " + DutchFormat.count(breakdown.rest()));
        }
        return shown;
    }

    /** The small parts folded together by the publication policy: "overige oorzaken", "overige gemeenten". */
    static String restLabel(String measure) {
        return switch (measure) {
            case "share-achieved" -> "overige oorzaken";
            case "inflow", "throughflow", "outflow" -> "overige gemeenten";
            case "outflow-by-reason" -> "overige redenen";
            case "network-contacts" -> "overige netwerkpartners";
            case "waiting-list" -> "overige productcategorieën";
            case "sub-results-achieved" -> "overige deelresultaten";
            default -> "overige";
        };
    }

    /** Each part as "name count", known parts in their natural order, then the rest by code. */
    static List<String> parts(String measure, MeasurementRegion region, Map<String, Integer> counts) {
        Map<String, String> known = switch (measure) {
            case "share-achieved" -> CAUSES;
            case "outflow-by-reason" -> END_REASONS;
            case "inflow", "throughflow", "outflow" -> byName(region.municipalities());
            case "fraud-signals-reported" -> SIGNALS;
            case "waiting-list" -> PRODUCT_CATEGORIES;
            default -> Map.of();
        };
        List<String> shown = new ArrayList<>();
        known.forEach((code, name) -> {
            Integer count = counts.get(code);
            if (count != null) {
                shown.add(name + " " + DutchFormat.count(count));
            }
        });
        counts.keySet().stream().filter(code -> !known.containsKey(code)).sorted()
                .forEach(code -> shown.add(nameOf(measure, code) + " " + DutchFormat.count(counts.get(code))));
        return shown;
    }

    /** Codes no fixed list names: band codes, delivery states and "deelresultaat result" pairs. */
    private static String nameOf(String measure, String code) {
        return switch (measure) {
            case "outcome-financing-simulation" -> Band.fromCode(code).dutchLabel();
            case "mandatory-reports-delivered" -> Arrays.stream(DeliveryState.values())
                    .filter(state -> state.name().equalsIgnoreCase(code)).map(DeliveryState::dutchLabel)
                    .findFirst().orElse(code);
            case "sub-results-achieved" -> subResult(code);
            default -> code;
        };
    }

    private static String subResult(String code) {
        int space = code.lastIndexOf(' ');
        String result = space < 0 ? null : SUB_RESULTS.get(code.substring(space + 1));
        return result == null ? code : code.substring(0, space) + " " + result;
    }

    private static Map<String, String> byName(Map<String, String> namesByCode) {
        Map<String, String> sorted = new LinkedHashMap<>();
        namesByCode.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<String, String> ordered(String... codesAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            names.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return names;
    }
}
