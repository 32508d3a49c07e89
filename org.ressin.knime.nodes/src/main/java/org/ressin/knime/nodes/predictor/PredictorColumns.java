package org.ressin.knime.nodes.predictor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.core.image.Channel;
import org.ressin.core.image.ChannelNames;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.common.Columns.Kind;
import org.ressin.knime.nodes.imager.SignalImageColumn;
import org.ressin.knime.nodes.model.ResSinModelPortObjectSpec;

/**
 * Where the image and music columns of the table to classify are, checked against the model's spec, and the columns
 * the predictor appends.
 */
final class PredictorColumns {

    static final String PREDICTION = "prediction";
    static final String PROBABILITY_HIGH = "probability_high";
    static final String PROBABILITY_LOW = "probability_low";
    static final String EDA_FEATURES = "eda_features";

    private static final String WHERE = "the input table";

    final int image;
    /** -1 when the model does not fuse music features. */
    final int music;
    /** A remark for the warning (feature names differ from the model's), or null. */
    final String remark;

    private PredictorColumns(final int image, final int music, final String remark) {
        this.image = image;
        this.music = music;
        this.remark = remark;
    }

    /**
     * @param model the model's spec, or null when it is not known yet (only the columns are checked then)
     * @throws InvalidSettingsException naming the setting, column and model if the table does not fit the model
     */
    static PredictorColumns find(final DataTableSpec spec, final ResSinModelPortObjectSpec model,
        final ResSinPredictorSettings s) throws InvalidSettingsException {
        int image = Columns.find(spec, ResSinPredictorSettings.IMAGE_COLUMN, s.imageColumn(), Kind.STRING, WHERE);
        if (model == null) {
            return new PredictorColumns(image, -1, null);
        }
        checkImage(spec.getColumnSpec(image), model);
        if (!model.fusion()) {
            return new PredictorColumns(image, -1, null);
        }
        if (s.musicColumn() == null) {
            throw new InvalidSettingsException("The model fuses music features (it was trained on column \""
                + model.musicColumn() + "\"), but no \"" + ResSinPredictorSettings.MUSIC_COLUMN + "\" is selected");
        }
        int music = Columns.find(spec, ResSinPredictorSettings.MUSIC_COLUMN, s.musicColumn(), Kind.LIST_OF_DOUBLE,
            WHERE + " (the model fuses music features)");
        DataColumnSpec m = spec.getColumnSpec(music);
        List<String> names = m.getElementNames();
        boolean named = !(names.size() == 1 && names.get(0).equals(m.getName()));
        String remark = null;
        if (named && model.musicDimension() > 0 && names.size() != model.musicDimension()) {
            throw new InvalidSettingsException("Column \"" + m.getName() + "\" holds " + names.size()
                + " music features, but the model was trained on " + model.musicDimension());
        }
        if (named && !model.featureNames().isEmpty() && names.size() == model.featureNames().size()
            && !names.equals(model.featureNames())) {
            remark = "The music features in column \"" + m.getName() + "\" are named differently from the model's"
                + " (first difference: " + firstDifference(names, model.featureNames()) + "); the model reads them"
                + " by position.";
        }
        return new PredictorColumns(image, music, remark);
    }

    private static String firstDifference(final List<String> names, final List<String> expected) {
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(expected.get(i))) {
                return "element " + i + " is \"" + names.get(i) + "\", the model's is \"" + expected.get(i) + "\"";
            }
        }
        return "none";
    }

    /** Compares the size and channels the image column declares (if it does) with the model's. */
    private static void checkImage(final DataColumnSpec column, final ResSinModelPortObjectSpec model)
        throws InvalidSettingsException {
        OptionalInt size = SignalImageColumn.size(column);
        if (size.isPresent() && size.getAsInt() != model.imageSize()) {
            throw new InvalidSettingsException("The signal images in column \"" + column.getName() + "\" are "
                + size.getAsInt() + " x " + size.getAsInt() + " px, but the model was trained on "
                + model.imageSize() + " x " + model.imageSize() + " px images: make them with the Signal Imager at "
                + model.imageSize());
        }
        Optional<List<Channel>> channels = SignalImageColumn.channels(column);
        List<Channel> needed = model.channels().channels();
        if (channels.isPresent() && !channels.get().containsAll(needed)) {
            throw new InvalidSettingsException("The model reads the channels " + ChannelNames.join(needed)
                + " (" + model.channels().name().toLowerCase(Locale.ROOT) + "), but the signal images in column \""
                + column.getName() + "\" have only " + ChannelNames.join(channels.get()) + " ("
                + channels.get().size() + " of the " + needed.size() + " channels needed)");
        }
    }

    /**
     * The appended columns: prediction, probability_high, probability_low and, if asked, eda_features (element
     * names eda_1 ... eda_d when the model is known). Names are made unique against the input.
     */
    static DataColumnSpec[] appended(final DataTableSpec in, final ResSinModelPortObjectSpec model,
        final boolean edaFeatures) {
        List<DataColumnSpec> out = new ArrayList<>();
        List<DataColumnSpec> sofar = new ArrayList<>();
        in.forEach(sofar::add);
        add(out, sofar, new DataColumnSpecCreator(PREDICTION, IntCell.TYPE));
        add(out, sofar, new DataColumnSpecCreator(PROBABILITY_HIGH, DoubleCell.TYPE));
        add(out, sofar, new DataColumnSpecCreator(PROBABILITY_LOW, DoubleCell.TYPE));
        if (edaFeatures) {
            DataColumnSpecCreator c =
                new DataColumnSpecCreator(EDA_FEATURES, ListCell.getCollectionType(DoubleCell.TYPE));
            if (model != null) {
                String[] names = new String[model.edaDimension()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = "eda_" + (i + 1);
                }
                c.setElementNames(names);
            }
            add(out, sofar, c);
        }
        return out.toArray(DataColumnSpec[]::new);
    }

    private static void add(final List<DataColumnSpec> out, final List<DataColumnSpec> sofar,
        final DataColumnSpecCreator c) {
        DataColumnSpec probe = c.createSpec();
        String name = DataTableSpec.getUniqueColumnName(new DataTableSpec(sofar.toArray(DataColumnSpec[]::new)),
            probe.getName());
        if (!name.equals(probe.getName())) {
            c.setName(name);
        }
        DataColumnSpec spec = c.createSpec();
        out.add(spec);
        sofar.add(spec);
    }
}
