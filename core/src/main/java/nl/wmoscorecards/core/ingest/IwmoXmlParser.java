package nl.wmoscorecards.core.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.io.InputLimits;
import nl.wmoscorecards.core.io.XmlSizeGuard;
import nl.wmoscorecards.core.privacy.Bsn;

/**
 * Reads one iWmo 3.2 message (301 toewijzing, 305 start zorg or 307 stop zorg) into one event per product,
 * through {@link EventFields} like every other format. A message with a DTD, not well-formed, of an unknown
 * namespace or with the wrong BerichtCode is refused as a whole: one error, no events. So is a message whose kept
 * elements break the iWmo 3.2 schema ({@link IwmoSchemaRules}), in any product: an error for each, no events.
 * ToewijzingNummer is an integer in the schema, so {@code 0101} is allocation {@code 101}.
 */
public final class IwmoXmlParser {
    /** iWmo dates and times are Dutch local time. */
    /** A message id this plain may name the message in error locations; anything else could be personal data. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final EventFields fields;
    private final InputLimits limits;

    /** @param fields built with historicFormat=false: iWmo 3.2 XML knows only the 3.2 reason codes */
    public IwmoXmlParser(EventFields fields) {
        this(fields, InputLimits.fromEnvironment());
    }

    /** @param limits the largest message, and attribute value or text in it, that is read at all */
    public IwmoXmlParser(EventFields fields, InputLimits limits) {
        this.fields = fields;
        this.limits = limits;
    }

    public ParsedEvents parse(String fileName, InputStream in) {
        String fileLocation = "message " + fileName;
        IwmoMessage message;
        try {
            message = IwmoMessageReader.read(secureFactory(),
                    new XmlSizeGuard(in, limits.xmlMessageBytes(), limits.xmlNodeBytes()));
        } catch (IwmoRefusal refusal) {
            return ParsedEvents.failed(
                    new IngestError(fileName, fileLocation, refusal.field(), refusal.value(), refusal.rule()));
        } catch (XMLStreamException e) {
            Optional<XmlSizeGuard.TooLarge> tooLarge = XmlSizeGuard.causeOf(e);
            if (tooLarge.isPresent()) {
                return ParsedEvents.failed(new IngestError(fileName, fileLocation, null, null,
                        tooLarge.get().getMessage() + "; the message was not read further"));
            }
            // The parser's own message may quote document content, so only the position is reported.
            return ParsedEvents.failed(new IngestError(fileName, fileLocation, null, null,
                    "is not well-formed XML or not an iWmo message" + position(e.getLocation())));
        }
        return toEvents(fileName, message);
    }

    private ParsedEvents toEvents(String file, IwmoMessage message) {
        IwmoMessageKind kind = message.kind();
        String id = message.value(IwmoMessage.IDENTIFICATION);
        String location = id != null && PLAIN_ID.matcher(id).matches() ? "message " + id : "message " + file;
        String code = message.value(IwmoMessage.BERICHT_CODE);
        if (!kind.berichtCode().equals(code)) {
            return refused(file, location, "type", code,
                    "BerichtCode must be " + kind.berichtCode() + " in a wmo" + kind.type() + " message");
        }
        if (message.products().isEmpty()) {
            return refused(file, location, null, null, "holds no product");
        }
        List<IngestError> schemaErrors = IwmoSchemaRules.violations(file, location, message);
        if (!schemaErrors.isEmpty()) {
            return ParsedEvents.failed(file, location, schemaErrors);
        }
        Map<String, String> common = new HashMap<>();
        common.put("type", kind.type());
        common.put("messageId", id);
        String sender = message.value(IwmoMessage.SENDER);
        String receiver = message.value(IwmoMessage.RECEIVER);
        common.put("municipality", kind.sentByMunicipality() ? sender : receiver);
        common.put("provider", kind.sentByMunicipality() ? receiver : sender);
        String bsn = message.value(IwmoMessage.BSN);
        if (kind.sentByMunicipality()) {
            common.put("bsn", bsn); // EventFields checks, pseudonymises and masks it
        } else {
            // 305/307 events carry no client, but a message with a bad BSN is not a valid iWmo message.
            if (bsn == null || bsn.isEmpty()) {
                return refused(file, location, "bsn", null, "is required");
            }
            if (!Bsn.isValid(bsn)) {
                return refused(file, location, "bsn", Bsn.mask(bsn), "must be 9 digits passing the elfproef");
            }
            common.put("sentAt", startOfDay(message.value(IwmoMessage.DATE)));
        }
        List<AllocationEvent> events = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        for (Map<String, String> product : message.products()) {
            Map<String, String> named = new HashMap<>(common);
            kind.productFields().forEach((path, key) -> named.put(key, product.get(path)));
            named.put("allocationNumber", IwmoSchemaRules.canonicalNummer(named.get("allocationNumber")));
            if (kind.sentByMunicipality()) {
                named.put("sentAt", instant(product.get(IwmoMessageKind.ALLOCATION_DATE),
                        product.get(IwmoMessageKind.ALLOCATION_TIME)));
            }
            fields.toEvent(file, location, named, errors).ifPresent(events::add);
        }
        return ParsedEvents.of(file, location, events, errors);
    }

    /**
     * Toewijzingsdatum + Toewijzingstijd in Dutch local time as an ISO instant. In the autumn overlap the
     * earlier (summer-time) instant is taken; a time in the spring gap moves forward. When unreadable, the raw
     * text is passed on so that EventFields reports it on sentAt.
     */
    private static String instant(String date, String time) {
        if (date == null || time == null) {
            return null;
        }
        try {
            return LocalDate.parse(date).atTime(LocalTime.parse(time)).atZone(DutchTime.ZONE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return date + "T" + time;
        }
    }

    /** 305/307 carry no time of sending; the Dagtekening at midnight in Dutch local time stands in. */
    private static String startOfDay(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date).atStartOfDay(DutchTime.ZONE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static ParsedEvents refused(String file, String location, String field, String value, String rule) {
        return ParsedEvents.failed(new IngestError(file, location, field, value, rule));
    }

    private static String position(Location location) {
        return location == null ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    /**
     * The JDK's own StAX (never a provider found on the classpath) with DTDs and external entities off; a
     * DOCTYPE that still shows up is refused by the reader. A new factory per message: the JDK's factory is
     * not documented thread-safe.
     */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
