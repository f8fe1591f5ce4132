package nl.wmoscorecards.core.upload;

/** Where an upload stands: asked for, accepted with its rows stored, or refused with its problems. */
public enum UploadStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
