package nl.wmoscorecards.site.view;

/** A link with an optional note after it ("3 zorgaanbieders"). */
public record LinkItem(String href, String label, String note) {
}
