package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * The internal round-table page of a contracting region and year: who is invited, who is left out for missing
 * more than twice, and the attendance of the round tables held.
 *
 * @param leftOut the relevant providers not invited, with their misses (no rows when nobody is left out)
 * @param held    the round tables held in the year with who attended and who missed (no rows when none recorded)
 */
public record RoundTableView(PageInfo page, String heading, String lead, String caption, List<Invitee> invitees,
                             DataTable leftOut, DataTable held) {
    public RoundTableView {
        invitees = List.copyOf(invitees);
    }

    /** One invited provider; href is null when the provider has no page; missed: its misses in Dutch. */
    public record Invitee(String label, String href, String agbCode, String size, String measurementRegion,
                          String clients, String missed) {
    }
}
