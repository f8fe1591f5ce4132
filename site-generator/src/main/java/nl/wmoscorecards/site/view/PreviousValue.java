package nl.wmoscorecards.site.view;

/**
 * A provider's value on a KPI in the year before, as the scorecard cell shows it below this year's.
 *
 * @param label    "2025: 60,0%", or why there is no value ("2025: niet gemeten")
 * @param change   the change in words ("beter", "slechter", "gelijk", "hoger", "lager"); null when not comparable
 * @param modifier the change's CSS modifier, null with change
 * @param icon     an arrow or "=" that repeats the word for sighted readers (hidden from screen readers)
 */
public record PreviousValue(String label, String change, String modifier, String icon) {
}
