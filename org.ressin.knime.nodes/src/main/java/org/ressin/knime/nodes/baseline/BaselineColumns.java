package org.ressin.knime.nodes.baseline;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.common.Columns.Kind;

/** The input columns of the chosen task, found and type-checked; -1 for columns the task does not use. */
final class BaselineColumns {

    private static final String WHERE = "the input table";

    final int subject;
    final int song;
    final int label;
    final int music;
    final int signal;
    final int rate;
    final int rating;

    private BaselineColumns(final int subject, final int song, final int label, final int music, final int signal,
        final int rate, final int rating) {
        this.subject = subject;
        this.song = song;
        this.label = label;
        this.music = music;
        this.signal = signal;
        this.rate = rate;
        this.rating = rating;
    }

    static BaselineColumns find(final DataTableSpec spec, final BaselineLearnerSettings s)
        throws InvalidSettingsException {
        int subject = Columns.find(spec, BaselineLearnerSettings.SUBJECT_COLUMN, s.subjectColumn(), Kind.ID, WHERE);
        int song = Columns.find(spec, BaselineLearnerSettings.SONG_COLUMN, s.songColumn(), Kind.ID, WHERE);
        if (s.classification()) {
            return new BaselineColumns(subject, song,
                Columns.find(spec, BaselineLearnerSettings.LABEL_COLUMN, s.labelColumn(), Kind.NUMBER, WHERE),
                Columns.find(spec, BaselineLearnerSettings.MUSIC_COLUMN, s.musicColumn(), Kind.LIST_OF_DOUBLE, WHERE),
                -1, -1, -1);
        }
        return new BaselineColumns(subject, song, -1, -1,
            Columns.find(spec, BaselineLearnerSettings.SIGNAL_COLUMN, s.signalColumn(), Kind.LIST_OF_DOUBLE, WHERE),
            Columns.find(spec, BaselineLearnerSettings.RATE_COLUMN, s.rateColumn(), Kind.NUMBER, WHERE),
            Columns.find(spec, BaselineLearnerSettings.RATING_COLUMN, s.ratingColumn(), Kind.NUMBER, WHERE));
    }
}
