package nl.wmoscorecards.site;

import java.util.List;

/** One column of every open-data table: its name, unit and meaning, as the data dictionary lists it. */
record OpenDataColumn(String name, String unit, String meaning) {

    /** The columns of every open-data file, in this order: the dictionary, the CSV headers and the JSON keys. */
    static final List<OpenDataColumn> ALL = List.of(
            new OpenDataColumn("meetregio", "tekst", "id van de meetregio"),
            new OpenDataColumn("meetregio_naam", "tekst", "naam van de meetregio"),
            new OpenDataColumn("jaar", "jaartal", "meetjaar (1 januari t/m 31 december)"),
            new OpenDataColumn("status", "voorlopig/definitief",
                    "voorlopig tot de regio de resultaten vaststelt (zie vastgesteld_op), daarna definitief"),
            new OpenDataColumn("vastgesteld_op", "datum (jjjj-mm-dd)", "de dag waarop de regio de resultaten van het jaar vaststelt"),
            new OpenDataColumn("agb", "tekst", "AGB-code van de zorgaanbieder (in de Excel-CSV kan Excel voorloopnullen"
                    + " weglaten; de XLSX bewaart ze)"),
            new OpenDataColumn("zorgaanbieder", "tekst", "naam van de zorgaanbieder"),
            new OpenDataColumn("kpi", "tekst", "id van de KPI"),
            new OpenDataColumn("kpi_naam", "tekst", "naam van de KPI"),
            new OpenDataColumn("eenheid", "tekst", "eenheid van waarde en norm: percent (0-100), cijfer (0-10), aantal, dagen of euro"),
            new OpenDataColumn("norm", "eenheid uit kolom eenheid", "de waarde vanaf waar de norm gehaald is; leeg als de KPI alleen gemonitord wordt"),
            new OpenDataColumn("normbanden", "tekst", "elke beoordeling met haar grenzen, van laag naar hoog"),
            new OpenDataColumn("gemeten", "ja/nee", "of de groep groot genoeg was om te meten"),
            new OpenDataColumn("toelichting", "tekst", "waarom niet gemeten, of waarom een klein aantal niet gepubliceerd is"),
            new OpenDataColumn("waarde", "eenheid uit kolom eenheid", "afgerond zoals op de site (percent, cijfer en dagen op"
                    + " één decimaal, aantal en euro op hele getallen); leeg als niet gemeten of niet gepubliceerd"),
            new OpenDataColumn("beoordeling", "tekst", "de normband, bepaald op de exacte waarde; leeg zonder norm"),
            new OpenDataColumn("voldoet_aan_norm", "ja/nee", "of de beoordeling de norm haalt; leeg zonder beoordeling"),
            new OpenDataColumn("n", "aantal", "toewijzingen, evaluaties of respondenten in de berekening; leeg bij een aantal of"
                    + " bedrag, en bij groepen die niet gemeten zijn"),
            new OpenDataColumn("clienten_in_zorg", "aantal", "cliënten in zorg bij de zorgaanbieder in de meetregio; leeg onder"
                    + " de minimale groepsgrootte"),
            new OpenDataColumn("respondenten", "aantal", "alleen bij KPI's uit een enquête"));
}
