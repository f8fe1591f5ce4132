package nl.wmoscorecards.site.view;

/**
 * One step of the escalation ladder a contract manager may take now, as a form on the provider page of the
 * internal edition. Posted as a plain form (no script needed) to the contract-manager API, which moves the
 * escalation and sends the browser back to {@code back} with the outcome.
 *
 * @param action  the ladder's action name (record-conversation, record-plan, ...), sent as the field "actie"
 * @param label   the Dutch name of the step, the form's legend and button
 * @param idBase  unique prefix for the form's element ids on the page
 * @param href    where the form posts to, relative to the page
 * @param back    the page (site path with the escalation's anchor) the API sends the browser back to
 * @param hint    a Dutch sentence on what the step means
 */
public record LadderForm(String action, String label, String idBase, String href, String back, String hint) {
}
