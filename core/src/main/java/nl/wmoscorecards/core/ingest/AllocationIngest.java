package nl.wmoscorecards.core.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.allocation.Toewijzing;
import nl.wmoscorecards.core.io.InflationBudget;
import nl.wmoscorecards.core.io.InputLimits;
import nl.wmoscorecards.core.io.LimitedInputStream;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.region.RegionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allocation ingest, the one code path behind the CLI and the Lambda handler: reads files, folders and
 * zips of iWmo XML, CSV and JSON Lines, and folds the valid messages into the store in batches. Bad lines
 * are reported; the valid lines of the same file are still ingested. A 305/307 whose sender is not the provider
 * of its allocation's known 301 is refused ({@link ProviderCheck}).
 */
public final class AllocationIngest {
    public static final int MAX_ERRORS_KEPT = 1_000;
    /** Messages folded in memory before writing: an allocation spread over the input is then written once. */
    static final int BATCH_SIZE = 50_000;
    /** Compressed bytes of one archive; what it inflates to is bounded by {@link InputLimits}. */
    static final long MAX_ARCHIVE_BYTES = 1024L * 1024 * 1024;
    static final int MAX_ARCHIVE_ENTRIES = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(AllocationIngest.class);

    private final AllocationStore store;
    private final JsonLinesParser jsonLines;
    private static final int EMPTY_PROBE_BYTES = 64 * 1024;
    private final CsvEventParser csv;
    private final IwmoXmlParser xml;
    private final InputLimits limits;

    /** With the limits of {@link InputLimits#fromEnvironment()}. */
    public AllocationIngest(AllocationStore store, RegionCatalog regions, Pseudonymizer pseudonymizer) {
        this(store, regions, pseudonymizer, InputLimits.fromEnvironment());
    }

    public AllocationIngest(AllocationStore store, RegionCatalog regions, Pseudonymizer pseudonymizer, InputLimits limits) {
        EventFields historic = new EventFields(regions, pseudonymizer, true);
        this.store = store;
        this.jsonLines = new JsonLinesParser(historic);
        this.csv = new CsvEventParser(historic);
        this.xml = new IwmoXmlParser(new EventFields(regions, pseudonymizer, false), limits);
        this.limits = limits;
    }

    /** Ingests files, folders (all files below, in name order) and zips. */
    public IngestReport ingestPaths(List<Path> paths) throws IOException {
        Batch batch = new Batch();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        readFile(file, batch);
                    }
                }
            } else if (Files.isRegularFile(path)) {
                readFile(path, batch);
            } else {
                batch.inputs++;
                batch.error(new IngestError(path.toString(), "file", null, null, "file or folder does not exist"));
            }
        }
        return batch.finish();
    }

    /** Ingests one named input, such as an S3 object; the name's extension decides the format. */
    public IngestReport ingest(String name, InputStream in) throws IOException {
        Batch batch = new Batch();
        read(name, in, batch);
        return batch.finish();
    }

    private void readFile(Path file, Batch batch) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(file.toString(), in, batch);
        }
    }

    private void read(String name, InputStream in, Batch batch) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            readZip(name, in, batch);
            return;
        }
        batch.inputs++;
        BufferedInputStream content = new BufferedInputStream(in, EMPTY_PROBE_BYTES);
        if (isEmpty(content)) {
            batch.error(new IngestError(name, "file", null, null, "file is empty: it holds no message"));
            return;
        }
        in = content;
        if (lower.endsWith(".xml")) {
            batch.accept(xml.parse(name, in));
        } else if (lower.endsWith(".csv")) {
            csv.parse(name, in, batch);
        } else if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            jsonLines.parse(name, in, batch);
        } else {
            batch.error(new IngestError(name, "file", null, null,
                    "unsupported file type; expected .xml, .csv, .jsonl or .zip"));
        }
    }

    /**
     * Whether the input holds nothing but white space, so an empty export is refused alike in every format. Looks
     * at most {@link #EMPTY_PROBE_BYTES} ahead; what is longer is left to the format's parser.
     */
    private static boolean isEmpty(BufferedInputStream in) throws IOException {
        in.mark(EMPTY_PROBE_BYTES);
        try {
            for (int i = 0; i < EMPTY_PROBE_BYTES; i++) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return false;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /**
     * Entries are read in place (never written to disk), so a path like ../x is only a label. What they inflate
     * to is counted per entry and per archive, unread bytes included; an archive that passes a limit is refused
     * as a whole (a zip bomb): what its entries gave is taken back unless a full batch was already written.
     */
    private void readZip(String name, InputStream raw, Batch batch) throws IOException {
        LimitedInputStream limited = new LimitedInputStream(raw, MAX_ARCHIVE_BYTES);
        InflationBudget budget = new InflationBudget(limits.entryBytes(), limits.archiveBytes());
        Batch.Mark mark = batch.mark();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(limited)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String entryName = name + "!/" + entry.getName();
                if (++entries > MAX_ARCHIVE_ENTRIES) {
                    batch.error(new IngestError(name, "archive", null, null,
                            "archive has more than " + MAX_ARCHIVE_ENTRIES + " files; the rest was not read"));
                    return;
                }
                budget.checkDeclared(entry.getSize());
                InflationBudget.Entry counted = budget.entry(zip);
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    batch.inputs++;
                    batch.error(new IngestError(entryName, "file", null, null, "archives inside archives are not read"));
                } else {
                    read(entryName, counted, batch);
                }
                counted.drain();
            }
        } catch (InflationBudget.TooLarge e) {
            boolean takenBack = batch.rollBack(mark);
            batch.inputs++;
            batch.error(new IngestError(name, "archive", null, null, e.getMessage() + " (te groot uitgepakt): refused as a zip bomb"
                    + (takenBack ? "; nothing of it was stored" : "; messages of it already written stay stored")));
            return;
        } catch (LimitedInputStream.LimitExceeded e) {
            batch.error(new IngestError(name, "archive", null, null,
                    "archive is " + e.getMessage() + " long (compressed); the rest was not read"));
        } catch (ZipException | java.io.EOFException e) {
            batch.error(new IngestError(name, "archive", null, null, "not a readable zip archive (damaged or cut off)"));
            return;
        }
        if (entries == 0) {
            batch.inputs++;
            batch.error(new IngestError(name, "archive", null, null, "archive holds no files"));
        }
    }

    /** One message's events and where they came from, so that a refusal can name it. */
    private record Message(String file, String location, List<AllocationEvent> events) {
    }

    /**
     * Buffers messages and folds them into the store a batch at a time. A message is kept or refused whole: a
     * 305/307 from another provider than its allocation's known 301 refuses the message it came in.
     */
    private final class Batch implements EventSink {
        private final List<Message> buffer = new ArrayList<>();
        private final List<IngestError> errors = new ArrayList<>();
        /** The previous batch's 301s: a 305 split from its 301 by a batch boundary needs no store read. */
        private Map<AllocationKey, Toewijzing> recent301s = Map.of();
        private int buffered;
        private int inputs;
        private long accepted;
        private long rejected;
        private int flushes;

        /** Where the batch stood before an archive was read. */
        record Mark(int bufferSize, int buffered, int errorsKept, int inputs, long accepted, long rejected,
                    int flushes) {
        }

        Mark mark() {
            return new Mark(buffer.size(), buffered, errors.size(), inputs, accepted, rejected, flushes);
        }

        /** Takes back all that was read since the mark; false when some of it was already written. */
        boolean rollBack(Mark mark) {
            if (flushes != mark.flushes()) {
                return false;
            }
            buffer.subList(mark.bufferSize(), buffer.size()).clear();
            buffered = mark.buffered();
            errors.subList(mark.errorsKept(), errors.size()).clear();
            inputs = mark.inputs();
            accepted = mark.accepted();
            rejected = mark.rejected();
            return true;
        }

        @Override
        public void message(String file, String location, List<AllocationEvent> events) {
            buffer.add(new Message(file, location, List.copyOf(events)));
            buffered += events.size();
            accepted += events.size();
            if (buffered >= BATCH_SIZE) {
                flush();
            }
        }

        @Override
        public void error(IngestError error) {
            rejected++;
            if (errors.size() < MAX_ERRORS_KEPT) {
                errors.add(error);
            }
            LOG.debug("Rejected input: {}", error.describe());
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            List<AllocationEvent> all = new ArrayList<>(buffered);
            buffer.forEach(m -> all.addAll(m.events()));
            Map<AllocationKey, Toewijzing> batch301s = ProviderCheck.latest301s(all);
            ProviderCheck providers = ProviderCheck.of(all, batch301s, recent301s, store);
            recent301s = batch301s;
            List<AllocationEvent> kept = new ArrayList<>(buffered);
            for (Message message : buffer) {
                List<IngestError> refusals = providers.refusals(message.file(), message.location(), message.events());
                if (refusals.isEmpty()) {
                    kept.addAll(message.events());
                } else {
                    accepted -= message.events().size();
                    refusals.forEach(this::error);
                }
            }
            buffer.clear();
            buffered = 0;
            flushes++;
            if (!kept.isEmpty()) {
                store.apply(kept);
            }
        }

        IngestReport finish() {
            flush();
            return new IngestReport(inputs, accepted, rejected, errors);
        }
    }
}
