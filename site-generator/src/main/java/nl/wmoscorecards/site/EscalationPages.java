package nl.wmoscorecards.site;

import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.wmoscorecards.site.InternalData.Dossier;

/**
 * The pages of an internal edition that show the step of a provider's escalations, rendered alone after a contract
 * manager moved one: the escalations overview (the step, deadlines, client stop), the internal index (how many are
 * open), the provider's page (the escalation's own section: its step, history and the ladder's forms; there is no
 * page per escalation) and the provider's dossiers (its open escalations and the actions they carry); and the page
 * of every provider on no scorecard, which exists for its escalations only. Nothing else in the edition shows an
 * escalation. The same plan, views, templates and writer as {@link SiteGenerator}, so each
 * page is byte for byte what a whole render of the same model writes.
 */
public final class EscalationPages {
    private final Configuration freemarker = SiteGenerator.freemarker();
    private final InternalPagesRenderer internalPages = new InternalPagesRenderer();
    private final ProviderPageRenderer providerPages = new ProviderPageRenderer();

    /**
     * Writes under outDir the pages that show the provider's escalations (existing files of the same name are
     * replaced) and returns the files written, in path order.
     */
    public List<Path> generate(SiteModel model, String provider, Path outDir) throws IOException {
        if (model.edition() != Edition.INTERNAL) {
            throw new IllegalArgumentException("escalations are shown in the internal edition only");
        }
        SitePlan plan = new SitePlan(model, PublicationPolicy.publish(model));
        SiteWriter out = new SiteWriter(freemarker, outDir);
        internalPages.renderEscalations(model, plan, out);
        internalPages.renderIndex(model, out);
        if (plan.hasProviderPage(provider)) {
            providerPages.render(model, plan, provider, out);
        }
        // The overview links every provider on no scorecard to its escalation page: one raised since the last
        // publish (a report shortfall of the daily check) gets its page now, or the overview would link to nothing.
        for (String escalationsOnly : plan.providersWithEscalationsOnly()) {
            if (!escalationsOnly.equals(provider)) {
                providerPages.render(model, plan, escalationsOnly, out);
            }
        }
        for (Dossier dossier : model.internal().dossiersOf(provider)) {
            internalPages.renderDossier(dossier, out);
        }
        return out.written();
    }
}
