package nl.wmoscorecards.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.UUID;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.kpi.KpiRun;

/**
 * data/revisies.xml: the revision log as an Atom feed (RFC 4287) a journalist or provider can follow in a feed
 * reader. Ids are name-based UUIDs of the revision, so an entry keeps its id in every publish; dates are the
 * data's own (the rerun's), so the feed is the same bytes for the same data.
 */
final class RevisionFeed {
    static final String PATH = "data/revisies.xml";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private RevisionFeed() {
    }

    static String atom(SiteModel model, SitePlan plan, RevisionLog log, Publication publication) {
        LocalDate updated = log.all().stream().map(RevisionLog.Revision::date).max(Comparator.naturalOrder())
                .or(() -> model.runs().stream().filter(r -> r.computedAt() != null).map(KpiRun::computedAt)
                        .max(Comparator.naturalOrder()).map(i -> LocalDate.ofInstant(i, DutchTime.ZONE)))
                .orElse(publication.date());
        String root = SitePaths.rootFrom(PATH);
        StringBuilder xml = new StringBuilder(1024 + log.all().size() * 600);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n")
                .append("  <id>").append(uuid("wmo-scorecards/revisies/" + model.edition().name())).append("</id>\n")
                .append("  <title>Herzieningen van gepubliceerde KPI-resultaten</title>\n")
                .append("  <subtitle>Elk gepubliceerd cijfer dat een herberekening veranderde: datum, oude en nieuwe"
                        + " waarde.</subtitle>\n")
                .append("  <updated>").append(timestamp(updated)).append("</updated>\n")
                .append("  <author><name>Wmo Scorecards</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"revisies.xml\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(root).append(SitePaths.OPEN_DATA)
                .append("\"/>\n");
        for (RevisionLog.Revision revision : log.all()) {
            PublishedResult subject = revision.subject();
            boolean onSite = plan.pages().stream().anyMatch(p -> p.region().id().equals(subject.region())
                    && p.run().year() == subject.year());
            if (!onSite) {
                continue;
            }
            String kpi = log.kpi(subject).map(KpiDefinition::name).orElse(subject.kpi());
            String regionName = model.config().regions().measurementRegion(subject.region())
                    .map(r -> r.name()).orElse(subject.region());
            String title = "Herzien: " + model.providerLabel(subject.provider()) + ", " + kpi + ", " + regionName
                    + " " + subject.year();
            String summary = "Eerder gepubliceerd: " + log.before(revision) + ". Nu: " + log.after(revision)
                    + ". Herzien op " + DutchFormat.date(revision.date()) + ".";
            xml.append("  <entry>\n")
                    .append("    <id>").append(uuid(RevisionLog.identity(model.config(), revision)))
                    .append("</id>\n")
                    .append("    <title>").append(escape(title)).append("</title>\n")
                    .append("    <updated>").append(timestamp(revision.date())).append("</updated>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(root)
                    .append(SitePaths.scorecardPage(subject.region(), subject.year())).append("#herzieningen\"/>\n")
                    .append("    <summary>").append(escape(summary)).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String timestamp(LocalDate date) {
        return RFC3339.format(date.atStartOfDay(DutchTime.ZONE));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
