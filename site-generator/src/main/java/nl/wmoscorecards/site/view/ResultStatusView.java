package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * Whether a scorecard's figures are provisional or final, and the figures a rerun changed since they were
 * first published, with the changes feed to follow.
 */
public record ResultStatusView(String word, String line, List<RevisionView> revisions, String feedHref) {
    public ResultStatusView {
        revisions = List.copyOf(revisions);
    }
}
