package nl.wmoscorecards.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoundTablePlannerTest {
    private static ProviderSize provider(int n, String region, int clients) {
        return new ProviderSize(String.format("%08d", n), region, clients, null, null);
    }

    @Test
    void twelveOrFewerRelevantProvidersAreAllInvited() {
        List<ProviderSize> twelve = IntStream.range(0, 12).mapToObj(i -> provider(i, "r" + i % 3, 5 + i * 20)).toList();
        assertThat(new RoundTablePlanner().invite(twelve)).hasSize(12);
    }

    @Test
    void moreThanTwelveGivesAtMostFiveLargeFiveMediumAndTwoSmallSpreadOverTheRegions() {
        List<ProviderSize> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(provider(i, i < 6 ? "a" : "b", 500 - i));      // large: six in a, two in b
            many.add(provider(100 + i, "c", 50));                    // medium: all in c
            many.add(provider(200 + i, i % 2 == 0 ? "a" : "b", 3)); // small
        }
        List<RoundTablePlanner.Invitation> invited = new RoundTablePlanner().invite(many);
        assertThat(invited).filteredOn(i -> i.size() == SizeClass.LARGE).hasSize(5)
                .extracting(RoundTablePlanner.Invitation::measurementRegion).contains("a", "b");
        assertThat(invited).filteredOn(i -> i.size() == SizeClass.MEDIUM).hasSize(5);
        assertThat(invited).filteredOn(i -> i.size() == SizeClass.SMALL).hasSize(2)
                .extracting(RoundTablePlanner.Invitation::measurementRegion).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void sizeFollowsMostIndicatorsNotOneAlone() {
        assertThat(new ProviderSize("1", "r", 150, BigDecimal.valueOf(5), BigDecimal.valueOf(100_000)).sizeClass())
                .isEqualTo(SizeClass.SMALL);
        assertThat(new ProviderSize("1", "r", 150, BigDecimal.valueOf(60), BigDecimal.valueOf(100_000)).sizeClass())
                .isEqualTo(SizeClass.LARGE);
        assertThat(new ProviderSize("1", "r", 30, null, null).sizeClass()).isEqualTo(SizeClass.MEDIUM);
    }
}
