package org.ressin.knime.nodes.joiner;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.common.Columns.Kind;

/**
 * Where the keys, the image, the music features and the label columns are in the three inputs, and the columns the
 * join appends to the recordings: every non-key column of the labels table, then {@code music_features}.
 */
final class JoinColumns {

    /** Name of the appended feature-vector column. */
    static final String MUSIC_FEATURES = "music_features";

    final int recordingSubject;
    final int recordingMusic;
    final int image;
    /** Key column of the features table, -1 when the features table has no feature columns (EDA only). */
    final int featureMusic;
    /** The feature columns in input order (the order of the vector's elements). */
    final int[] features;
    final List<String> featureNames;
    final int labelSubject;
    final int labelMusic;
    /** Label-table columns carried over (all but the keys), in input order. */
    final int[] labels;

    private JoinColumns(final int recordingSubject, final int recordingMusic, final int image,
        final int featureMusic, final int[] features, final List<String> featureNames, final int labelSubject,
        final int labelMusic, final int[] labels) {
        this.recordingSubject = recordingSubject;
        this.recordingMusic = recordingMusic;
        this.image = image;
        this.featureMusic = featureMusic;
        this.features = features;
        this.featureNames = featureNames;
        this.labelSubject = labelSubject;
        this.labelMusic = labelMusic;
        this.labels = labels;
    }

    /**
     * Finds the configured columns.
     *
     * @throws InvalidSettingsException naming the setting and column if one is missing or of the wrong type
     */
    static JoinColumns find(final DataTableSpec recordings, final DataTableSpec features,
        final DataTableSpec labels, final FusionJoinerSettings s) throws InvalidSettingsException {
        String rec = "the recordings table (input 1)";
        int rs = Columns.find(recordings, FusionJoinerSettings.RECORDING_SUBJECT, s.recordingSubject(), Kind.ID, rec);
        int rm = Columns.find(recordings, FusionJoinerSettings.RECORDING_MUSIC, s.recordingMusic(), Kind.ID, rec);
        int img = Columns.find(recordings, FusionJoinerSettings.IMAGE, s.image(), Kind.STRING, rec);

        int fm = -1;
        List<Integer> feats = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int key = Columns.isNone(s.featureMusic()) ? -1 : features.findColumnIndex(s.featureMusic());
        for (int i = 0; i < features.getNumColumns(); i++) {
            if (i != key && features.getColumnSpec(i).getType().isCompatible(DoubleValue.class)) {
                feats.add(i);
                names.add(features.getColumnSpec(i).getName());
            }
        }
        // a features table without numeric columns (e.g. an empty table) means: EDA only, no music features
        if (!feats.isEmpty()) {
            fm = Columns.find(features, FusionJoinerSettings.FEATURE_MUSIC, s.featureMusic(), Kind.ID,
                "the music features table (input 2)");
        }

        String lab = "the labels table (input 3)";
        int ls = Columns.find(labels, FusionJoinerSettings.LABEL_SUBJECT, s.labelSubject(), Kind.ID, lab);
        int lm = Columns.find(labels, FusionJoinerSettings.LABEL_MUSIC, s.labelMusic(), Kind.ID, lab);
        if (ls == lm) {
            throw new InvalidSettingsException("Settings \"" + FusionJoinerSettings.LABEL_SUBJECT + "\" and \""
                + FusionJoinerSettings.LABEL_MUSIC + "\" both name column \"" + s.labelSubject() + "\"");
        }
        if (rs == rm) {
            throw new InvalidSettingsException("Settings \"" + FusionJoinerSettings.RECORDING_SUBJECT + "\" and \""
                + FusionJoinerSettings.RECORDING_MUSIC + "\" both name column \"" + s.recordingSubject() + "\"");
        }
        List<Integer> carried = new ArrayList<>();
        for (int i = 0; i < labels.getNumColumns(); i++) {
            if (i != ls && i != lm) {
                carried.add(i);
            }
        }
        return new JoinColumns(rs, rm, img, fm, feats.stream().mapToInt(Integer::intValue).toArray(),
            List.copyOf(names), ls, lm, carried.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether the features table has feature columns (else the join is EDA only). */
    boolean hasFeatures() {
        return featureMusic >= 0;
    }

    /**
     * The appended columns: the carried label columns, then (with features) {@code music_features}, a List of
     * Double column whose element names are the feature column names in input order. Names are made unique.
     */
    DataColumnSpec[] appendedSpecs(final DataTableSpec recordings, final DataTableSpec labelSpec) {
        List<DataColumnSpec> out = new ArrayList<>();
        List<DataColumnSpec> sofar = new ArrayList<>();
        recordings.forEach(sofar::add);
        for (int i : labels) {
            DataColumnSpec original = labelSpec.getColumnSpec(i);
            String name = DataTableSpec.getUniqueColumnName(new DataTableSpec(sofar.toArray(DataColumnSpec[]::new)),
                original.getName());
            DataColumnSpec spec = original;
            if (!name.equals(original.getName())) {
                DataColumnSpecCreator c = new DataColumnSpecCreator(name, original.getType());
                c.setProperties(original.getProperties());
                spec = c.createSpec();
            }
            out.add(spec);
            sofar.add(spec);
        }
        if (hasFeatures()) {
            DataColumnSpecCreator c = new DataColumnSpecCreator(
                DataTableSpec.getUniqueColumnName(new DataTableSpec(sofar.toArray(DataColumnSpec[]::new)),
                    MUSIC_FEATURES),
                ListCell.getCollectionType(DoubleCell.TYPE));
            c.setElementNames(featureNames.toArray(String[]::new));
            out.add(c.createSpec());
        }
        return out.toArray(DataColumnSpec[]::new);
    }
}
