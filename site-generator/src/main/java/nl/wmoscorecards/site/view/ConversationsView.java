package nl.wmoscorecards.site.view;

/**
 * The internal page of a contracting region's contract-management conversations in a year: per provider how
 * many were held against the region's minimum (those below it flagged), and the conversations with their actions.
 *
 * @param flagged one sentence naming how many providers are below the minimum
 * @param counts  per provider: held, norm, standing
 * @param held    the conversations held (no rows when none recorded)
 */
public record ConversationsView(PageInfo page, String heading, String lead, String flagged, DataTable counts,
                                DataTable held) {
}
