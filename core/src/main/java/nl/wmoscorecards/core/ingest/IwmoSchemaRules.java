package nl.wmoscorecards.core.ingest;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.wmoscorecards.core.privacy.Bsn;

/**
 * The iWmo 3.2 schema's rules (basisschema.xsd simple types, wmo30x.xsd occurrence) for every element the reader
 * keeps. A message that breaks any of them is not an iWmo 3.2 message and is refused as a whole, whichever product
 * breaks it. The skipped parts (names, addresses...) are never read, so they are not checked: the schemas
 * themselves are test data and are not needed at run time.
 */
final class IwmoSchemaRules {
    private static final BigInteger MAX_NUMMER = BigInteger.valueOf(999_999_999L);
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** One simple type: its test and how its rule reads. */
    private record Type(String name, String rule, Predicate<String> valid) {
    }

    private static final Type NUMMER = new Type("LDT_Nummer", "must be a whole number 0-999999999",
            IwmoSchemaRules::isNummer);
    private static final Type DATUM = new Type("LDT_Datum", "must be a date yyyy-mm-dd without time zone",
            IwmoSchemaRules::isDate);
    private static final Type TIJD = new Type("LDT_Tijd", "must be a time hh:mm:ss without time zone",
            IwmoSchemaRules::isTime);
    private static final Type GEMEENTE = new Type("LDT_Gemeente", "must be a 4-digit gemeentecode",
            Pattern.compile("\\d{4}").asMatchPredicate());
    private static final Type AGB = new Type("LDT_AgbCode", "must be an 8-digit AGB code",
            Pattern.compile("\\d{8}").asMatchPredicate());
    private static final Type BSN = new Type("LDT_BurgerServicenummer", "must be 9 digits",
            Pattern.compile("\\d{9}").asMatchPredicate());
    private static final Type IDENTIFICATIE = new Type("LDT_IdentificatieBericht", "must be 1-12 characters",
            v -> !v.isBlank() && v.length() <= 12);
    private static final Type CATEGORIE = enumeration("LDT_ProductCategorie", "01", "02", "03", "04", "05", "06",
            "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18");
    private static final Type PRODUCTCODE = new Type("LDT_ProductCode", "must be 1-5 characters, not all blank",
            v -> !v.isBlank() && v.length() <= 5);
    private static final Type REDEN_WIJZIGING = enumeration("LDT_RedenWijziging", "01", "02", "03", "04", "05",
            "06", "07", "08", "09", "10", "11", "12", "13", "14");
    private static final Type REDEN_BEEINDIGING = enumeration("LDT_RedenBeeindiging",
            EventFields.REASONS_IWMO_3_2.stream().sorted().toArray(String[]::new));
    private static final Type STATUS = enumeration("LDT_StatusAanlevering", "1", "2", "3", "9");

    /**
     * An element: its type, whether the schema requires it, and the field name errors use (the EventFields key it
     * fills, as in the errors of every format).
     */
    private record Element(Type type, boolean required, String field) {
    }

    private IwmoSchemaRules() {
    }

    /** Every schema rule the kept content of the message breaks; empty when it conforms. */
    static List<IngestError> violations(String file, String location, IwmoMessage message) {
        IwmoMessageKind kind = message.kind();
        List<IngestError> errors = new ArrayList<>();
        Map<String, Element> header = new LinkedHashMap<>();
        boolean fromMunicipality = kind.sentByMunicipality();
        header.put(IwmoMessage.SENDER, fromMunicipality ? new Element(GEMEENTE, true, "municipality")
                : new Element(AGB, true, "provider"));
        header.put(IwmoMessage.RECEIVER, fromMunicipality ? new Element(AGB, true, "provider")
                : new Element(GEMEENTE, true, "municipality"));
        header.put(IwmoMessage.IDENTIFICATION, new Element(IDENTIFICATIE, true, "messageId"));
        header.put(IwmoMessage.DATE, new Element(DATUM, true, fromMunicipality ? "Dagtekening" : "sentAt"));
        header.put(IwmoMessage.BSN, new Element(BSN, true, "bsn"));
        header.forEach((path, element) -> check(file, location, "", path, message.value(path), element, errors));
        String product = kind.productPath().substring(kind.productPath().lastIndexOf('/') + 1);
        int number = 0;
        for (Map<String, String> values : message.products()) {
            number++;
            String where = product + " " + number + ": ";
            productElements(kind).forEach((path, element) ->
                    check(file, location, where, path, values.get(path), element, errors));
            if (values.get("Product/iwmo:Code") != null && values.get("Product/iwmo:Categorie") == null) {
                errors.add(error(file, location, where, "Product/iwmo:Categorie", "productCategory", null,
                        "is required in a Product"));
            }
        }
        return errors;
    }

    /** The canonical form of a valid LDT_Nummer: {@code 0101} and {@code +101} are allocation {@code 101}. */
    static String canonicalNummer(String text) {
        return text == null || !isNummer(text) ? text : new BigInteger(text).toString();
    }

    private static Map<String, Element> productElements(IwmoMessageKind kind) {
        Map<String, Element> elements = new LinkedHashMap<>();
        switch (kind) {
            case WMO301 -> {
                elements.put("ToewijzingNummer", new Element(NUMMER, true, "allocationNumber"));
                elements.put("Product/iwmo:Categorie", new Element(CATEGORIE, false, "productCategory"));
                elements.put("Product/iwmo:Code", new Element(PRODUCTCODE, false, "productCode"));
                elements.put(IwmoMessageKind.ALLOCATION_DATE, new Element(DATUM, true, "sentAt"));
                elements.put(IwmoMessageKind.ALLOCATION_TIME, new Element(TIJD, true, "sentAt"));
                elements.put("Ingangsdatum", new Element(DATUM, true, "startDate"));
                elements.put("Einddatum", new Element(DATUM, false, "endDate"));
                elements.put("RedenWijziging", new Element(REDEN_WIJZIGING, false, "changeReason"));
            }
            case WMO305 -> {
                elements.put("ToewijzingNummer", new Element(NUMMER, false, "allocationNumber"));
                elements.put("Begindatum", new Element(DATUM, true, "startDate"));
                elements.put("StatusAanlevering", new Element(STATUS, true, "status"));
            }
            case WMO307 -> {
                elements.put("ToewijzingNummer", new Element(NUMMER, false, "allocationNumber"));
                elements.put("RedenBeeindiging", new Element(REDEN_BEEINDIGING, true, "reason"));
                elements.put("Einddatum", new Element(DATUM, true, "endDate"));
                elements.put("StatusAanlevering", new Element(STATUS, true, "status"));
            }
        }
        return elements;
    }

    private static void check(String file, String location, String where, String path, String value, Element element,
                              List<IngestError> errors) {
        if (value == null) {
            if (element.required()) {
                errors.add(error(file, location, where, path, element.field(), null, "is required"));
            }
        } else if (!element.type().valid().test(value)) {
            errors.add(error(file, location, where, path, element.field(), shown(element.type(), value),
                    element.type().rule() + " (" + element.type().name() + ")"));
        }
    }

    /** E.g. "StartProduct 2: ToewijzingNummer must be a whole number 0-999999999 (LDT_Nummer) in the iWmo 3.2 schema". */
    private static IngestError error(String file, String location, String where, String path, String field,
                                     String value, String rule) {
        String element = path.substring(path.lastIndexOf('/') + 1).replace("iwmo:", "");
        return new IngestError(file, location, field, value,
                where + element + " " + rule + " in the iWmo 3.2 schema; the whole message is refused");
    }

    /** A BSN only masked, a message id only when plain: neither may leak personal data into an error. */
    private static String shown(Type type, String value) {
        if (type == BSN || Bsn.isValid(value)) {
            return Bsn.mask(value);
        }
        if (type == IDENTIFICATIE) {
            return PLAIN_ID.matcher(value).matches() ? value : null;
        }
        return value.length() > 64 ? value.substring(0, 64) + "..." : value;
    }

    private static Type enumeration(String name, String... values) {
        Set<String> allowed = Set.of(values);
        return new Type(name, "must be one of " + String.join(", ", values), allowed::contains);
    }

    private static boolean isNummer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return false;
        }
        BigInteger value = new BigInteger(text);
        return value.signum() >= 0 && value.compareTo(MAX_NUMMER) <= 0;
    }

    private static boolean isDate(String text) {
        return matchesAndParses(text, DATE, LocalDate::parse);
    }

    private static boolean isTime(String text) {
        return matchesAndParses(text, TIME, LocalTime::parse);
    }

    /** The pattern checks the shape; the parser refuses what the shape lets through, such as 2025-02-30. */
    private static boolean matchesAndParses(String text, Pattern shape, Function<String, ?> parser) {
        if (!shape.matcher(text).matches()) {
            return false;
        }
        try {
            parser.apply(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
