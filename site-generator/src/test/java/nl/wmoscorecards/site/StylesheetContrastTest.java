package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stylesheet's colour pairs meet WCAG AA for normal text (4.5:1). */
class StylesheetContrastTest {
    private static final Pattern TOKEN = Pattern.compile("(--[a-z0-9-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final Map<String, String> TOKENS = new HashMap<>();

    @BeforeAll
    static void readTokens() throws IOException {
        try (InputStream in = StylesheetContrastTest.class.getResourceAsStream("/site-assets/site.css")) {
            Matcher m = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                TOKENS.put(m.group(1), m.group(2));
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "--utrecht-document-color, --utrecht-document-background-color",
            "--utrecht-link-color, --utrecht-document-background-color",
            "--utrecht-link-visited-color, --utrecht-document-background-color",
            "--utrecht-link-color, --utrecht-table-row-alternate-odd-background-color",
            "--utrecht-link-color, --utrecht-page-footer-background-color",
            "--utrecht-document-color, --utrecht-table-header-background-color",
            "--utrecht-document-color, --utrecht-focus-background-color",
            "--utrecht-page-header-color, --utrecht-page-header-background-color",
            "--wmo-muted-color, --utrecht-document-background-color",
            "--wmo-muted-color, --utrecht-table-row-alternate-odd-background-color",
            "--wmo-status-good-color, --wmo-status-good-background-color",
            "--wmo-status-sufficient-color, --wmo-status-sufficient-background-color",
            "--wmo-status-achieved-color, --wmo-status-achieved-background-color",
            "--wmo-status-insufficient-color, --wmo-status-insufficient-background-color",
            "--wmo-status-not-achieved-color, --wmo-status-not-achieved-background-color",
            // The change marks "beter" and "slechter" in scorecard cells, on plain and striped rows.
            "--wmo-status-good-color, --utrecht-document-background-color",
            "--wmo-status-good-color, --utrecht-table-row-alternate-odd-background-color",
            "--wmo-status-insufficient-color, --utrecht-document-background-color",
            "--wmo-status-insufficient-color, --utrecht-table-row-alternate-odd-background-color"})
    void textColourHasAaContrastOnItsBackground(String foreground, String background) {
        assertThat(TOKENS).containsKeys(foreground, background);
        assertThat(contrast(TOKENS.get(foreground), TOKENS.get(background))).isGreaterThanOrEqualTo(4.5);
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
