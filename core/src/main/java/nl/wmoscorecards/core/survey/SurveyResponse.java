package nl.wmoscorecards.core.survey;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One answer to a client-satisfaction survey (CTO) about a provider: the respondent's municipality,
 * the date and the grade (1-10). Anonymous by construction.
 */
public record SurveyResponse(String responseId, String provider, String municipality, LocalDate date, BigDecimal grade) {
}
