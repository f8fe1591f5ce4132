package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.wmoscorecards.core.region.MeasurementRegion;
import org.junit.jupiter.api.Test;

class BreakdownsTest {
    private static final MeasurementRegion REGION = new MeasurementRegion("bno-oost", "Brabant Noordoost-oost", "bno",
            Map.of("0828", "Oss", "0755", "Boekel", "1721", "Bernheze"));

    @Test
    void flowsAreSplitPerMunicipalityByName() {
        assertThat(Breakdowns.label("inflow")).isEqualTo("Per gemeente");
        assertThat(Breakdowns.parts("inflow", REGION, Map.of("0828", 39, "0755", 25, "1721", 1_200)))
                .containsExactly("Bernheze 1.200", "Boekel 25", "Oss 39");
    }

    @Test
    void causesOfNonAchievementKeepTheConversationsOrder() {
        assertThat(Breakdowns.label("share-achieved")).isEqualTo("Oorzaak niet behaald");
        assertThat(Breakdowns.parts("share-achieved", REGION, Map.of("unknown", 1, "client", 5, "local_team", 2)))
                .containsExactly("cliënt 5", "lokaal team 2", "onbekend 1");
    }

    @Test
    void endReasonsBandsAndDeliveriesReadInDutch() {
        assertThat(Breakdowns.parts("outflow-by-reason", REGION, Map.of("02", 3, "38", 4)))
                .containsExactly("overlijden 3", "overstap naar andere aanbieder 4");
        assertThat(Breakdowns.parts("outcome-financing-simulation", REGION, Map.of("good", 12)))
                .containsExactly("goed 12");
        assertThat(Breakdowns.parts("mandatory-reports-delivered", REGION, Map.of("late", 1, "missing", 2)))
                .containsExactly("te laat geleverd 1", "niet geleverd 2");
        assertThat(Breakdowns.parts("sub-results-achieved", REGION, Map.of("zelfredzaamheid not_achieved", 4)))
                .containsExactly("zelfredzaamheid niet behaald 4");
    }

    @Test
    void historicZvwAndWlzEndsStayApartFromAnotherDomain() {
        assertThat(Breakdowns.parts("outflow-by-reason", REGION, Map.of("39", 4, "34", 1, "33", 2)))
                .containsExactly("voortzetting in Zvw 2", "voortzetting in Wlz 1", "uitstroom naar ander domein 4");
    }

    @Test
    void theWaitingListIsSplitPerProductCategory() {
        assertThat(Breakdowns.label("waiting-list")).isEqualTo("Per productcategorie");
        assertThat(Breakdowns.parts("waiting-list", REGION, Map.of("07", 3, "02", 29)))
                .containsExactly("begeleiding 29", "dagbesteding 3");
    }

    @Test
    void anUnknownCodeIsShownAsItIs() {
        assertThat(Breakdowns.parts("outflow-by-reason", REGION, Map.of("99", 2))).containsExactly("99 2");
        assertThat(Breakdowns.label("experience-experts")).isEqualTo("Uitsplitsing");
    }
}
