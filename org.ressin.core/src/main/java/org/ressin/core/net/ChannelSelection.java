package org.ressin.core.net;

import java.util.List;
import org.ressin.core.image.Channel;

/** Which signal-image channels the network sees (the paper's input ablation: mix / origin / phasic / tonic). */
public enum ChannelSelection {
    /** All three channels (phasic, tonic, origin = R, G, B): the paper's best input. */
    MIX(List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN)),
    ORIGIN(List.of(Channel.ORIGIN)),
    PHASIC(List.of(Channel.PHASIC)),
    TONIC(List.of(Channel.TONIC));

    private final List<Channel> channels;

    ChannelSelection(List<Channel> channels) { this.channels = channels; }

    /** The selected channels in {@link Channel} order. */
    public List<Channel> channels() { return channels; }

    /** Number of network input channels (3 or 1). */
    public int count() { return channels.size(); }
}
