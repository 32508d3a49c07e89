package org.ressin.core.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Names of channel subsets, for settings and table cells: {@code mix} is all three channels (the paper's image),
 * any other subset is its channel names joined by {@code +} in {@link Channel} order, e.g. {@code phasic+tonic}.
 */
public final class ChannelNames {

    /** The name of all three channels. */
    public static final String MIX = "mix";

    private ChannelNames() {}

    /**
     * Every subset, as offered to users: {@code mix}, then the single channels origin, phasic, tonic (as the
     * paper lists its variants), then the pairs.
     */
    public static List<String> choices() {
        return List.of(MIX, "origin", "phasic", "tonic", "phasic+tonic", "phasic+origin", "tonic+origin");
    }

    /**
     * The channels a name stands for, in {@link Channel} order: {@code mix}, or channel names joined by {@code +}
     * in any order (case and blanks around names are ignored).
     *
     * @throws IllegalArgumentException naming the bad part if the name is empty, unknown or repeats a channel
     */
    public static List<Channel> parse(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("channels must be " + MIX + " or channel names joined by '+'"
                    + " (phasic, tonic, origin), was empty");
        }
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals(MIX)) {
            return List.of(Channel.values());
        }
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        for (String part : trimmed.split("\\+", -1)) {
            Channel c = byName(part.trim(), name);
            if (!set.add(c)) {
                throw new IllegalArgumentException("channels '" + name + "' names " + c.lowerName() + " twice");
            }
        }
        return List.copyOf(set);
    }

    /** {@code mix} for all three channels, else {@link #join}. */
    public static String name(Collection<Channel> channels) {
        return EnumSet.copyOf(checked(channels)).size() == Channel.values().length ? MIX : join(channels);
    }

    /** The channel names joined by {@code +} in {@link Channel} order, e.g. {@code phasic+tonic+origin}. */
    public static String join(Collection<Channel> channels) {
        return EnumSet.copyOf(checked(channels)).stream().map(Channel::lowerName).collect(Collectors.joining("+"));
    }

    private static Collection<Channel> checked(Collection<Channel> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a channel selection names at least one channel");
        }
        return channels;
    }

    private static Channel byName(String part, String whole) {
        for (Channel c : Channel.values()) {
            if (c.lowerName().equals(part)) {
                return c;
            }
        }
        List<String> known = new ArrayList<>();
        for (Channel c : Channel.values()) {
            known.add(c.lowerName());
        }
        throw new IllegalArgumentException("channels '" + whole + "': unknown channel '" + part + "' (known: " + MIX
                + ", or " + String.join(", ", known) + " joined by '+')");
    }
}
