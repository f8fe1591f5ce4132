package nl.wmoscorecards.site;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.MeasurementRegion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change a rerun made to a published figure: the figures of the previous publish (its
 * data/kpi-results-{year}.json) against the new run, as the page shows them (rounded value and band, or why
 * there is none), so a change below the display precision is no revision. The log of earlier publishes
 * (data/revisies.json) is read back and carried on, so a revision stays visible. Old figures pass the
 * publication policy again ({@link PublishedResults}), so old and new are both {@link PublishedResult}s, and the
 * log writes them as the year's data file does: a withheld figure is null, never its number. A revision is dated by the rerun that made it (its computedAt), not by the publish, so publishing the
 * same data twice gives the same files.
 */
final class RevisionLog {
    static final String JSON_PATH = "data/revisies.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One changed figure; after is null when the result is no longer on the scorecard. */
    record Revision(LocalDate date, PublishedResult before, PublishedResult after) {
        PublishedResult subject() {
            return before;
        }
    }

    private final SiteModel model;
    private final List<Revision> revisions;

    private RevisionLog(SiteModel model, List<Revision> revisions) {
        this.model = model;
        this.revisions = List.copyOf(revisions);
    }

    /**
     * @param model     the model as read (the policy runs here, once for the old figures)
     * @param published the runs as the publication policy made them for the pages
     */
    static RevisionLog build(SiteModel model, List<PublishedRun> published, Publication publication)
            throws IOException {
        List<Revision> all = new ArrayList<>(history(model, publication.previous()));
        Set<String> known = new HashSet<>();
        all.forEach(r -> known.add(identity(model.config(), r)));
        Map<Integer, KpiRun> computed = new HashMap<>();
        model.runs().forEach(run -> computed.put(run.year(), run));
        for (PublishedRun run : published) {
            Optional<byte[]> before = publication.previous().read(SitePaths.dataFile(run.year()));
            if (before.isEmpty()) {
                continue;
            }
            Instant computedAt = computed.get(run.year()).computedAt();
            LocalDate date = computedAt == null ? publication.date() : LocalDate.ofInstant(computedAt, DutchTime.ZONE);
            Map<String, PublishedResult> now = new HashMap<>();
            run.results().forEach(r -> now.put(key(r), r));
            List<PublishedResult> old = PublishedResults.asPublished(model,
                    ResultRows.readRunFile(before.get(), model.config()));
            for (PublishedResult was : old) {
                PublishedResult is = now.get(key(was));
                Optional<String> wasText = figure(model.config(), was);
                if (wasText.isPresent() && !wasText.equals(figure(model.config(), is)) && changesAFigure(was, is)) {
                    Revision revision = new Revision(date, was, is);
                    if (known.add(identity(model.config(), revision))) {
                        all.add(revision);
                    }
                }
            }
        }
        all.sort(Comparator.comparing(Revision::date).reversed()
                .thenComparing(r -> r.subject().year(), Comparator.reverseOrder())
                .thenComparing(r -> r.subject().region())
                .thenComparing(r -> r.subject().provider())
                .thenComparing(r -> r.subject().kpi()));
        return new RevisionLog(model, all);
    }

    List<Revision> all() {
        return revisions;
    }

    /** The revisions of one scorecard, newest first. */
    List<Revision> of(String measurementRegion, int year) {
        return revisions.stream().filter(r -> r.subject().region().equals(measurementRegion)
                && r.subject().year() == year).toList();
    }

    String before(Revision revision) {
        return figure(model.config(), revision.before()).orElse(ScorecardCells.NO_DATA);
    }

    String after(Revision revision) {
        return figure(model.config(), revision.after()).orElse(ScorecardCells.NO_DATA);
    }

    Optional<KpiDefinition> kpi(PublishedResult result) {
        return kpi(model.config(), result);
    }

    private static Optional<KpiDefinition> kpi(ScorecardsConfig config, PublishedResult result) {
        return catalog(config, result.region(), result.year()).flatMap(c -> c.kpis().stream()
                .filter(k -> k.id().equals(result.kpi())).findFirst());
    }

    /** data/revisies.json: the log as people read it (texts) and as the next publish reads it back (results). */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayPropertyStart("herzieningen");
            for (Revision r : revisions) {
                PublishedResult subject = r.subject();
                json.writeStartObject();
                json.writeStringProperty("datum", r.date().toString());
                json.writeNumberProperty("jaar", subject.year());
                json.writeStringProperty("meetregio", subject.region());
                json.writeStringProperty("agb", subject.provider());
                json.writeStringProperty("zorgaanbieder", model.providerLabel(subject.provider()));
                json.writeStringProperty("kpi", subject.kpi());
                json.writeStringProperty("kpi_naam", kpi(subject).map(KpiDefinition::name).orElse(subject.kpi()));
                json.writeStringProperty("oud", before(r));
                json.writeStringProperty("nieuw", after(r));
                json.writeName("oudResultaat");
                DataFileRenderer.writeResult(json, r.before());
                json.writeName("nieuwResultaat");
                if (r.after() == null) {
                    json.writeNull();
                } else {
                    DataFileRenderer.writeResult(json, r.after());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toString();
    }

    private static List<Revision> history(SiteModel model, PreviousPublication previous) throws IOException {
        Optional<byte[]> log = previous.read(JSON_PATH);
        if (log.isEmpty()) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        List<KpiResult> results = new ArrayList<>();
        List<Boolean> removed = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(log.get()).path("herzieningen")) {
            dates.add(LocalDate.parse(entry.path("datum").asString()));
            results.add(ResultRows.read(entry.path("oudResultaat"), model.config()));
            JsonNode after = entry.path("nieuwResultaat");
            removed.add(!after.isObject());
            results.add(after.isObject() ? ResultRows.read(after, model.config()) : results.get(results.size() - 1));
        }
        List<PublishedResult> asPublished = PublishedResults.asPublished(model, results);
        List<Revision> history = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            history.add(new Revision(dates.get(i), asPublished.get(2 * i),
                    removed.get(i) ? null : asPublished.get(2 * i + 1)));
        }
        return history;
    }

    /**
     * A value shown on either side, measured or not changed, or the result gone. Two withheld values are no
     * revision: a file read back keeps no reason for what it withheld, so only the reason's wording would differ.
     */
    private static boolean changesAFigure(PublishedResult was, PublishedResult is) {
        return is == null || was.value().isShown() || is.value().isShown() || was.measured() != is.measured();
    }

    /** The figure as the page shows it: the value with its band, or why there is none; empty for none. */
    private static Optional<String> figure(ScorecardsConfig config, PublishedResult result) {
        if (result == null) {
            return Optional.empty();
        }
        Optional<KpiDefinition> kpi = kpi(config, result);
        if (kpi.isEmpty()) {
            return Optional.empty();
        }
        if (!result.value().isShown()) {
            return Optional.ofNullable(ScorecardCells.note(result));
        }
        String value = Unit.of(kpi.get().unit()).format(result.value().orNull());
        return Optional.of(result.band() == null ? value : value + " (" + result.band().dutchLabel() + ")");
    }

    private static Optional<KpiCatalog> catalog(ScorecardsConfig config, String region, int year) {
        return config.regions().measurementRegion(region).map(MeasurementRegion::contractingRegion)
                .flatMap(contracting -> config.kpiCatalog(contracting, year));
    }

    private static String key(PublishedResult r) {
        return r.year() + "\u0000" + r.region() + "\u0000" + r.provider() + "\u0000" + r.kpi();
    }

    /** The same change found again (a publish redone over the same previous files) is one revision. */
    static String identity(ScorecardsConfig config, Revision r) {
        return key(r.subject()) + "\u0000" + r.date() + "\u0000" + figure(config, r.before()).orElse("")
                + "\u0000" + figure(config, r.after()).orElse("");
    }
}
