package nl.wmoscorecards.local.demo;

import java.util.List;
import nl.wmoscorecards.core.allocation.NonAchievementCause;

/**
 * How one provider behaves in one measurement region: its size, how late it starts care, how often the
 * result is achieved and why not, and how satisfied its clients are.
 *
 * @param onTimeRate        share of starts within 42 days of the assigned start
 * @param typicalDelayDays  usual days between the assigned and the actual start when on time
 * @param neverStartRate    share of allocations that never get a 305
 * @param achievedRate      share of evaluations with result achieved
 * @param providerCauseRate share of non-achievements blamed on the provider (the rest: client or local team)
 * @param surveyRespondents 0 when the provider ran no survey
 */
record ProviderProfile(
        String agb,
        ProviderSize size,
        int allocations,
        List<String> productCategories,
        double onTimeRate,
        int typicalDelayDays,
        double neverStartRate,
        double achievedRate,
        double providerCauseRate,
        double surveyMean,
        int surveyRespondents) {

    NonAchievementCause drawCause(DemoRandom random) {
        if (random.chance(providerCauseRate)) {
            return NonAchievementCause.PROVIDER;
        }
        return random.chance(0.65) ? NonAchievementCause.CLIENT : NonAchievementCause.LOCAL_TEAM;
    }
}
