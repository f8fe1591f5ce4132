package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.site.Edition;
import software.amazon.awssdk.services.s3.S3Client;

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

    /** With the stores and the bucket given (tests); the edition is the internal one all the same. */
    public InternalSitePublishHandler(ScorecardsConfig config, Stores stores, S3Client s3, String bucket, String prefix,
                                      Supplier<Map<String, String>> providerNames, Clock clock) {
        this.publisher = new SitePublishHandler(config, stores, s3,
                new SitePublishHandler.Settings(bucket, prefix, Edition.INTERNAL), providerNames, clock);
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        return publisher.handleRequest(event, context);
    }
}
