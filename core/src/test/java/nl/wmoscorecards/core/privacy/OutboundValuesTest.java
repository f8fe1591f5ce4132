package nl.wmoscorecards.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a value may look like when it leaves the system: one rule for errors, logs, reports, pages and file names. */
class OutboundValuesTest {
    private static final String BSN = TestBsns.one(0);

    @ParameterizedTest
    @ValueSource(strings = {"%s", "client-%s.csv", "BSN %s", "Client met BSN %s (Jan)", "x%sy", "%s;%s"})
    void aBsnIsMaskedWhereverItStandsInTheText(String template) {
        String text = template.formatted(BSN, BSN);

        String masked = OutboundValues.masked(text);

        assertThat(masked).doesNotContain(BSN).contains("*******" + BSN.substring(7));
        assertThat(OutboundValues.value(text)).doesNotContain(BSN);
        assertThat(OutboundValues.text(text)).doesNotContain(BSN);
        assertThat(OutboundValues.fileName(text)).doesNotContain(BSN);
    }

    @Test
    void aBsnTypedWithDotsOrSpacesIsMaskedAndRecognised() {
        for (String typed : new String[] {TestBsns.dotted(BSN), TestBsns.spaced(BSN)}) {
            assertThat(OutboundValues.containsBsn("nummer " + typed + ".")).as(typed).isTrue();
            assertThat(OutboundValues.masked("nummer " + typed)).as(typed)
                    .isEqualTo("nummer *******" + BSN.substring(7));
        }
    }

    @Test
    void numbersThatAreNoBsnStayAsTheyAre() {
        String notElfproef = "123456789";
        String[] texts = {notElfproef, "1" + BSN, BSN + "0", "2025-03-12", "1.234.567,89", "0612345678", "AGB 12345678",
                "12-03-2025 10:00"};
        for (String text : texts) {
            assertThat(OutboundValues.masked(text)).as(text).isEqualTo(text);
            assertThat(OutboundValues.containsBsn(text)).as(text).isFalse();
        }
    }

    @Test
    void aPostcodeWithHouseNumberIsRecognisedAndMaskedButAPostcodeAloneOrAYearIsNot() {
        for (String address : new String[] {"1234 AB 5", "1234AB 12a", "Dorpsstraat 1, 1234 AB Ons Dorp", "1234ab 5"}) {
            assertThat(OutboundValues.containsPostcodeWithHouseNumber(address)).as(address).isTrue();
            assertThat(OutboundValues.masked(address)).as(address).doesNotContainPattern("[0-9]{4} ?[A-Za-z]{2}");
        }
        for (String text : new String[] {"1234 AB", "In 2025 is 1 calamiteit gemeld", "2025 IS", "team 12"}) {
            assertThat(OutboundValues.containsPostcodeWithHouseNumber(text)).as(text).isFalse();
        }
    }

    @Test
    void aLongValueIsCutToAReadableLengthOnOneLine() {
        String cell = "a\nb" + "x".repeat(60_000);

        String shown = OutboundValues.value(cell);

        assertThat(shown).hasSize(OutboundValues.MAX_VALUE_CHARS).endsWith("…").doesNotContain("\n");
        assertThat(OutboundValues.text("y".repeat(60_000))).hasSize(OutboundValues.MAX_TEXT_CHARS);
    }

    @Test
    void applyingTheRuleTwiceChangesNothing() {
        String text = "client-" + BSN + " woont op 1234 AB 5 " + "z".repeat(2_000);
        for (java.util.function.UnaryOperator<String> rule : java.util.List.<java.util.function.UnaryOperator<String>>of(
                OutboundValues::value, OutboundValues::text, OutboundValues::fileName, OutboundValues::masked)) {
            String once = rule.apply(text);
            assertThat(rule.apply(once)).isEqualTo(once);
        }
        assertThat(OutboundValues.value(null)).isNull();
    }
}
