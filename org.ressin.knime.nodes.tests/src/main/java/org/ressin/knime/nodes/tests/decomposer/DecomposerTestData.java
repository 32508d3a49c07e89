package org.ressin.knime.nodes.tests.decomposer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.StandInHarness;
import org.ressin.core.eda.Recording;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;

/** Recordings of a small generated PMEmo dataset and tables shaped like the EDA Reader's output. */
final class DecomposerTestData {

    static final DataType LIST_OF_DOUBLE = ListCell.getCollectionType(DoubleCell.TYPE);

    private DecomposerTestData() {
    }

    /** Writes a synthetic PMEmo dataset (31-40 s recordings at 50 Hz) into {@code dir} and reads it back. */
    static List<Recording> generate(Path dir, int subjects, int songs) throws IOException {
        SynthSettings settings = SynthSettings.defaults().withSize(subjects, songs).withRecordingsPerSubject(2)
                .withDurations(31, 40).withFeatureDimension(4);
        new SyntheticPmemo(settings).writeTo(dir);
        try (var stream = PmemoDataset.open(dir).recordings()) {
            return stream.toList();
        }
    }

    /** The EDA Reader's columns: musicId, subjectId, sampling_rate, samples, eda. */
    static DataTableSpec readerSpec() {
        return new DataTableSpec(column("musicId", StringCell.TYPE), column("subjectId", StringCell.TYPE),
                column("sampling_rate", DoubleCell.TYPE), column("samples", IntCell.TYPE),
                column("eda", LIST_OF_DOUBLE));
    }

    /** The same without the sampling-rate column. */
    static DataTableSpec specWithoutRate() {
        return new DataTableSpec(column("musicId", StringCell.TYPE), column("subjectId", StringCell.TYPE),
                column("eda", LIST_OF_DOUBLE));
    }

    static DataColumnSpec column(String name, DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    /** One row per recording, keys "Row0", "Row1", ... */
    static BufferedDataTable readerTable(List<Recording> recordings) {
        List<DataRow> rows = new ArrayList<>();
        for (Recording r : recordings) {
            rows.add(readerRow("Row" + rows.size(), r.musicId(), r.subjectId(), new DoubleCell(r.samplingRate()),
                    signalCell(r.samples())));
        }
        return StandInHarness.createTable(readerSpec(), rows);
    }

    static DataRow readerRow(String key, String musicId, String subjectId, DataCell rate, DataCell eda) {
        DataCell samples = eda instanceof ListDataValue list ? new IntCell(list.size()) : DataType.getMissingCell();
        return new DefaultRow(new RowKey(key), new StringCell(musicId), new StringCell(subjectId), rate, samples,
                eda);
    }

    static BufferedDataTable tableWithoutRate(List<Recording> recordings) {
        List<DataRow> rows = new ArrayList<>();
        for (Recording r : recordings) {
            rows.add(new DefaultRow(new RowKey("Row" + rows.size()), new StringCell(r.musicId()),
                    new StringCell(r.subjectId()), signalCell(r.samples())));
        }
        return StandInHarness.createTable(specWithoutRate(), rows);
    }

    static ListCell signalCell(double[] samples) {
        List<DoubleCell> cells = new ArrayList<>(samples.length);
        for (double s : samples) {
            cells.add(new DoubleCell(s));
        }
        return CollectionCellFactory.createListCell(cells);
    }

    static double[] values(DataCell listCell) {
        ListDataValue list = (ListDataValue)listCell;
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((DoubleValue)list.get(i)).getDoubleValue();
        }
        return values;
    }
}
