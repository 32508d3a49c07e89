package org.ressin.knime.nodes.imager;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

import org.knime.core.data.RowKey;
import org.ressin.core.image.Channel;

/**
 * What happened to the rows while imaging, counted safely from several worker threads, and the warning that
 * tells the user.
 */
final class ImagingReport {

    private final AtomicLong tooShort = new AtomicLong();
    private final AtomicReference<RowKey> firstTooShort = new AtomicReference<>();
    private final AtomicLong missing = new AtomicLong();
    private final AtomicReference<RowKey> firstMissing = new AtomicReference<>();
    private final AtomicLong constantImages = new AtomicLong();
    private final AtomicLongArray constantByChannel = new AtomicLongArray(Channel.values().length);

    void tooShort(final RowKey key) {
        tooShort.incrementAndGet();
        firstTooShort.compareAndSet(null, key);
    }

    void missing(final RowKey key) {
        missing.incrementAndGet();
        firstMissing.compareAndSet(null, key);
    }

    void constant(final Set<Channel> channels) {
        if (!channels.isEmpty()) {
            constantImages.incrementAndGet();
            channels.forEach(c -> constantByChannel.incrementAndGet(c.ordinal()));
        }
    }

    long tooShortCount() {
        return tooShort.get();
    }

    long missingCount() {
        return missing.get();
    }

    long constantCount() {
        return constantImages.get();
    }

    /** The warning, or null if all rows were imaged without remarks. */
    String warning() {
        List<String> parts = new ArrayList<>();
        if (tooShort.get() > 0) {
            parts.add(tooShort.get() + " recording(s) are shorter than one second and have no image (missing cells;"
                + " e.g. row \"" + firstTooShort.get() + "\")");
        }
        if (missing.get() > 0) {
            parts.add(missing.get() + " row(s) have a missing signal or sampling rate and no image (missing cells;"
                + " e.g. row \"" + firstMissing.get() + "\")");
        }
        if (constantImages.get() > 0) {
            List<String> byChannel = new ArrayList<>();
            for (Channel c : Channel.values()) {
                long n = constantByChannel.get(c.ordinal());
                if (n > 0) {
                    byChannel.add(c.lowerName() + " in " + n);
                }
            }
            parts.add(constantImages.get() + " image(s) have a constant channel, drawn as zeros ("
                + String.join(", ", byChannel) + ")");
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }
}
