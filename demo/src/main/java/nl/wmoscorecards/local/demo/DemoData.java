package nl.wmoscorecards.local.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.survey.SurveyResponse;

/**
 * What {@link DemoDataGenerator} wrote and made.
 *
 * @param eventFiles      the JSON Lines and CSV files per measurement region, then iwmo-berichten.zip
 * @param surveyResponses the client-satisfaction answers (not written to a file)
 * @param allocations     distinct allocations, including the deleted ones
 * @param events          messages written: lines in the event files (duplicates included) plus XML messages
 * @param clients         distinct clients (BSNs)
 * @param providerNames   a made-up organisation name per provider AGB code
 */
public record DemoData(List<Path> eventFiles, List<SurveyResponse> surveyResponses, int allocations, int events, int clients,
                       Map<String, String> providerNames) {

    public DemoData {
        eventFiles = List.copyOf(eventFiles);
        surveyResponses = List.copyOf(surveyResponses);
        providerNames = Map.copyOf(providerNames);
    }
}
