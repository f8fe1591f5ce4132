package nl.wmoscorecards.core.kpi;

import java.util.Locale;
import nl.wmoscorecards.core.code.Coded;

/**
 * Why a KPI has no value for a provider, as a type the site and the open data word in Dutch.
 *
 * @param minimum the group size that was not reached; null for the contract-phase reasons
 */
public record NotMeasured(Reason reason, Integer minimum) {

    /** Codes: the names in lower case with hyphens (before-contract-phase, too-few-respondents, ...). */
    public enum Reason implements Coded {
        /** The year lies wholly before the contracting region's contract phase. */
        BEFORE_CONTRACT_PHASE,
        /** The year lies wholly after the contract ended. */
        AFTER_CONTRACT_PHASE,
        /** The provider had fewer clients in care in the region and period than the minimum. */
        TOO_FEW_CLIENTS_IN_CARE,
        /** The KPI's own population (e.g. evaluations) held fewer distinct clients than the minimum. */
        TOO_FEW_CLIENTS_OBSERVED,
        /** A survey KPI with fewer respondents than the minimum. */
        TOO_FEW_RESPONDENTS;

        /** Stable identifier in stores and open data. */
        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Reason fromCode(String code) {
            return Coded.byCode(Reason.class, code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown not-measured reason '" + code + "'"));
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
