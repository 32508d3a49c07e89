package org.ressin.knime.nodes.decomposer;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.def.DoubleCell;

/** Converts between KNIME list-of-number cells and the {@code double[]} signals the core works on. */
final class SignalCells {

    /** The type of a signal column: a list of doubles. */
    static final DataType SIGNAL_TYPE = ListCell.getCollectionType(DoubleCell.TYPE);

    private SignalCells() {
    }

    /** True if the column holds lists whose elements are numbers (Double, Int, Long...). */
    static boolean isSignalColumn(DataColumnSpec spec) {
        DataType type = spec.getType();
        return type.isCompatible(ListDataValue.class) && type.getCollectionElementType() != null
                && type.getCollectionElementType().isCompatible(DoubleValue.class);
    }

    /**
     * The samples of a list cell; missing elements become {@code NaN} (how the EDA reader marks missing values).
     *
     * @throws IllegalArgumentException if an element is not a number
     */
    static double[] toSamples(ListDataValue list) {
        int n = list.size();
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            DataCell element = list.get(i);
            if (element.isMissing()) {
                samples[i] = Double.NaN;
            } else if (element instanceof DoubleValue value) {
                samples[i] = value.getDoubleValue();
            } else {
                throw new IllegalArgumentException("element " + i + " is not a number but " + element.getType());
            }
        }
        return samples;
    }

    static ListCell toListCell(double[] values) {
        List<DoubleCell> cells = new ArrayList<>(values.length);
        for (double value : values) {
            cells.add(new DoubleCell(value));
        }
        return CollectionCellFactory.createListCell(cells);
    }
}
