package org.ressin.knime.nodes.reader;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.ressin.core.eda.Recording;
import org.ressin.core.labels.Rating;
import org.ressin.core.labels.RatingSource;

/**
 * The layout of the EDA Reader's three output tables: column names (for nodes downstream), specs and rows.
 * Recordings and ratings share the row key {@code <musicId>_<subjectId>}.
 */
public final class ReaderTables {

    /** Song ID column (recordings, ratings, music features). */
    public static final String COL_MUSIC_ID = "musicId";

    /** Subject ID column (recordings, ratings). */
    public static final String COL_SUBJECT_ID = "subjectId";

    /** Samples per second of the recording. */
    public static final String COL_SAMPLING_RATE = "sampling_rate";

    /** Number of retained samples (after the discard). */
    public static final String COL_SAMPLES = "samples";

    /** Seconds removed from the start of the recording. */
    public static final String COL_SKIPPED_SECONDS = "skipped_seconds";

    /** The retained samples in microsiemens, a list of doubles; NaN marks a missing value. */
    public static final String COL_EDA = "eda";

    /** Valence rating in [0, 1]. */
    public static final String COL_VALENCE = "valence";

    /** Arousal rating in [0, 1]. */
    public static final String COL_AROUSAL = "arousal";

    /** Where the rating comes from: {@link #SOURCE_SUBJECT} or {@link #SOURCE_SONG_MEAN}. */
    public static final String COL_SOURCE = "source";

    /** The subject's own rating. */
    public static final String SOURCE_SUBJECT = "subject";

    /** The song's mean rating, used for subjects who rated nothing themselves. */
    public static final String SOURCE_SONG_MEAN = "song mean";

    /** Port indices. */
    public static final int PORT_RECORDINGS = 0;

    public static final int PORT_RATINGS = 1;

    public static final int PORT_FEATURES = 2;

    private ReaderTables() {
    }

    /** @return musicId, subjectId, sampling_rate, samples, skipped_seconds, eda */
    public static DataTableSpec recordingsSpec() {
        return new DataTableSpec(string(COL_MUSIC_ID), string(COL_SUBJECT_ID), dbl(COL_SAMPLING_RATE),
            new DataColumnSpecCreator(COL_SAMPLES, IntCell.TYPE).createSpec(), dbl(COL_SKIPPED_SECONDS),
            new DataColumnSpecCreator(COL_EDA, ListCell.getCollectionType(DoubleCell.TYPE)).createSpec());
    }

    /** @return musicId, subjectId, valence, arousal, source */
    public static DataTableSpec ratingsSpec() {
        return new DataTableSpec(string(COL_MUSIC_ID), string(COL_SUBJECT_ID), dbl(COL_VALENCE), dbl(COL_AROUSAL),
            string(COL_SOURCE));
    }

    /**
     * @param featureNames the feature names in column order (may be empty)
     * @return musicId, then one double column per feature
     * @throws IllegalArgumentException if two features share a name or one is called musicId
     */
    public static DataTableSpec featuresSpec(final List<String> featureNames) {
        List<DataColumnSpec> columns = new ArrayList<>(featureNames.size() + 1);
        columns.add(string(COL_MUSIC_ID));
        featureNames.forEach(n -> columns.add(dbl(n)));
        return new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
    }

    /** @return the row key shared by a recording and its rating */
    public static RowKey rowKey(final String musicId, final String subjectId) {
        return new RowKey(musicId + "_" + subjectId);
    }

    /**
     * @param original  the recording as read
     * @param retained  the same recording without its discarded start
     */
    static DataRow recordingRow(final Recording original, final Recording retained) {
        List<DoubleCell> samples = new ArrayList<>(retained.length());
        for (int i = 0; i < retained.length(); i++) {
            samples.add(new DoubleCell(retained.sample(i)));
        }
        double skipped = (original.length() - retained.length()) / original.samplingRate();
        return new DefaultRow(rowKey(original.musicId(), original.subjectId()), new StringCell(original.musicId()),
            new StringCell(original.subjectId()), new DoubleCell(original.samplingRate()),
            new IntCell(retained.length()), new DoubleCell(skipped), CollectionCellFactory.createListCell(samples));
    }

    static DataRow ratingRow(final Rating rating, final RatingSource source) {
        return new DefaultRow(rowKey(rating.musicId(), rating.subjectId()), new StringCell(rating.musicId()),
            new StringCell(rating.subjectId()), new DoubleCell(rating.valence()), new DoubleCell(rating.arousal()),
            new StringCell(source == RatingSource.SUBJECT_ANNOTATION ? SOURCE_SUBJECT : SOURCE_SONG_MEAN));
    }

    /** A recording that no rating could be chosen for: valence, arousal and source are missing. */
    static DataRow unratedRow(final String musicId, final String subjectId) {
        DataCell missing = DataType.getMissingCell();
        return new DefaultRow(rowKey(musicId, subjectId), new StringCell(musicId), new StringCell(subjectId),
            missing, missing, missing);
    }

    static DataRow featureRow(final String musicId, final double[] values) {
        DataCell[] cells = new DataCell[values.length + 1];
        cells[0] = new StringCell(musicId);
        for (int i = 0; i < values.length; i++) {
            cells[i + 1] = new DoubleCell(values[i]);
        }
        return new DefaultRow(new RowKey(musicId), cells);
    }

    private static DataColumnSpec string(final String name) {
        return new DataColumnSpecCreator(name, StringCell.TYPE).createSpec();
    }

    private static DataColumnSpec dbl(final String name) {
        return new DataColumnSpecCreator(name, DoubleCell.TYPE).createSpec();
    }
}
