package nl.wmoscorecards.local.demo;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.wmoscorecards.core.calendar.DutchTime;

/**
 * Writes iWmo 3.2 messages (301, 305, 307), one message per zip entry, shaped like the examples in
 * vendor/iwmo-3.2. Name, birth date and address are fake: the XSD requires them, ingest drops them.
 */
final class IwmoXmlWriter implements Closeable {
    private static final String BASE_NS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";
    private static final List<String> SURNAMES = List.of("Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Dekker");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Piet", "Fatima", "Kees", "Sanne", "Mohamed", "Els", "Daan");
    private static final List<String> STREETS = List.of("Dorpsstraat", "Kerkweg", "Molenlaan", "Schoolstraat", "Havenkade");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ZipOutputStream zip;
    private final DemoRandom random;
    private final LocalDateTime entryTime;
    private int messages;

    IwmoXmlWriter(Path file, DemoRandom random, DemoCalendar calendar) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.random = random;
        // A fixed entry time keeps the zip byte-identical between runs.
        this.entryTime = calendar.extractionDate().atTime(12, 0);
    }

    int messageCount() {
        return messages;
    }

    void write(PlannedAllocation allocation, EventLine line) throws IOException {
        String xml = switch (line.type()) {
            case TOEWIJZING_301 -> toewijzing(allocation, line);
            case START_ZORG_305 -> startZorg(allocation, line);
            case STOP_ZORG_307 -> stopZorg(allocation, line);
            case EVALUATION -> throw new IllegalArgumentException("no iWmo message for an evaluation");
        };
        ZipEntry entry = new ZipEntry("wmo" + line.type().code() + "-" + line.get(EventField.MESSAGE_ID) + ".xml");
        entry.setTimeLocal(entryTime);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        messages++;
    }

    private String toewijzing(PlannedAllocation allocation, EventLine line) {
        ZonedDateTime sent = line.sentAt().atZone(DutchTime.ZONE);
        Xml x = new Xml("wmo301");
        header(x, "414", allocation.key().municipality(), allocation.provider(), line, sent.toLocalDate());
        x.open("Client");
        client(x, allocation, true);
        x.open("Contactgegevens").open("Contact").leaf("Soort", "01");
        address(x);
        x.close("Contact").close("Contactgegevens");
        x.open("ToegewezenProducten").open("ToegewezenProduct")
                .leaf("ToewijzingNummer", allocation.key().allocationNumber());
        product(x, allocation);
        x.leaf("Toewijzingsdatum", sent.toLocalDate())
                .leaf("Toewijzingstijd", sent.toLocalTime().format(TIME))
                .leaf("Ingangsdatum", line.get(EventField.START_DATE));
        if (line.get(EventField.END_DATE) != null) {
            x.leaf("Einddatum", line.get(EventField.END_DATE));
        }
        if (line.get(EventField.CHANGE_REASON) != null) {
            x.leaf("RedenWijziging", line.get(EventField.CHANGE_REASON));
        }
        x.close("ToegewezenProduct").close("ToegewezenProducten").close("Client");
        return x.finish();
    }

    private String startZorg(PlannedAllocation allocation, EventLine line) {
        return providerMessage("wmo305", "418", "StartProducten", "StartProduct", allocation, line,
                x -> x.leaf("Begindatum", line.get(EventField.START_DATE)));
    }

    private String stopZorg(PlannedAllocation allocation, EventLine line) {
        return providerMessage("wmo307", "420", "StopProducten", "StopProduct", allocation, line,
                x -> x.leaf("Begindatum", allocation.actualStart())
                        .leaf("RedenBeeindiging", line.get(EventField.REASON))
                        .leaf("Einddatum", line.get(EventField.END_DATE)));
    }

    /**
     * A provider's answer to an allocation, 305 (start) or 307 (stop): the allocated product, then what the
     * provider reports about it ({@code reported}), then whether the message is new or deletes an earlier one.
     */
    private String providerMessage(String message, String code, String productList, String productItem,
            PlannedAllocation allocation, EventLine line, Consumer<Xml> reported) {
        Xml x = new Xml(message);
        header(x, code, allocation.provider(), allocation.key().municipality(), line, sentDay(line));
        x.open("Client");
        client(x, allocation, false);
        x.open(productList).open(productItem).leaf("ToewijzingNummer", allocation.key().allocationNumber());
        product(x, allocation);
        x.leaf("ToewijzingIngangsdatum", allocation.assignedStart());
        reported.accept(x);
        x.leaf("StatusAanlevering", line.isDelete() ? "3" : "1")
                .close(productItem).close(productList).close("Client");
        return x.finish();
    }

    private static LocalDate sentDay(EventLine line) {
        return line.sentAt().atZone(DutchTime.ZONE).toLocalDate();
    }

    private static void header(Xml x, String code, String sender, String receiver, EventLine line, LocalDate day) {
        x.open("Header")
                .leaf("BerichtCode", code).leaf("BerichtVersie", "3").leaf("BerichtSubversie", "2")
                .leaf("Afzender", sender).leaf("Ontvanger", receiver)
                .open("BerichtIdentificatie")
                .base("Identificatie", line.get(EventField.MESSAGE_ID)).base("Dagtekening", day)
                .close("BerichtIdentificatie")
                .open("XsdVersie").base("BasisschemaXsdVersie", "1.0.0").base("BerichtXsdVersie", "1.0.0").close("XsdVersie")
                .close("Header");
    }

    /** The 301 carries the full name (with NaamGebruik); 305 and 307 the short form. */
    private void client(Xml x, PlannedAllocation allocation, boolean fullName) {
        String firstName = random.pick(FIRST_NAMES);
        x.leaf("Bsn", allocation.bsn())
                .open("Geboortedatum").base("Datum", LocalDate.of(random.between(1935, 2004), random.between(1, 12), random.between(1, 28))).close("Geboortedatum")
                .leaf("Geslacht", Integer.toString(random.between(1, 2)))
                .open("Naam").openBase("Geslachtsnaam").base("Achternaam", random.pick(SURNAMES)).closeBase("Geslachtsnaam")
                .base("Voornamen", firstName).base("Voorletters", firstName.substring(0, 1));
        if (fullName) {
            x.base("NaamGebruik", "1");
        }
        x.close("Naam");
    }

    private void address(Xml x) {
        x.open("Adres").openBase("Huis").base("Huisnummer", Integer.toString(random.between(1, 250))).closeBase("Huis")
                .base("Postcode", "9999" + (char) ('A' + random.between(0, 25)) + (char) ('A' + random.between(0, 25)))
                .base("Straatnaam", random.pick(STREETS)).base("Plaatsnaam", "Demodorp").close("Adres");
    }

    private static void product(Xml x, PlannedAllocation allocation) {
        x.open("Product").base("Categorie", allocation.productCategory()).base("Code", allocation.productCode()).close("Product");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A tiny indenting XML builder for one small message: message prefix for elements, iwmo: for base types. */
    private static final class Xml {
        private final String prefix;
        private final StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        private int depth;

        Xml(String prefix) {
            this.prefix = prefix;
            s.append('<').append(prefix).append(":Bericht xmlns:iwmo=\"").append(BASE_NS).append("\" xmlns:")
                    .append(prefix).append("=\"http://www.istandaarden.nl/iwmo/3_2/").append(prefix).append("/schema\">\n");
            depth = 1;
        }

        Xml open(String name) {
            return openTag(prefix, name);
        }

        Xml openBase(String name) {
            return openTag("iwmo", name);
        }

        Xml close(String name) {
            return closeTag(prefix, name);
        }

        Xml closeBase(String name) {
            return closeTag("iwmo", name);
        }

        Xml leaf(String name, Object value) {
            return leafTag(prefix, name, value);
        }

        Xml base(String name, Object value) {
            return leafTag("iwmo", name, value);
        }

        String finish() {
            return s.append("</").append(prefix).append(":Bericht>\n").toString();
        }

        private Xml openTag(String ns, String name) {
            indent().append('<').append(ns).append(':').append(name).append(">\n");
            depth++;
            return this;
        }

        private Xml closeTag(String ns, String name) {
            depth--;
            indent().append("</").append(ns).append(':').append(name).append(">\n");
            return this;
        }

        private Xml leafTag(String ns, String name, Object value) {
            indent().append('<').append(ns).append(':').append(name).append('>')
                    .append(escape(String.valueOf(value)))
                    .append("</").append(ns).append(':').append(name).append(">\n");
            return this;
        }

        private StringBuilder indent() {
            return s.append("\t".repeat(depth));
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
