package nl.wmoscorecards.local.demo;

/** How many allocations a provider gets in a measurement region; TINY stays below the 10-client threshold. */
enum ProviderSize {
    LARGE(250, 450, 25, 70),
    MEDIUM(60, 160, 10, 35),
    SMALL(14, 40, 4, 14),
    TINY(3, 8, 1, 5);

    final int minAllocations;
    final int maxAllocations;
    final int minRespondents;
    final int maxRespondents;

    ProviderSize(int minAllocations, int maxAllocations, int minRespondents, int maxRespondents) {
        this.minAllocations = minAllocations;
        this.maxAllocations = maxAllocations;
        this.minRespondents = minRespondents;
        this.maxRespondents = maxRespondents;
    }
}
