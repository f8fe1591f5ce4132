package nl.wmoscorecards.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seed 001: a provider that misses the round table more than twice may be left out; two misses are not enough. */
class RoundTableAttendanceTest {
    private static final String REGION = "zaanstreek-waterland";
    private static final String ABSENT = "11111111";
    private static final String PRESENT = "22222222";
    private final RoundTablePlanner planner = new RoundTablePlanner();

    private static RoundTableMeeting table(LocalDate date, Set<String> attended, Set<String> excused) {
        return new RoundTableMeeting(RoundTableMeeting.idOf(REGION, date, "begeleiding"), REGION, date, "Begeleiding",
                Set.of(ABSENT, PRESENT), attended, excused, "J. de Vries");
    }

    /** {@code missed} round tables in 2026 that ABSENT missed (excused or not), and one more it attended. */
    private static List<RoundTableMeeting> missing(int missed, boolean excused) {
        List<RoundTableMeeting> meetings = new ArrayList<>();
        IntStream.range(0, missed).forEach(i -> meetings.add(table(LocalDate.of(2026, 2 + i, 10), Set.of(PRESENT),
                excused ? Set.of(ABSENT) : Set.of())));
        meetings.add(table(LocalDate.of(2026, 9, 10), Set.of(ABSENT, PRESENT), Set.of()));
        return meetings;
    }

    private static List<ProviderSize> both() {
        return List.of(new ProviderSize(ABSENT, "zaanstad-wormerland", 40, null, null),
                new ProviderSize(PRESENT, "zaanstad-wormerland", 30, null, null));
    }

    @Test
    void aProviderThatMissedTwiceIsStillInvited() {
        RoundTablePlanner.Plan plan = planner.plan(both(), RoundTableAttendance.absences(missing(2, false), 2026));

        assertThat(plan.invited()).extracting(RoundTablePlanner.Invitation::provider).containsExactly(ABSENT, PRESENT);
        assertThat(plan.leftOut()).isEmpty();
        assertThat(plan.absences().get(ABSENT)).isEqualTo(new RoundTableAttendance.Absences(2, 2));
    }

    @Test
    void aProviderThatMissedThreeTimesIsLeftOutAndThePlanSaysSo() {
        RoundTablePlanner.Plan plan = planner.plan(both(), RoundTableAttendance.absences(missing(3, false), 2026));

        assertThat(plan.invited()).extracting(RoundTablePlanner.Invitation::provider).containsExactly(PRESENT);
        assertThat(plan.leftOut()).singleElement().satisfies(x -> {
            assertThat(x.provider()).isEqualTo(ABSENT);
            assertThat(x.absences().missed()).isEqualTo(3);
        });
    }

    @Test
    void excusedAbsencesAreMissesTooButCountedApartFromThoseWithoutReason() {
        RoundTablePlanner.Plan plan = planner.plan(both(), RoundTableAttendance.absences(missing(3, true), 2026));

        assertThat(plan.leftOut()).extracting(RoundTablePlanner.Exclusion::provider).containsExactly(ABSENT);
        assertThat(plan.absences().get(ABSENT)).isEqualTo(new RoundTableAttendance.Absences(3, 0));
    }

    @Test
    void missesOlderThanTheYearBeforeNoLongerCountSoTheExclusionIsTemporary() {
        List<RoundTableMeeting> meetings = List.of(
                table(LocalDate.of(2024, 12, 31), Set.of(PRESENT), Set.of()),
                table(LocalDate.of(2025, 1, 1), Set.of(PRESENT), Set.of()),
                table(LocalDate.of(2026, 3, 1), Set.of(PRESENT), Set.of()));

        assertThat(RoundTableAttendance.absences(meetings, 2026).get(ABSENT).missed()).isEqualTo(2);
        assertThat(RoundTableAttendance.absences(meetings, 2025).get(ABSENT).missed()).isEqualTo(2);
        assertThat(planner.plan(both(), RoundTableAttendance.absences(meetings, 2026)).leftOut()).isEmpty();
    }

    @Test
    void whenSelectingASimilarProviderTakesTheSeatOfOneLeftOut() {
        List<ProviderSize> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(new ProviderSize(String.format("1000000%d", i), "r", 500 - i, null, null)); // large
            many.add(new ProviderSize(String.format("2000000%d", i), "r", 50, null, null));      // medium
            many.add(new ProviderSize(String.format("3000000%d", i), "r", 3, null, null));       // small
        }
        assertThat(planner.invite(many)).extracting(RoundTablePlanner.Invitation::provider)
                .contains("10000000").doesNotContain("10000005");

        RoundTablePlanner.Plan plan = planner.plan(many, java.util.Map.of("10000000", new RoundTableAttendance.Absences(3, 1)));

        assertThat(plan.invited()).filteredOn(i -> i.size() == SizeClass.LARGE).hasSize(5)
                .extracting(RoundTablePlanner.Invitation::provider).doesNotContain("10000000").contains("10000005");
    }

    @Test
    void attendanceOfAProviderThatWasNotInvitedIsRefused() {
        assertThatThrownBy(() -> new RoundTableMeeting("t", REGION, LocalDate.of(2026, 3, 1), "x", Set.of(PRESENT),
                Set.of(ABSENT), Set.of(), "a")).hasMessageContaining(ABSENT).hasMessageContaining("not among the invited");
    }
}
