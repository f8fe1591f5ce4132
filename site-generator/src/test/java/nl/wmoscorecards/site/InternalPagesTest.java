package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.ScorecardTables.parse;
import static nl.wmoscorecards.site.SiteFixture.JUST_BELOW;
import static nl.wmoscorecards.site.SiteFixture.ON_THE_NORM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden-style checks of the internal edition's pages: escalations, the provider's internal part, round tables, dossiers. */
@WholeSiteSuite
class InternalPagesTest {
    @TempDir
    static Path site;

    @BeforeAll
    static void generate() throws IOException {
        new SiteGenerator().generate(SiteFixture.modelWithInternalData(Edition.INTERNAL), site);
    }

    @Test
    void escalationsOverviewListsOpenEscalationsFirstEachLinkedToItsProvider() throws IOException {
        Document page = parse(site.resolve("intern/escalaties.html"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Escalaties");
        Element open = page.selectFirst("section[aria-labelledby=open] table");
        assertThat(open.selectFirst("caption").text()).isEqualTo("Open escalaties");
        assertThat(open.select("thead th").eachText()).containsExactly("Escalatie", "Zorgaanbieder", "Inkoopregio",
                "Jaar", "Stand", "Tekortkomingen", "Verbeterplan uiterlijk", "Verbeteringen uiterlijk", "Cliëntenstop",
                "Derde partij");
        assertThat(open.select("thead th").eachAttr("scope")).containsOnly("col");
        assertThat(open.select("tbody th[scope=row]").eachText())
                .containsExactlyInAnyOrder(InternalFixture.OPEN_ID, InternalFixture.NO_SCORECARD_ID);
        Element row = open.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(InternalFixture.OPEN_ID)).findFirst().orElseThrow();
        assertThat(row.select("td").eachText()).containsExactly(SiteFixture.HOSTILE_NAME, "Zaanstreek-Waterland", "2025",
                "stap 2: verbeterplan gevraagd",
                "KPI Resultaat behaald (Purmerend/Edam-Volendam): 52,9% (onvoldoende)", "1 juni 2026", "—", "ja",
                "ja, sinds 20 april 2026");
        assertThat(row.selectFirst("a").attr("href"))
                .isEqualTo("../aanbieders/" + JUST_BELOW + ".html#escalatie-" + InternalFixture.OPEN_ID);
        // A provider on no scorecard (clients in care, no KPI row) still gets a page, where its ladder is walked.
        Element noScorecard = open.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(InternalFixture.NO_SCORECARD_ID)).findFirst().orElseThrow();
        assertThat(noScorecard.selectFirst("a").attr("href")).isEqualTo("../aanbieders/" + InternalFixture.NO_SCORECARD
                + ".html#escalatie-" + InternalFixture.NO_SCORECARD_ID);
        assertThat(noScorecard.text()).contains("Dossiercontrole dossiercontrole-2025: 3 of 20 dossiers failing");
        Document ownPage = parse(site.resolve("aanbieders/" + InternalFixture.NO_SCORECARD + ".html"));
        assertThat(ownPage.selectFirst("main").text()).contains("Geen KPI-resultaten in de gepubliceerde jaren");
        assertThat(ownPage.getElementById("escalatie-" + InternalFixture.NO_SCORECARD_ID)).isNotNull();
        Element closed = page.selectFirst("section[aria-labelledby=gesloten] table");
        assertThat(closed.select("tbody th").eachText()).containsExactly(InternalFixture.CLOSED_ID);
        assertThat(closed.text()).contains("opgelost", "Rapportage", "1 oktober 2025", "nee");
        assertThat(closed.select("tbody td").last().text()).isEqualTo("nee");
        assertThat(page.select("main section").first().id().isEmpty()
                && page.select("main section").first().attr("aria-labelledby").equals("open")).isTrue();
    }

    @Test
    void providerPageShowsItsEscalationsWithHistoryDeliveriesAndDossiers() throws IOException {
        Document hostile = parse(site.resolve("aanbieders/" + JUST_BELOW + ".html"));
        Element internal = hostile.selectFirst("section.internal");
        assertThat(internal.select("h3").eachText()).containsExactly("Escalaties");
        Element table = internal.selectFirst("table.escalation-table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Escalaties van " + SiteFixture.HOSTILE_NAME);
        assertThat(table.select("thead th").eachText()).doesNotContain("Zorgaanbieder");
        Element history = hostile.getElementById("escalatie-" + InternalFixture.OPEN_ID);
        assertThat(history.text()).isEqualTo("Escalatie " + InternalFixture.OPEN_ID);
        Element historyTable = history.parent().selectFirst("table");
        assertThat(historyTable.select("thead th").eachText())
                .containsExactly("Datum", "Van", "Naar", "Actie", "Toelichting", "Besloten door");
        assertThat(historyTable.select("tbody tr").get(0).children().eachText()).containsExactly("1 april 2026", "—",
                "stap 1: gesignaleerd, escalatiegesprek te voeren", "gesignaleerd",
                "kpi result-achieved in purmerend-edam-volendam: 64.95% (insufficient)", "kpi-run");
        assertThat(historyTable.select("tbody tr").get(1).children().eachText()).contains("stap 2: verbeterplan gevraagd",
                "escalatiegesprek vastgelegd", "j.jansen");
        assertThat(historyTable.select("tbody tr").get(2).children().eachText()).containsExactly("20 april 2026",
                "stap 2: verbeterplan gevraagd", "stap 2: verbeterplan gevraagd",
                "derde partij ingeschakeld op kosten van de zorgaanbieder",
                "third party engaged at the provider's cost: Zorg Anders BV", "m.bakker");
        assertThat(hostile.select("script, [onerror]")).isEmpty();

        Document good = parse(site.resolve("aanbieders/" + ON_THE_NORM + ".html"));
        Element goodInternal = good.selectFirst("section.internal");
        assertThat(goodInternal.select("h3").eachText())
                .containsExactly("Escalaties", "Rapportages", "Dossiers contractmanagementgesprek");
        assertThat(goodInternal.text()).contains("opgelost", "niet geleverd", "te laat geleverd");
        Element dossier = goodInternal.selectFirst(".download-links a");
        assertThat(dossier.text()).isEqualTo("Dossier contractmanagementgesprek 2025 (Markdown)");
        assertThat(dossier.attr("href")).isEqualTo("../intern/dossiers/" + ON_THE_NORM + "-2025.md");
    }

    @Test
    void dossierIsTheContractDossierAsMarkdown() throws IOException {
        String markdown = Files.readString(site.resolve("intern/dossiers/" + ON_THE_NORM + "-2025.md"));
        assertThat(markdown).startsWith("# Contractmanagementgesprek Zorg Waterland (AGB " + ON_THE_NORM + ") - 2025")
                .contains("Niet openbaar.", "## 4. Escalaties", "Geen open escalaties.");
    }

    @Test
    void roundTablePageListsTheInvitedProvidersLinkedToTheirPages() throws IOException {
        Document page = parse(site.resolve("intern/overlegtafels/zaanstreek-waterland/2025.html"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Overlegtafel Zaanstreek-Waterland 2025");
        assertThat(page.selectFirst(".lead").text()).contains("3 relevante zorgaanbieders", "allemaal uitgenodigd",
                "1 zorgaanbieder is niet uitgenodigd omdat ze de overlegtafel meer dan 2 keer misten");
        Element table = page.selectFirst("main table");
        assertThat(table.selectFirst("caption").text())
                .isEqualTo("Uitgenodigde zorgaanbieders, overlegtafel Zaanstreek-Waterland 2025");
        assertThat(table.select("thead th").eachText())
                .containsExactly("Zorgaanbieder", "AGB-code", "Omvang", "Meetregio", "Cliënten in zorg",
                        "Gemist (dit en vorig jaar)");
        assertThat(table.select("tbody tr").get(0).children().eachText()).containsExactly(SiteFixture.HOSTILE_NAME,
                JUST_BELOW, "groot", "Purmerend/Edam-Volendam", "120", "0");
        assertThat(table.select("tbody tr").get(1).children().eachText()).last()
                .isEqualTo("2, waarvan 2 zonder opgaaf van redenen");
        assertThat(table.select("tbody th[scope=row] a").eachAttr("href")).containsExactly(
                "../../../aanbieders/" + JUST_BELOW + ".html", "../../../aanbieders/" + ON_THE_NORM + ".html");
    }

    @Test
    void roundTablePageSaysWhoIsLeftOutForMissingMoreThanTwiceAndWhoAttended() throws IOException {
        Document page = parse(site.resolve("intern/overlegtafels/zaanstreek-waterland/2025.html"));
        Element leftOut = page.selectFirst("section[aria-labelledby=niet-uitgenodigd] table");
        assertThat(leftOut.select("tbody tr")).singleElement().satisfies(row -> assertThat(row.children().eachText())
                .containsExactly(SiteFixture.SMALL, SiteFixture.SMALL, "klein / zzp",
                        "Zaanstad/Wormerland", "3, waarvan 2 zonder opgaaf van redenen"));
        Element held = page.selectFirst("section[aria-labelledby=gehouden] table");
        assertThat(held.select("thead th").eachText())
                .containsExactly("Datum", "Onderwerp", "Uitgenodigd", "Aanwezig", "Gemist", "Vastgelegd door");
        assertThat(held.select("tbody tr")).hasSize(3);
        assertThat(held.select("tbody tr").get(2).children().eachText()).containsExactly("7 oktober 2025", "Begeleiding",
                "3", "1", "Zorg & Welzijn Waterland (zonder opgaaf van redenen); "
                        + SiteFixture.SMALL + " (afgemeld)", "j.jansen");
    }

    @Test
    void conversationsPageFlagsAProviderWithFewerConversationsThanTheRegionsMinimum() throws IOException {
        Document page = parse(site.resolve("intern/contractmanagementgesprekken/zaanstreek-waterland/2025.html"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Contractmanagementgesprekken Zaanstreek-Waterland 2025");
        assertThat(page.selectFirst(".lead").text()).contains("Zaanstreek-Waterland voert minimaal 1 contractmanagementgesprek per jaar met elke zorgaanbieder");
        assertThat(page.selectFirst(".conversations-flagged").text())
                .isEqualTo("1 zorgaanbieder heeft minder gesprekken gehad dan het minimum van 1.");
        Element counts = page.selectFirst("section[aria-labelledby=per-aanbieder] table");
        assertThat(counts.select("tbody tr").get(0).children().eachText()).containsExactly(SiteFixture.HOSTILE_NAME,
                JUST_BELOW, "0", "minimaal 1", "te weinig gesprekken: 0 van minimaal 1");
        assertThat(counts.select("tbody tr").get(1).children().eachText()).containsExactly("Zorg & Welzijn Waterland",
                ON_THE_NORM, "1", "minimaal 1", "voldoet");
        Element held = page.selectFirst("section[aria-labelledby=gevoerd] table");
        assertThat(held.select("tbody tr")).singleElement().satisfies(row -> assertThat(row.children().eachText())
                .containsExactly("13 mei 2025", "Zorg & Welzijn Waterland", "j.jansen", "wachtlijst besproken",
                        "Wachtlijstcijfers aanleveren (actiehouder zorgaanbieder, uiterlijk 1 juni 2025)"));
        Document index = parse(site.resolve("intern/index.html"));
        assertThat(index.select("main a").eachAttr("href"))
                .contains("../intern/contractmanagementgesprekken/zaanstreek-waterland/2025.html");
        assertThat(index.text()).contains("1 onder het minimum");
    }

    @Test
    void internalIndexAndNavigationLinkEveryInternalPage() throws IOException {
        Document home = parse(site.resolve("index.html"));
        assertThat(home.select("nav.site-nav a").eachText()).contains("Intern");
        assertThat(home.selectFirst("nav.site-nav a:contains(Intern)").attr("href")).isEqualTo("intern/index.html");
        Document index = parse(site.resolve("intern/index.html"));
        assertThat(index.select("main a").eachAttr("href")).contains("../intern/escalaties.html",
                "../intern/overlegtafels/zaanstreek-waterland/2025.html", "../intern/dossiers/" + ON_THE_NORM + "-2025.md");
        assertThat(index.text()).contains("2 open");
        Document sitemap = parse(site.resolve("sitemap.html"));
        assertThat(sitemap.select("main a").eachAttr("href")).contains("intern/index.html", "intern/escalaties.html",
                "intern/overlegtafels/zaanstreek-waterland/2025.html");
    }
}
