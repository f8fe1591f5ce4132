package nl.wmoscorecards.local.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Draws the providers of each measurement region, with sizes and behaviour spread over all bands. */
final class ProviderProfiles {
    private static final List<String> CATEGORIES = List.of("01", "02", "02", "03", "05", "07", "07");

    private final DemoRandom random;
    private final Set<String> issuedAgbCodes = new HashSet<>();

    ProviderProfiles(DemoRandom random) {
        this.random = random;
    }

    /** A contracting region's providers; its measurement regions draw from this pool so some overlap. */
    List<String> agbPool(int measurementRegions) {
        List<String> pool = new ArrayList<>();
        int size = 12 + 4 * (measurementRegions - 1);
        while (pool.size() < size) {
            // 98 is the AGB prefix of Wmo/youth-care providers.
            String agb = "98" + String.format("%06d", random.between(0, 999_999));
            if (issuedAgbCodes.add(agb)) {
                pool.add(agb);
            }
        }
        return pool;
    }

    List<ProviderProfile> forRegion(List<String> agbPool) {
        List<String> agbs = new ArrayList<>(agbPool);
        random.shuffle(agbs);
        int count = random.between(6, 12);
        List<ProviderSize> sizes = sizes(count);
        List<PerformanceTier> startTiers = tiers(count);
        List<PerformanceTier> resultTiers = tiers(count);
        List<ProviderProfile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            profiles.add(profile(agbs.get(i), sizes.get(i), startTiers.get(i), resultTiers.get(i)));
        }
        return profiles;
    }

    /**
     * A provider of a scaled data set with a given number of allocations in one measurement region, its
     * behaviour drawn as for the demo (every band likely in a region of any size).
     */
    ProviderProfile scaled(String agb, int allocations) {
        ProviderSize size = allocations >= 250 ? ProviderSize.LARGE : allocations >= 60 ? ProviderSize.MEDIUM
                : allocations >= 14 ? ProviderSize.SMALL : ProviderSize.TINY;
        List<PerformanceTier> tiers = List.of(PerformanceTier.values());
        ProviderProfile drawn = profile(agb, size, random.pick(tiers), random.pick(tiers));
        int respondents = drawn.surveyRespondents() == 0 ? 0
                : Math.max(1, (int) Math.round(allocations * random.between(0.04, 0.2)));
        return new ProviderProfile(agb, size, allocations, drawn.productCategories(), drawn.onTimeRate(),
                drawn.typicalDelayDays(), drawn.neverStartRate(), drawn.achievedRate(), drawn.providerCauseRate(),
                drawn.surveyMean(), respondents);
    }

    /** At least one large and one tiny provider per region; the rest mostly medium and small. */
    private List<ProviderSize> sizes(int count) {
        List<ProviderSize> sizes = new ArrayList<>(List.of(ProviderSize.LARGE, ProviderSize.TINY));
        while (sizes.size() < count) {
            double draw = random.between(0.0, 1.0);
            sizes.add(draw < 0.15 ? ProviderSize.LARGE
                    : draw < 0.55 ? ProviderSize.MEDIUM
                    : draw < 0.85 ? ProviderSize.SMALL
                    : ProviderSize.TINY);
        }
        random.shuffle(sizes);
        return sizes;
    }

    /** Each band at least once, so every region's scorecard is varied. */
    private List<PerformanceTier> tiers(int count) {
        List<PerformanceTier> tiers = new ArrayList<>(List.of(PerformanceTier.values()));
        while (tiers.size() < count) {
            double draw = random.between(0.0, 1.0);
            tiers.add(draw < 0.5 ? PerformanceTier.GOOD : draw < 0.8 ? PerformanceTier.SUFFICIENT : PerformanceTier.INSUFFICIENT);
        }
        random.shuffle(tiers);
        return tiers;
    }

    private ProviderProfile profile(String agb, ProviderSize size, PerformanceTier startTier, PerformanceTier resultTier) {
        double onTime = switch (startTier) {
            case GOOD -> random.between(0.95, 0.995);
            case SUFFICIENT -> random.between(0.84, 0.89);
            case INSUFFICIENT -> random.between(0.55, 0.76);
        };
        double achieved = switch (resultTier) {
            case GOOD -> random.between(0.83, 0.93);
            case SUFFICIENT -> random.between(0.69, 0.77);
            case INSUFFICIENT -> random.between(0.42, 0.60);
        };
        double providerCause = resultTier == PerformanceTier.INSUFFICIENT ? random.between(0.45, 0.7) : random.between(0.1, 0.3);
        List<String> categories = new ArrayList<>();
        categories.add(random.pick(CATEGORIES));
        if (random.chance(0.5)) {
            categories.add(random.pick(CATEGORIES));
        }
        int respondents = random.chance(0.15) ? 0 : random.between(size.minRespondents, size.maxRespondents);
        return new ProviderProfile(
                agb,
                size,
                random.between(size.minAllocations, size.maxAllocations),
                List.copyOf(categories),
                onTime,
                random.between(2, 15),
                random.between(0.005, 0.03),
                achieved,
                providerCause,
                random.between(7.0, 9.5),
                respondents);
    }
}
