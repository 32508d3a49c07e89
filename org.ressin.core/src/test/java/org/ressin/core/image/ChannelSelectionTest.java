package org.ressin.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelSelectionTest {

    @Test
    void mixIsAllChannelsInPaperOrder() {
        assertEquals(List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN), ChannelSelection.parse("mix"));
        assertEquals(List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN), ChannelSelection.parse(" Origin+tonic+PHASIC "));
        assertEquals("mix", ChannelSelection.name(List.of(Channel.ORIGIN, Channel.PHASIC, Channel.TONIC)));
        assertEquals("phasic+tonic+origin", ChannelSelection.join(List.of(Channel.ORIGIN, Channel.PHASIC, Channel.TONIC)));
    }

    @Test
    void subsetsAreSortedAndEveryChoiceRoundTrips() {
        assertEquals(List.of(Channel.TONIC, Channel.ORIGIN), ChannelSelection.parse("origin+tonic"));
        assertEquals("tonic+origin", ChannelSelection.name(List.of(Channel.ORIGIN, Channel.TONIC)));
        assertEquals(7, ChannelSelection.choices().size());
        for (String choice : ChannelSelection.choices()) {
            assertEquals(choice, ChannelSelection.name(ChannelSelection.parse(choice)));
        }
        assertEquals(List.of("mix", "origin", "phasic", "tonic"), ChannelSelection.choices().subList(0, 4));
    }

    @Test
    void badNamesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelSelection.parse("phasic+red"))
                .getMessage().contains("unknown channel 'red'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelSelection.parse("tonic+tonic"))
                .getMessage().contains("tonic twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChannelSelection.parse(" "))
                .getMessage().contains("was empty"));
        assertThrows(IllegalArgumentException.class, () -> ChannelSelection.parse("phasic+"));
        assertThrows(IllegalArgumentException.class, () -> ChannelSelection.name(List.of()));
    }
}
