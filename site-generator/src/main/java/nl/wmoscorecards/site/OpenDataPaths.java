package nl.wmoscorecards.site;

import java.util.List;

/**
 * Where the open-data files live. A scorecard's and a year's table come in four files beside each other:
 * name.csv (machine), name-excel.csv, name.xlsx and name.json ({@link #files}); a provider's in the two CSVs
 * ({@link #providerFiles}).
 */
final class OpenDataPaths {
    static final String DICTIONARY = "data/woordenboek.csv";

    /** A table's four files, as (site path, format label) pairs. */
    record File(String path, String format) {
    }

    private OpenDataPaths() {
    }

    /** data/{region}-{year}: one scorecard's table. */
    static String scorecard(String measurementRegionId, int year) {
        return stem(SitePaths.scorecardData(measurementRegionId, year, "csv"));
    }

    /** data/alle-regios/{year}: every scorecard of a year in one table. */
    static String year(int year) {
        return "data/alle-regios/" + year;
    }

    /** data/aanbieders/{agb}: one provider in every region and year. */
    static String provider(String agbCode) {
        String page = SitePaths.providerPage(agbCode);
        return "data/" + page.substring(0, page.length() - ".html".length());
    }

    static List<File> files(String stem) {
        return List.of(new File(stem + "-excel.csv", "CSV voor Excel"), new File(stem + ".xlsx", "XLSX"),
                new File(stem + ".csv", "CSV"), new File(stem + ".json", "JSON"));
    }

    /**
     * A provider's two files: the CSV for Excel and the machine CSV. A national site has thousands of providers,
     * and an XLSX and JSON for each cost more than the rest of the site together; both are in the year file.
     */
    static List<File> providerFiles(String stem) {
        return List.of(new File(stem + "-excel.csv", "CSV voor Excel"), new File(stem + ".csv", "CSV"));
    }

    private static String stem(String csvPath) {
        return csvPath.substring(0, csvPath.length() - ".csv".length());
    }
}
