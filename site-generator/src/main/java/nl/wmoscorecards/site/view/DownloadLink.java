package nl.wmoscorecards.site.view;

/** A data file to download, with its format named so the reader knows what the link gives. */
public record DownloadLink(String href, String label, String format) {
}
