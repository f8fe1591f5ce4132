package nl.wmoscorecards.site.view;

import java.util.List;

/** The internal escalations overview: every open escalation first, then the closed ones. */
public record EscalationsView(PageInfo page, String heading, String lead, List<EscalationView> open,
                              List<EscalationView> closed) {
    public EscalationsView {
        open = List.copyOf(open);
        closed = List.copyOf(closed);
    }
}
