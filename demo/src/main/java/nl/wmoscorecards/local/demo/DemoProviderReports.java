package nl.wmoscorecards.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A provider's own figures for the demo year, as the CSV it would upload: staff with experience experts
 * (personeel), its waiting list per municipality (wachtlijst) and its contacts with network partners
 * (netwerkcontacten). Deterministic per provider and year, so the demo's scorecards do not change between runs.
 */
public final class DemoProviderReports {
    private static final List<String> PARTNERS = List.of("toegang", "voorliggend veld", "huisarts", "woningcorporatie");

    private DemoProviderReports() {
    }

    /** Report type id to CSV text (Dutch Excel style: semicolons, decimal comma, dd-mm-jjjj). */
    public static Map<String, String> of(String provider, int year, List<String> municipalities) {
        SplittableRandom random = new SplittableRandom(provider.hashCode() * 31L + year);
        String yearEnd = "31-12-" + year;
        Map<String, String> reports = new LinkedHashMap<>();
        int fte = 5 + random.nextInt(120);
        reports.put("personeel", "peildatum;fte;verloop %;vacatures;ervaringsdeskundigen in dienst\r\n"
                + yearEnd + ";" + fte + ",5;" + (3 + random.nextInt(15)) + ";" + random.nextInt(6) + ";"
                + random.nextInt(Math.max(1, fte / 10)) + "\r\n");
        StringBuilder waiting = new StringBuilder(
                "peildatum;gemeente;productcategorie;productcode;aantal wachtenden;gemiddelde wachttijd in dagen\r\n");
        for (String municipality : municipalities) {
            int clients = random.nextInt(12);
            waiting.append(yearEnd).append(';').append(municipality).append(";02;;").append(clients).append(';')
                    .append(clients == 0 ? "" : Integer.toString(7 + random.nextInt(60))).append("\r\n");
        }
        reports.put("wachtlijst", waiting.toString());
        StringBuilder contacts = new StringBuilder("datum;gemeente;netwerkpartner;soort contact;aantal\r\n");
        for (int month = 1; month <= 12; month++) {
            for (String partner : PARTNERS) {
                contacts.append(String.format("01-%02d-%d", month, year)).append(';')
                        .append(municipalities.get(random.nextInt(municipalities.size()))).append(';').append(partner)
                        .append(';').append(partner.equals("toegang") ? "casusoverleg" : "vast overleg").append(';')
                        .append(1 + random.nextInt(8)).append("\r\n");
            }
        }
        reports.put("netwerkcontacten", contacts.toString());
        return reports;
    }
}
