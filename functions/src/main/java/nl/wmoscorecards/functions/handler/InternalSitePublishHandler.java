package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.Map;
import nl.wmoscorecards.site.Edition;

/**
 * internal-site-publish: the internal edition (report delivery, escalations, round tables, dossiers) for
 * contract managers, synced to its own bucket (SITE_BUCKET of this function) that is never public. A class
 * of its own so that the edition cannot be switched by configuration and the grants can differ: only this
 * function reads escalations, uploads and report rows.
 */
public final class InternalSitePublishHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private final SitePublishHandler publisher;

    public InternalSitePublishHandler() {
        this.publisher = new SitePublishHandler(Edition.INTERNAL);
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        return publisher.handleRequest(event, context);
    }
}
