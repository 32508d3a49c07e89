package org.ressin.knime.nodes.reader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** Dialog of the EDA Reader: the folder, the discard, the fallback sampling rate, short-recording handling. */
public final class EdaReaderNodeDialog extends DefaultNodeSettingsPane {

    private static final String FOLDER_HISTORY_ID = "org.ressin.knime.nodes.reader.folder";

    EdaReaderNodeDialog() {
        EdaReaderSettings settings = new EdaReaderSettings();

        DialogComponentFileChooser folder = new DialogComponentFileChooser(settings.folderModel(), FOLDER_HISTORY_ID,
            JFileChooser.OPEN_DIALOG, true);
        folder.setBorderTitle(EdaReaderSettings.LABEL_FOLDER + " (holds EDA/ and annotations/)");
        folder.setToolTipText("A folder path, or a URL such as knime://knime.workflow/../data/pmemo-mini");
        addDialogComponent(folder);

        createNewGroup("Recordings");
        DialogComponentNumber discard =
            new DialogComponentNumber(settings.discardSecondsModel(), EdaReaderSettings.LABEL_DISCARD, 1.0);
        discard.setToolTipText("Res-SIN discards the first 15 s of every recording; 0 keeps everything");
        addDialogComponent(discard);
        addDialogComponent(new DialogComponentNumber(settings.defaultSamplingRateModel(),
            EdaReaderSettings.LABEL_RATE, 1.0));
        addDialogComponent(
            new DialogComponentBoolean(settings.failOnShortModel(), EdaReaderSettings.LABEL_FAIL_ON_SHORT));
        closeCurrentGroup();
    }
}
