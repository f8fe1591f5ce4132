package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmoscorecards.site.Edition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site on a phone and on paper, in a real headless Chromium: no page of either edition scrolls sideways at
 * 320 or 390 CSS px (WCAG 1.4.10 reflow), the scorecard reads as one card per provider there, printing keeps
 * every table column on an A4 landscape page, and chart axes show their labels whole. Skipped, loudly, where no
 * browser is installed.
 */
@Tag("browser")
class SiteLayoutTest extends BrowserSiteTest {
    /** A4 landscape less the stylesheet's 10 mm margins: 277 mm at 96 CSS px per inch. */
    static final int A4_LANDSCAPE_PRINTABLE_PX = (int) Math.floor(277 / 25.4 * 96);
    /** What sticks out of the page: elements whose box or content passes the right edge, outside any scroll region. */
    static final String OVERFLOW = """
            var d = document.documentElement, off = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              var right = getComputedStyle(e).overflowX === 'visible' ? Math.max(r.right, r.left + e.scrollWidth) : r.right;
              if (right <= d.clientWidth + 1) return;
              for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return;
              }
              off.push(e.tagName.toLowerCase() + ' "' + (e.textContent || '').trim().slice(0, 40) + '" to ' + Math.round(right) + 'px');
            });
            return [d.scrollWidth, d.clientWidth, off.slice(0, 5).join('; ')];""";
    /** Table cells whose right edge passes the page's right edge, with the table's caption. */
    private static final String CELLS_PAST_THE_EDGE = """
            var width = document.documentElement.clientWidth, off = [];
            document.querySelectorAll('table').forEach(function (t) {
              t.querySelectorAll('th, td').forEach(function (c) {
                var r = c.getBoundingClientRect();
                if (r.right > width + 1 && off.length < 5) {
                  off.push((t.caption ? t.caption.textContent : 'table') + ': "' + c.textContent.trim().slice(0, 30)
                    + '" to ' + Math.round(r.right) + 'px');
                }
              });
            });
            return [document.querySelectorAll('table th, table td').length, width, off.join('; ')];""";
    static Stream<Arguments> everyPageTypeAtPhoneWidths() {
        List<Arguments> cases = new ArrayList<>();
        for (int width : List.of(320, 390)) {
            SiteFixtures.PUBLIC_PAGES.forEach(page -> cases.add(Arguments.of(Edition.PUBLIC, page, width)));
            SiteFixtures.INTERNAL_PAGES.forEach(page -> cases.add(Arguments.of(Edition.INTERNAL, page, width)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} at {2} px")
    @MethodSource("everyPageTypeAtPhoneWidths")
    void noPageScrollsSidewaysOnAPhone(Edition edition, String page, int width) {
        screen(width, 800, true);
        sites.load(edition, page);
        List<?> measured = (List<?>) sites.browser.executeScript(OVERFLOW);
        assertThat(number(measured.get(1))).as("viewport of %s", page).isEqualTo(width);
        assertThat(number(measured.get(0))).as("page width of %s at %d px; sticking out: %s", page, width,
                measured.get(2)).isLessThanOrEqualTo(width);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUBLIC, regio/dwo/2025.html", "PUBLIC, regio/oostzaan-waterland-landsmeer/2025.html",
            "INTERNAL, regio/purmerend-edam-volendam/2025.html", "PUBLIC, aanbieders/22222222.html"})
    void aScorecardReadsAsCardsOnAPhoneEachValueNamingItsKpi(Edition edition, String page) {
        screen(320, 800, true);
        sites.load(edition, page);
        List<?> cells = (List<?>) sites.browser.executeScript("""
                var width = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('.scorecard-table td').forEach(function (c) {
                  var r = c.getBoundingClientRect();
                  out.push([Math.round(r.left), Math.round(r.right), getComputedStyle(c, '::before').content]);
                });
                return [width, out];""");
        long width = number(cells.get(0));
        List<?> rows = (List<?>) cells.get(1);
        assertThat(rows).as("value cells of %s", page).isNotEmpty();
        for (Object row : rows) {
            List<?> cell = (List<?>) row;
            assertThat(number(cell.get(0))).as("left edge of a value on %s", page).isGreaterThanOrEqualTo(0);
            assertThat(number(cell.get(1))).as("right edge of a value on %s", page).isLessThanOrEqualTo(width);
            assertThat((String) cell.get(2)).as("label of a value on %s", page).contains("norm");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUBLIC, regio/dwo/2025.html", "PUBLIC, regio/purmerend-edam-volendam/2025.html",
            "PUBLIC, aanbieders/11111111.html", "INTERNAL, regio/dwo/2025.html", "INTERNAL, aanbieders/22222222.html",
            "INTERNAL, intern/escalaties.html", "INTERNAL, intern/overlegtafels/zaanstreek-waterland/2025.html"})
    void printingKeepsEveryTableColumnOnThePage(Edition edition, String page) {
        try {
            print(true);
            screen(A4_LANDSCAPE_PRINTABLE_PX, 700, false);
            sites.load(edition, page);
            List<?> measured = (List<?>) sites.browser.executeScript(CELLS_PAST_THE_EDGE);
            assertThat(number(measured.get(0))).as("table cells on %s", page).isGreaterThan(0);
            assertThat((String) measured.get(2)).as("cells cut off on paper, %s", page).isEmpty();
        } finally {
            print(false);
        }
    }

    @Test
    void theScorecardPrintsOnA4Landscape() {
        screen(1280, 1024, false);
        sites.load(Edition.PUBLIC, "regio/dwo/2025.html");
        Map<String, Object> pdf = sites.browser.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        String text = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
        int pages = 0;
        while (box.find()) {
            pages++;
            double width = Double.parseDouble(box.group(1));
            double height = Double.parseDouble(box.group(2));
            assertThat(width).as("page %d width in pt (A4 landscape: 842)", pages).isCloseTo(842, offset(1.0));
            assertThat(height).as("page %d height in pt (A4 landscape: 595)", pages).isCloseTo(595, offset(1.0));
        }
        assertThat(pages).as("pages in the PDF").isGreaterThan(0);
    }

    @Test
    void chartAxisLabelsAreShownWholeAndCountsTickAtWholeNumbers() {
        screen(1280, 1024, false);
        sites.load(Edition.PUBLIC, "aanbieders/22222222.html");
        List<?> labels = (List<?>) sites.browser.executeScript("""
                var out = [];
                document.querySelectorAll('svg.trend-chart__svg').forEach(function (svg) {
                  var width = svg.viewBox.baseVal.width, title = svg.querySelector('title').textContent;
                  svg.querySelectorAll('text.trend-chart__axis').forEach(function (t) {
                    var b = t.getBBox();
                    out.push([title, t.textContent, b.x, b.x + b.width, width, t.getAttribute('text-anchor')]);
                  });
                });
                return out;""");
        assertThat(labels.stream().map(l -> String.valueOf(((List<?>) l).get(1))).toList()).contains("20 dagen", "4");
        for (Object item : labels) {
            List<?> label = (List<?>) item;
            String where = label.get(0) + ": \"" + label.get(1) + "\"";
            assertThat(((Number) label.get(2)).doubleValue()).as("left edge of %s", where).isGreaterThanOrEqualTo(0);
            assertThat(((Number) label.get(3)).doubleValue()).as("right edge of %s", where)
                    .isLessThanOrEqualTo(((Number) label.get(4)).doubleValue());
            if (((String) label.get(0)).startsWith("Structurele inzet ervaringsdeskundigheid")
                    && "end".equals(label.get(5))) {
                assertThat((String) label.get(1)).as("y-axis label of a count, %s", where).matches("\\d+");
            }
        }
    }

    private static void screen(int width, int height, boolean mobile) {
        sites.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static void print(boolean on) {
        sites.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
    }

    private static long number(Object value) {
        return Math.round(((Number) value).doubleValue());
    }
}
