package nl.wmoscorecards.local.demo;

import java.util.List;

/** Made-up, Dutch-sounding organisation names for demo providers, fixed per AGB code. */
final class ProviderNames {
    private static final List<String> KINDS = List.of("Thuiszorg", "Stichting", "Zorggroep", "Welzijn",
            "Begeleiding", "Dagbesteding", "Huishoudelijke Hulp", "Wonen & Zorg");
    private static final List<String> PLACES = List.of("De Linde", "Noord", "Het Anker", "Zonnehuis", "De Brug",
            "Aan Zee", "West", "Samen", "De Horizon", "Het Baken", "De Waard", "Rivierenland", "Het Veen", "De Kern");

    private ProviderNames() {
    }

    /** A name for the provider that none of {@code taken} has already. */
    static String nameOf(String agb, java.util.Collection<String> taken) {
        int n = Integer.parseInt(agb.substring(2));
        String name = KINDS.get(n % KINDS.size()) + " " + PLACES.get((n / KINDS.size()) % PLACES.size());
        String unique = name;
        for (int i = 2; taken.contains(unique); i++) {
            unique = name + " " + i;
        }
        return unique;
    }
}
