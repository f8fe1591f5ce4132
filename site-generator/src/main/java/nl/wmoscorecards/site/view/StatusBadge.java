package nl.wmoscorecards.site.view;

/**
 * A band as the reader sees it: the word, an icon with its text alternative, and a CSS modifier for
 * colour. Colour is never the only signal.
 */
public record StatusBadge(String label, String modifier, String icon, String iconAlt) {
}
