package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Collections;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

/** A row iterator that should be closed when abandoned early. */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    /** Releases resources; no exception. */
    @Override
    public abstract void close();

    /** @return an iterator without rows */
    public static CloseableRowIterator empty() {
        return from(Collections.emptyIterator());
    }

    /**
     * @param iterator the rows
     * @return an iterator over them whose close() does nothing
     */
    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        return new CloseableRowIterator() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public DataRow next() {
                return iterator.next();
            }

            @Override
            public void close() {
                // nothing to release for in-memory rows
            }
        };
    }
}
