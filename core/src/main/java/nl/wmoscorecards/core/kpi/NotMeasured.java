package nl.wmoscorecards.core.kpi;

/**
 * Why a KPI has no value for a provider, as a type the site and the open data word in Dutch.
 *
 * @param minimum the group size that was not reached; null for the contract-phase reasons
 */
public record NotMeasured(Reason reason, Integer minimum) {

    public enum Reason {
        /** The year lies wholly before the contracting region's contract phase. */
        BEFORE_CONTRACT_PHASE("before-contract-phase"),
        /** The year lies wholly after the contract ended. */
        AFTER_CONTRACT_PHASE("after-contract-phase"),
        /** The provider had fewer clients in care in the region and period than the minimum. */
        TOO_FEW_CLIENTS_IN_CARE("too-few-clients-in-care"),
        /** The KPI's own population (e.g. evaluations) held fewer distinct clients than the minimum. */
        TOO_FEW_CLIENTS_OBSERVED("too-few-clients-observed"),
        /** A survey KPI with fewer respondents than the minimum. */
        TOO_FEW_RESPONDENTS("too-few-respondents");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** Stable identifier in stores and open data. */
        public String code() {
            return code;
        }

        public static Reason fromCode(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            throw new IllegalArgumentException("unknown not-measured reason '" + code + "'");
        }
    }

    public static NotMeasured outsideContractPhase(Reason reason) {
        return new NotMeasured(reason, null);
    }

    /** A group below its minimum. */
    public static NotMeasured below(Reason reason, int minimum) {
        return new NotMeasured(reason, minimum);
    }

    /** The reason in Dutch, as readers of the scorecards see it. */
    public String dutch() {
        return switch (reason) {
            case BEFORE_CONTRACT_PHASE -> "vóór de contractfase";
            case AFTER_CONTRACT_PHASE -> "na afloop van het contract";
            case TOO_FEW_CLIENTS_IN_CARE -> "minder dan " + minimum + " cliënten in zorg";
            case TOO_FEW_CLIENTS_OBSERVED -> "minder dan " + minimum + " cliënten in de meting";
            case TOO_FEW_RESPONDENTS -> "minder dan " + minimum + " respondenten";
        };
    }

    /** True when the contract was not in force: there is nothing to score, not too little. */
    public boolean outsideContract() {
        return reason == Reason.BEFORE_CONTRACT_PHASE || reason == Reason.AFTER_CONTRACT_PHASE;
    }
}
