package nl.wmoscorecards.core.report;

/** The whole file is refused: reading stops and this one problem is reported. */
final class FileRefusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ReportProblem problem;

    FileRefusal(Integer row, String messageNl, String messageEn) {
        super(messageEn, null, false, false);
        this.problem = new ReportProblem(row, null, null, messageNl, messageEn);
    }

    ReportProblem problem() {
        return problem;
    }
}
