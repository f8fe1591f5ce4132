package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmoscorecards.application.Ports;
import nl.wmoscorecards.application.RegionalInternalEdition;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.site.S3RegionalEditions;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.site.Edition;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * internal-site-publish: the internal edition (report delivery, escalations, round tables, dossiers) for
 * contract managers, one per contracting region under the region's prefix ({@code REGION/}) of its own bucket
 * (SITE_BUCKET of this function) that is never public; contract-manager-site serves each prefix only to that
 * region's managers. Each region's edition is rendered from a configuration and stores holding that region
 * alone, so no page under one prefix shows another region's escalations. A class of its own so that the
 * edition cannot be switched by configuration and the grants can differ: only this function reads
 * escalations, uploads and report rows.
 */
public final class InternalSitePublishHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private final List<Region> regions = new ArrayList<>();

    private record Region(String id, SitePublishHandler publisher) {
    }

    public InternalSitePublishHandler() {
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                AwsClients.s3(), SitePublishHandler.Settings.fromEnvironment(Edition.INTERNAL).bucket(),
                System.getenv().getOrDefault("SITE_PREFIX", ""), Map::of, Clock.systemUTC());
    }

    /** With the stores and the bucket given (tests); the edition is the internal one all the same. */
    public InternalSitePublishHandler(ScorecardsConfig config, Stores stores, S3Client s3, String bucket, String prefix,
                                      Supplier<Map<String, String>> providerNames, Clock clock) {
        for (ContractingRegion region : config.regions().contractingRegions()) {
            Ports own = RegionalInternalEdition.only(stores, region.id());
            Stores regional = new Stores(own.allocations(), own.surveyResponses(), own.kpiResults(), own.uploads(),
                    own.reportRows(), own.escalations(), own.conversations(), own.roundTables());
            regions.add(new Region(region.id(), new SitePublishHandler(RegionalInternalEdition.only(config, region.id()),
                    regional, s3, new SitePublishHandler.Settings(bucket, prefix + S3RegionalEditions.prefix(region.id()),
                    Edition.INTERNAL), providerNames, clock)));
        }
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        Map<String, Object> perRegion = new LinkedHashMap<>();
        int files = 0;
        int uploaded = 0;
        Object years = 0;
        for (Region region : regions) {
            Map<String, Object> outcome = region.publisher().handleRequest(event, context);
            perRegion.put(region.id(), outcome);
            files += ((Number) outcome.get("files")).intValue();
            uploaded += ((Number) outcome.get("uploaded")).intValue();
            years = outcome.get("years");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("edition", "internal");
        result.put("years", years);
        result.put("files", files);
        result.put("uploaded", uploaded);
        result.put("regions", perRegion);
        return result;
    }
}
