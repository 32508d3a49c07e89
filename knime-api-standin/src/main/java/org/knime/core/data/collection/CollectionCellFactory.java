package org.knime.core.data.collection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;

/**
 * Creates collection cells.
 * <p>
 * Stand-in notes: the element type is the common type of the non-missing elements if they all share one type, else
 * the generic {@code DataType.getType(DataCell.class)} (KNIME would compute a common super type).
 */
public final class CollectionCellFactory {

    private CollectionCellFactory() {
    }

    /**
     * @param coll the elements (none null)
     * @return a list cell
     */
    public static ListCell createListCell(final Collection<? extends DataCell> coll) {
        List<DataCell> list = new ArrayList<>(coll.size());
        DataType[] types = new DataType[coll.size()];
        int i = 0;
        for (DataCell c : coll) {
            if (c == null) {
                throw new NullPointerException("List element " + i + " is null");
            }
            list.add(c);
            types[i++] = c.getType();
        }
        return new ListCell(list, getElementType(types));
    }

    /**
     * @param row a row
     * @param cols the indices of the cells to collect
     * @return a list cell
     */
    public static ListCell createListCell(final DataRow row, final int[] cols) {
        List<DataCell> cells = new ArrayList<>(cols.length);
        for (int c : cols) {
            cells.add(row.getCell(c));
        }
        return createListCell(cells);
    }

    /**
     * @param colType element types
     * @return their common type (missing-value types are ignored)
     */
    public static DataType getElementType(final DataType[] colType) {
        DataType common = null;
        for (DataType t : colType) {
            if (t.isMissingValueType()) {
                continue;
            }
            if (common == null) {
                common = t;
            } else if (!common.equals(t)) {
                return DataType.getType(DataCell.class);
            }
        }
        return common == null ? DataType.getType(DataCell.class) : common;
    }
}
