package org.ressin.core.image;

import java.util.List;

/**
 * A signal image the learner can draw pixels from without holding S x S doubles per recording.
 *
 * <p>Rendering is deterministic: the same image always renders to the same floats.
 */
public interface SignalImage {

    /** The channels present, always in {@link Channel} order. */
    List<Channel> channels();

    /** Side length S of the rendered S x S image. */
    int size();

    /**
     * Writes {@code channels().size() * size() * size()} values in [0, 1] into {@code dest} from
     * {@code offset}, channel-major then row-major (C x H x W).
     */
    void render(float[] dest, int offset);
}
