package nl.wmoscorecards.functions.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.wmoscorecards.core.survey.SurveyResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A survey response keyed by respondent's municipality and year, so a region's year is a few queries. */
final class SurveyResponseItem {
    static final ItemKeys KEYS = ItemKeys.of(ItemKeys.Key.s("municipalityYear"), ItemKeys.Key.s("responseId"));

    private SurveyResponseItem() {
    }

    static String partition(String municipality, int year) {
        return municipality + "#" + year;
    }

    static Map<String, AttributeValue> key(SurveyResponse r) {
        return KEYS.key(partition(r.municipality(), r.date().getYear()), r.responseId());
    }

    static Map<String, AttributeValue> toItem(SurveyResponse r) {
        return ItemMaps.builder()
                .s("municipalityYear", partition(r.municipality(), r.date().getYear()))
                .s("responseId", r.responseId())
                .s("provider", r.provider())
                .s("date", r.date().toString())
                .s("grade", r.grade().toPlainString())
                .build();
    }

    static SurveyResponse fromItem(Map<String, AttributeValue> item) {
        String municipalityYear = ItemMaps.s(item, "municipalityYear");
        return new SurveyResponse(ItemMaps.s(item, "responseId"), ItemMaps.s(item, "provider"),
                municipalityYear.substring(0, municipalityYear.indexOf('#')),
                LocalDate.parse(ItemMaps.s(item, "date")), new BigDecimal(ItemMaps.s(item, "grade")));
    }
}
