package org.ressin.core.net;

import org.ressin.core.image.SignalImage;

/** One network input: a subject's signal image for one song, and that song's music features. */
public interface Example {

    String subjectId();

    String musicId();

    SignalImage image();

    /** The song's raw (not yet z-scored) music features; may be {@code null} when fusion is off. */
    double[] music();

    /** "musicId/subjectId", to name the example in messages. */
    default String id() { return musicId() + "/" + subjectId(); }
}
