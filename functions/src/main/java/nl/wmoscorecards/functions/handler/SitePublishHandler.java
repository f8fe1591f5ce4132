package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.site.S3PreviousPublication;
import nl.wmoscorecards.functions.site.S3SiteSync;
import nl.wmoscorecards.application.ScratchFolder;
import nl.wmoscorecards.application.SiteReadModel;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.site.Edition;
import nl.wmoscorecards.site.Publication;
import nl.wmoscorecards.site.SiteGenerator;
import nl.wmoscorecards.site.SiteModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * site-publish: after the KPI run (scheduled, or invoked with any event), render the public edition from the
 * stores and sync it to SITE_BUCKET under SITE_PREFIX. An event detail of {"year": Y} publishes only that year.
 * The edition is fixed per handler class, not read from the environment, so no configuration mistake can
 * publish the internal edition to the public bucket; {@link InternalSitePublishHandler} publishes that one.
 */
public final class SitePublishHandler implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(SitePublishHandler.class);
    /** The environment variable holding the upload page's config.json (template.yaml). */
    static final String UPLOAD_PAGE_CONFIG = "UPLOAD_PAGE_CONFIG";
    private final ScorecardsConfig config;
    private final Stores stores;
    private final S3Client s3;
    private final Settings settings;
    private final Supplier<Map<String, String>> providerNames;
    private final Clock clock;
    private final SiteGenerator generator = new SiteGenerator();

    /** Where and what to publish. */
    public record Settings(String bucket, String prefix, Edition edition) {
        public static Settings fromEnvironment(Edition edition) {
            String bucket = System.getenv("SITE_BUCKET");
            if (bucket == null || bucket.isBlank()) {
                throw new IllegalStateException("SITE_BUCKET is not set; give the site-publish function its site bucket");
            }
            return new Settings(bucket, System.getenv().getOrDefault("SITE_PREFIX", ""), edition);
        }
    }

    public SitePublishHandler() {
        this(Edition.PUBLIC);
    }

    SitePublishHandler(Edition edition) {
        // Provider names have no store in AWS yet: the site shows AGB codes until one is wired here.
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                AwsClients.s3(), Settings.fromEnvironment(edition), Map::of, Clock.systemUTC());
    }

    public SitePublishHandler(ScorecardsConfig config, Stores stores, S3Client s3, Settings settings,
                              Supplier<Map<String, String>> providerNames, Clock clock) {
        this.config = config;
        this.stores = stores;
        this.s3 = s3;
        this.settings = settings;
        this.providerNames = providerNames;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        return Telemetry.invocation(context, () -> publish(event));
    }

    private Map<String, Object> publish(ScheduledEvent event) {
        Map<String, Object> detail = event == null || event.getDetail() == null ? Map.of() : event.getDetail();
        Integer year = detail.get("year") instanceof Number n ? n.intValue() : null;
        Path folder = null;
        try {
            folder = Files.createTempDirectory("site-");
            LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
            SiteModel model = SiteReadModel.load(config, stores, settings.edition(), year, providerNames.get(), today);
            // The bucket holds the previous publish: the revision log compares with it before the sync replaces it.
            Publication publication = new Publication(today,
                    new S3PreviousPublication(s3, settings.bucket(), settings.prefix()));
            List<Path> files = generator.generate(model, publication, folder);
            writeUploadPageConfig(folder, System.getenv(UPLOAD_PAGE_CONFIG));
            S3SiteSync.Outcome outcome = new S3SiteSync(s3).sync(folder, settings.bucket(), settings.prefix());
            LOG.info("site {} edition: {} files, {} uploaded, {} unchanged, {} removed from s3://{}/{}",
                    settings.edition(), files.size(), outcome.uploaded(), outcome.unchanged(), outcome.deleted(),
                    settings.bucket(), settings.prefix());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("edition", settings.edition().name().toLowerCase(Locale.ROOT));
            result.put("years", model.runs().size());
            result.put("files", files.size());
            result.put("uploaded", outcome.uploaded());
            result.put("unchanged", outcome.unchanged());
            result.put("deleted", outcome.deleted());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("publishing the site to s3://" + settings.bucket() + " failed", e);
        } finally {
            ScratchFolder.deleteQuietly(folder,
                    (left, e) -> LOG.warn("could not remove temporary site folder {}: {}", left, e.getMessage()));
        }
    }

    /**
     * The providers' upload page reads where its API and sign-in are from config.json beside it: the deploy's
     * values (template.yaml), written with each publish of the public edition so the sync keeps the file.
     */
    private void writeUploadPageConfig(Path folder, String json) throws IOException {
        if (settings.edition() == Edition.PUBLIC && json != null && !json.isBlank()
                && Files.isDirectory(folder.resolve("aanleveren"))) {
            Files.writeString(folder.resolve("aanleveren/config.json"), json, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
