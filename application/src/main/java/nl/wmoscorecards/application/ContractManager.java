package nl.wmoscorecards.application;

import java.util.Set;

/**
 * A signed-in contract manager as the sign-in vouches for it (a key locally, the user pool's groups in AWS):
 * the name the history records, and the contracting regions whose escalations and internal pages are theirs.
 */
public record ContractManager(String name, Set<String> regions) {
    public ContractManager {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a contract manager has a name");
        }
        regions = Set.copyOf(regions);
    }

    public boolean manages(String contractingRegion) {
        return contractingRegion != null && regions.contains(contractingRegion);
    }
}
