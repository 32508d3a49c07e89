package org.ressin.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelSelectionTest {

    @Test
    void mixIsAllChannelsInPaperOrder() {
        assertEquals(List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN), ChannelNames.parse("mix"));
        assertEquals(List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN), ChannelNames.parse(" Origin+tonic+PHASIC "));
        assertEquals("mix", ChannelNames.name(List.of(Channel.ORIGIN, Channel.PHASIC, Channel.TONIC)));
        assertEquals("phasic+tonic+origin", ChannelNames.join(List.of(Channel.ORIGIN, Channel.PHASIC, Channel.TONIC)));
    }

    @Test
    void subsetsAreSortedAndEveryChoiceRoundTrips() {
        assertEquals(List.of(Channel.TONIC, Channel.ORIGIN), ChannelNames.parse("origin+tonic"));
        assertEquals("tonic+origin", ChannelNames.name(List.of(Channel.ORIGIN, Channel.TONIC)));
        assertEquals(7, ChannelNames.choices().size());
        for (String choice : ChannelNames.choices()) {
            assertEquals(choice, ChannelNames.name(ChannelNames.parse(choice)));
        }
        assertEquals(List.of("mix", "origin", "phasic", "tonic"), ChannelNames.choices().subList(0, 4));
    }

    @Test
    void badNamesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelNames.parse("phasic+red"))
                .getMessage().contains("unknown channel 'red'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelNames.parse("tonic+tonic"))
                .getMessage().contains("tonic twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelNames.parse(" "))
                .getMessage().contains("was empty"));
        assertThrows(IllegalArgumentException.class, () -> ChannelNames.parse("phasic+"));
        assertThrows(IllegalArgumentException.class, () -> ChannelNames.name(List.of()));
    }
}
