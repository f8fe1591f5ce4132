package nl.wmoscorecards.core.upload;

import java.util.List;
import java.util.Optional;

/** Upload records: created when a URL is handed out, completed once by the report ingest. */
public interface UploadStore {

    /** Records a new pending upload; fails if the id exists. */
    void create(Upload upload);

    Optional<Upload> find(String uploadId);

    /**
     * Records the outcome of a pending upload. Returns false, changing nothing, when the upload is no longer
     * pending (a redelivered event finds it completed).
     */
    boolean complete(Upload completed);

    /** The provider's uploads, newest first. */
    List<Upload> uploadsOf(String provider);
}
