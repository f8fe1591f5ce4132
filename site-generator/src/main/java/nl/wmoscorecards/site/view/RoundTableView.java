package nl.wmoscorecards.site.view;

import java.util.List;

/** The internal round-table page of a contracting region and year: who is invited. */
public record RoundTableView(PageInfo page, String heading, String lead, String caption, List<Invitee> invitees) {
    public RoundTableView {
        invitees = List.copyOf(invitees);
    }

    /** One invited provider; href is null when the provider has no page. */
    public record Invitee(String label, String href, String agbCode, String size, String measurementRegion,
                          String clients) {
    }
}
