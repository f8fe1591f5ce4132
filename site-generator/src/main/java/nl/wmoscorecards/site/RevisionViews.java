package nl.wmoscorecards.site;

import java.util.List;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.site.view.ResultStatusView;
import nl.wmoscorecards.site.view.RevisionView;

/** A scorecard's status line and its revisions, in Dutch, for the page. */
final class RevisionViews {
    private RevisionViews() {
    }

    static ResultStatusView of(SiteModel model, ScorecardPage page, ResultStatus status, RevisionLog log) {
        List<RevisionView> revisions = log.of(page.region().id(), page.run().year()).stream()
                .map(r -> new RevisionView(DutchFormat.date(r.date()), model.providerLabel(r.subject().provider()),
                        log.kpi(r.subject()).map(KpiDefinition::name).orElse(r.subject().kpi()),
                        log.before(r), log.after(r)))
                .toList();
        return new ResultStatusView(status.word(), status.line(page.run().year()), revisions,
                SitePaths.rootFrom(page.path()) + RevisionFeed.PATH);
    }
}
