package nl.wmoscorecards.core.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.MessageType;
import nl.wmoscorecards.core.allocation.NonAchievementCause;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import nl.wmoscorecards.core.privacy.Bsn;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.region.RegionCatalog;

/**
 * Turns the named fields of one message (from a CSV row, a JSON line or an iWmo XML product) into an
 * event, or into errors naming each bad field. Every format goes through here, so the rules are one.
 * The BSN is checked and pseudonymised here and never leaves this class.
 */
public final class EventFields {
    public static final Set<String> REASONS_IWMO_3_2 =
            Set.of("02", "19", "20", "21", "22", "23", "31", "36", "37", "38", "39");
    /**
     * iWmo 2.x codes still found in historic exports: 32 basic support, 33 Zvw, 34 Wlz. Kept as sent: 3.2's 39
     * (another domain) would merge Zvw and Wlz, which Midden-Limburg's termination breakdown keeps apart.
     */
    private static final Map<String, String> HISTORIC_REASONS = Map.of("32", "32", "33", "33", "34", "34");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
    private static final Pattern AGB = Pattern.compile("\\d{8}");
    private static final Pattern ALLOCATION_NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern PRODUCT_CATEGORY = Pattern.compile("0[1-9]|1[0-8]");
    private static final Pattern PRODUCT_CODE = Pattern.compile("[A-Za-z0-9]{1,5}");
    private static final Pattern CHANGE_REASON = Pattern.compile("\\d{2}");
    private static final Pattern SUB_RESULT = Pattern.compile("[1-5](\\.\\d{1,2})?");

    private final RegionCatalog regions;
    private final Pseudonymizer pseudonymizer;
    private final boolean historicFormat;

    /**
     * @param historicFormat true for CSV and JSON Lines, which may carry iWmo 2.x reason codes; false for
     *                       iWmo 3.2 XML
     */
    public EventFields(RegionCatalog regions, Pseudonymizer pseudonymizer, boolean historicFormat) {
        this.regions = regions;
        this.pseudonymizer = pseudonymizer;
        this.historicFormat = historicFormat;
    }

    /** The event, or empty with the reasons added to {@code errors}. */
    public Optional<AllocationEvent> toEvent(String file, String location, Map<String, String> fields,
                                             List<IngestError> errors) {
        Check check = new Check(file, location, fields);
        MessageType type = check.known("type", MessageType::fromCode,
                "must be 301, 305, 307 or evaluation").orElse(null);
        String messageId = check.matching("messageId", MESSAGE_ID, "must be 1-64 letters, digits or . _ : -");
        Instant sentAt = check.required("sentAt").map(v -> check.instant("sentAt", v)).orElse(null);
        String municipality = check.matching("municipality", MUNICIPALITY, "must be a 4-digit gemeentecode");
        if (municipality != null && regions.measurementRegionOf(municipality).isEmpty()) {
            check.fail("municipality", municipality, "gemeentecode is not in any configured region");
        }
        String provider = check.matching("provider", AGB, "must be an 8-digit AGB code");
        String allocationNumber = withoutLeadingZeros(check.matching("allocationNumber", ALLOCATION_NUMBER,
                "must be 1-20 letters, digits or . _ -"));
        if (type == null) {
            errors.addAll(check.errors);
            return Optional.empty();
        }
        MessageStamp stamp = messageId == null || sentAt == null ? null : new MessageStamp(sentAt, messageId);
        AllocationKey key = new AllocationKey(municipality, allocationNumber);
        AllocationEvent event = switch (type) {
            case TOEWIJZING_301 -> toewijzing(check, stamp, key, provider);
            case START_ZORG_305 -> startZorg(check, stamp, key, provider);
            case STOP_ZORG_307 -> stopZorg(check, stamp, key, provider);
            case EVALUATION -> evaluation(check, stamp, key, provider);
        };
        if (check.failed()) {
            errors.addAll(check.errors);
            return Optional.empty();
        }
        return Optional.of(event);
    }

    /**
     * iWmo's ToewijzingNummer is an integer, so an all-digit allocation number is one in every format: {@code 0101}
     * is {@code 101}, and a 301 in XML meets its 305 in CSV. Numbers with letters are kept as they are.
     */
    static String withoutLeadingZeros(String allocationNumber) {
        if (allocationNumber == null || allocationNumber.length() < 2 || allocationNumber.charAt(0) != '0'
                || !allocationNumber.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return allocationNumber;
        }
        String stripped = allocationNumber.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    private Toewijzing toewijzing(Check check, MessageStamp stamp, AllocationKey key, String provider) {
        String bsn = check.required("bsn").orElse(null);
        String pseudonym = null;
        if (bsn != null) {
            if (Bsn.isValid(bsn)) {
                pseudonym = pseudonymizer.pseudonymOf(bsn);
            } else {
                check.fail("bsn", Bsn.mask(bsn), "must be 9 digits passing the elfproef");
            }
        }
        String category = check.matching("productCategory", PRODUCT_CATEGORY, "must be a WMO020 code 01-18");
        String code = check.optional("productCode").orElse(null);
        if (code != null && !PRODUCT_CODE.matcher(code).matches()) {
            check.fail("productCode", code, "must be up to 5 letters or digits");
        }
        LocalDate start = check.required("startDate").map(v -> check.date("startDate", v)).orElse(null);
        LocalDate end = check.optional("endDate").map(v -> check.date("endDate", v)).orElse(null);
        if (start != null && end != null && end.isBefore(start)) {
            check.fail("endDate", end.toString(), "must not be before startDate " + start);
        }
        String changeReason = check.optional("changeReason").orElse(null);
        if (changeReason != null && !CHANGE_REASON.matcher(changeReason).matches()) {
            check.fail("changeReason", changeReason, "must be a 2-digit RedenWijziging code");
        }
        return check.failed() ? null
                : new Toewijzing(stamp, key, provider, pseudonym, category, code, start, end, changeReason);
    }

    private StartZorg startZorg(Check check, MessageStamp stamp, AllocationKey key, String provider) {
        boolean retraction = check.retraction();
        LocalDate start = retraction
                ? check.optional("startDate").map(v -> check.date("startDate", v)).orElse(null)
                : check.required("startDate").map(v -> check.date("startDate", v)).orElse(null);
        return check.failed() ? null : new StartZorg(stamp, key, provider, start, retraction);
    }

    private StopZorg stopZorg(Check check, MessageStamp stamp, AllocationKey key, String provider) {
        boolean retraction = check.retraction();
        Optional<String> endText = retraction ? check.optional("endDate") : check.required("endDate");
        LocalDate end = endText.map(v -> check.date("endDate", v)).orElse(null);
        Optional<String> reasonText = retraction ? check.optional("reason") : check.required("reason");
        String reason = reasonText.map(r -> reasonCode(check, r)).orElse(null);
        return check.failed() ? null : new StopZorg(stamp, key, provider, end, reason, retraction);
    }

    private String reasonCode(Check check, String code) {
        if (REASONS_IWMO_3_2.contains(code)) {
            return code;
        }
        if (historicFormat && HISTORIC_REASONS.containsKey(code)) {
            return HISTORIC_REASONS.get(code);
        }
        check.fail("reason", code, historicFormat
                ? "must be a WMO588 reason code (02, 19-23, 31, 36-39, or historic 32-34)"
                : "must be a WMO588 reason code of iWmo 3.2 (02, 19-23, 31, 36-39)");
        return null;
    }

    private Evaluation evaluation(Check check, MessageStamp stamp, AllocationKey key, String provider) {
        LocalDate date = check.required("date").map(v -> check.date("date", v)).orElse(null);
        EvaluationResult result = check.known("result", EvaluationResult::fromCode,
                "must be achieved, partly or not_achieved").orElse(null);
        NonAchievementCause cause = null;
        Optional<String> causeText = check.optional("cause");
        if (causeText.isPresent()) {
            cause = NonAchievementCause.fromCode(causeText.get()).orElse(null);
            if (cause == null) {
                check.fail("cause", causeText.get(), "must be client, provider or local_team");
            }
        } else if (result != null && result != EvaluationResult.ACHIEVED) {
            check.fail("cause", null, "is required when the result is not achieved");
        }
        if (result == EvaluationResult.ACHIEVED) {
            cause = null;
        }
        Map<String, EvaluationResult> subResults = check.optional("subResults").map(v -> subResults(check, v)).orElse(Map.of());
        return check.failed() ? null : new Evaluation(stamp, key, provider, date, result, cause, subResults);
    }

    /** {@code 1.3=achieved;2=partly}: Midden-Limburg's deelresultaten (1-5), optionally with a subresultaat. */
    private static Map<String, EvaluationResult> subResults(Check check, String text) {
        Map<String, EvaluationResult> parsed = new java.util.TreeMap<>();
        for (String part : text.split(";")) {
            String[] pair = part.strip().split("=", 2);
            Optional<EvaluationResult> outcome = pair.length == 2 ? EvaluationResult.fromCode(pair[1].strip()) : Optional.empty();
            if (pair.length != 2 || !SUB_RESULT.matcher(pair[0].strip()).matches() || outcome.isEmpty()) {
                check.fail("subResults", part, "must be SUBRESULT=OUTCOME pairs separated by ';', e.g. 1.3=achieved;2=partly "
                        + "(sub-results 1-5, outcomes achieved, partly, not_achieved)");
                return Map.of();
            }
            parsed.put(pair[0].strip(), outcome.get());
        }
        return parsed;
    }

    /** Collects the errors of one message while its fields are read. */
    private static final class Check {
        private final String file;
        private final String location;
        private final Map<String, String> fields;
        private final List<IngestError> errors = new ArrayList<>();

        Check(String file, String location, Map<String, String> fields) {
            this.file = file;
            this.location = location;
            this.fields = fields;
        }

        boolean failed() {
            return !errors.isEmpty();
        }

        void fail(String field, String value, String rule) {
            errors.add(new IngestError(file, location, field, value, rule));
        }

        Optional<String> optional(String field) {
            String value = fields.get(field);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        Optional<String> required(String field) {
            Optional<String> value = optional(field);
            if (value.isEmpty()) {
                fail(field, null, "is required");
            }
            return value;
        }

        /** The required field read as one of a fixed set of codes. */
        <T> Optional<T> known(String field, Function<String, Optional<T>> fromCode, String rule) {
            return required(field).flatMap(code -> {
                Optional<T> found = fromCode.apply(code);
                if (found.isEmpty()) {
                    fail(field, code, rule);
                }
                return found;
            });
        }

        String matching(String field, Pattern pattern, String rule) {
            String value = required(field).orElse(null);
            if (value != null && !pattern.matcher(value).matches()) {
                fail(field, value, rule);
                return null;
            }
            return value;
        }

        LocalDate date(String field, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                fail(field, value, "must be an existing date yyyy-mm-dd");
                return null;
            }
        }

        Instant instant(String field, String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                fail(field, value, "must be an ISO-8601 instant such as 2025-03-04T09:15:00Z");
                return null;
            }
        }

        boolean retraction() {
            String status = optional("status").orElse("new");
            return switch (status) {
                case "delete", "3" -> true;
                case "new", "1" -> false;
                default -> {
                    fail("status", status, "must be new (1) or delete (3)");
                    yield false;
                }
            };
        }
    }
}
