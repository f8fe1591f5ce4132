package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * One escalation as the internal pages show it: all text formatted, in Dutch.
 *
 * @param anchor       the element id of its history on the provider page
 * @param providerHref the provider's page from the current page; null when the provider has no page
 * @param shortfalls   one line per shortfall
 * @param thirdParty   whether a third party was engaged at the provider's cost (step 2), and since when
 * @param history      its transitions, oldest first
 * @param forms        the ladder's steps allowed now, as forms (provider page of the internal edition only)
 */
public record EscalationView(String id, String anchor, String providerLabel, String providerHref,
                             String contractingRegion, String year, String state, boolean open,
                             List<String> shortfalls, String planDue, String realisationDeadline, String clientStop,
                             String thirdParty, DataTable history, List<LadderForm> forms) {
    public EscalationView {
        shortfalls = List.copyOf(shortfalls);
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
