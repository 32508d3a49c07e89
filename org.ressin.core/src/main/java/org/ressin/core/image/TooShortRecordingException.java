package org.ressin.core.image;

/** A recording has less than one whole second left, so it has no image rows. Callers may skip it. */
public final class TooShortRecordingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String recordingId;
    private final int samples;
    private final int samplesPerSecond;

    public TooShortRecordingException(String recordingId, int samples, int samplesPerSecond) {
        super("recording " + recordingId + " is too short for a signal image: " + samples + " sample(s) at "
                + samplesPerSecond + " samples/s is less than one second (after the discarded start)");
        this.recordingId = recordingId;
        this.samples = samples;
        this.samplesPerSecond = samplesPerSecond;
    }

    public String recordingId() { return recordingId; }

    public int samples() { return samples; }

    public int samplesPerSecond() { return samplesPerSecond; }
}
