package nl.wmoscorecards.core.survey;

import java.util.Collection;
import java.util.List;

/** Client-satisfaction survey responses, by respondent's municipality and year. */
public interface SurveyResponseStore {

    /** Saves responses; saving a response with the same id again replaces it. */
    void save(Collection<SurveyResponse> responses);

    List<SurveyResponse> responsesOf(String municipality, int year);

    /** Removes responses (those of an upload that a later one replaced). */
    void delete(Collection<SurveyResponse> responses);
}
