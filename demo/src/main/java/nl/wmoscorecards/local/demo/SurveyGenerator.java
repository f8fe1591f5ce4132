package nl.wmoscorecards.local.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.survey.SurveyResponse;

/** Client-satisfaction answers in the measured year, around each provider's own mean grade. */
final class SurveyGenerator {
    private final DemoCalendar calendar;
    private final DemoRandom random;
    private int lastId;

    SurveyGenerator(DemoCalendar calendar, DemoRandom random) {
        this.calendar = calendar;
        this.random = random;
    }

    List<SurveyResponse> forRegion(List<String> municipalities, List<ProviderProfile> providers) {
        List<SurveyResponse> responses = new ArrayList<>();
        for (ProviderProfile provider : providers) {
            for (int i = 0; i < provider.surveyRespondents(); i++) {
                long grade = Math.round(provider.surveyMean() + random.gaussian() * 1.1);
                responses.add(new SurveyResponse(
                        String.format("S%07d", ++lastId),
                        provider.agb(),
                        random.pick(municipalities),
                        calendar.randomDayIn(calendar.year(), random),
                        BigDecimal.valueOf(Math.max(1, Math.min(10, grade)))));
            }
        }
        return responses;
    }
}
