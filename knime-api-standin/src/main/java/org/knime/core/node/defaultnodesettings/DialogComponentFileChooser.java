package org.knime.core.node.defaultnodesettings;

import java.io.File;
import java.util.Arrays;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JTextField;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A text field with a "Browse..." button choosing a file or directory path (legacy, string-based chooser).
 * <p>
 * Stand-in notes: the JFileChooser is only created when the button is pressed, so the component constructs
 * headlessly; there is no history.
 */
public class DialogComponentFileChooser extends DialogComponent {

    private final JTextField m_field = new JTextField(30);

    private final JButton m_browse = new JButton("Browse...");

    private final int m_dialogType;

    private final boolean m_directoryOnly;

    private final String[] m_extensions;

    private String m_forcedExtension;

    /**
     * @param stringModel the model holding the path
     * @param historyID ignored by the stand-in
     * @param validExtensions accepted file extensions (e.g. ".csv"), none for all
     */
    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final String... validExtensions) {
        this(stringModel, historyID, JFileChooser.OPEN_DIALOG, false, validExtensions);
    }

    /**
     * @param stringModel the model holding the path
     * @param historyID ignored by the stand-in
     * @param dialogType {@link JFileChooser#OPEN_DIALOG} or {@link JFileChooser#SAVE_DIALOG}
     * @param directoryOnly whether directories are chosen
     */
    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final boolean directoryOnly) {
        this(stringModel, historyID, dialogType, directoryOnly, new String[0]);
    }

    /**
     * @param stringModel the model holding the path
     * @param historyID ignored by the stand-in
     * @param dialogType {@link JFileChooser#OPEN_DIALOG} or {@link JFileChooser#SAVE_DIALOG}
     * @param validExtensions accepted file extensions, none for all
     */
    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final String... validExtensions) {
        this(stringModel, historyID, dialogType, false, validExtensions);
    }

    /**
     * @param stringModel the model holding the path
     * @param historyID ignored by the stand-in
     * @param dialogType {@link JFileChooser#OPEN_DIALOG} or {@link JFileChooser#SAVE_DIALOG}
     * @param directoryOnly whether directories are chosen
     * @param validExtensions accepted file extensions, none for all
     */
    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final boolean directoryOnly, final String... validExtensions) {
        super(stringModel);
        m_dialogType = dialogType;
        m_directoryOnly = directoryOnly;
        m_extensions = validExtensions == null ? new String[0] : validExtensions.clone();
        m_browse.addActionListener(e -> browse());
        getComponentPanel().add(m_field);
        getComponentPanel().add(m_browse);
        setBorderTitle(directoryOnly ? "Selected Directory:" : "Selected File:");
        updateComponent();
    }

    private void browse() {
        JFileChooser chooser = new JFileChooser(m_field.getText());
        chooser.setDialogType(m_dialogType);
        chooser.setFileSelectionMode(m_directoryOnly ? JFileChooser.DIRECTORIES_ONLY : JFileChooser.FILES_ONLY);
        if (!m_directoryOnly && m_extensions.length > 0) {
            String[] plain = Arrays.stream(m_extensions).map(x -> x.replaceFirst("^\\.", "")).toArray(String[]::new);
            chooser.setFileFilter(new FileNameExtensionFilter(String.join(", ", m_extensions), plain));
        }
        if (chooser.showDialog(getComponentPanel(), null) == JFileChooser.APPROVE_OPTION) {
            File f = chooser.getSelectedFile();
            String path = f.getAbsolutePath();
            if (m_forcedExtension != null && !path.endsWith(m_forcedExtension)) {
                path += m_forcedExtension;
            }
            m_field.setText(path);
        }
    }

    @Override
    protected void updateComponent() {
        String value = ((SettingsModelString)getModel()).getStringValue();
        String text = value == null ? "" : value;
        if (!m_field.getText().equals(text)) {
            m_field.setText(text);
        }
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        String path = m_field.getText().trim();
        if (path.isEmpty()) {
            throw new InvalidSettingsException(
                "Please specify a " + (m_directoryOnly ? "directory" : "filename") + ".");
        }
        ((SettingsModelString)getModel()).setStringValue(path);
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_field.setEnabled(enabled);
        m_browse.setEnabled(enabled);
    }

    /** @param newTitle the title of the border around the component */
    public void setBorderTitle(final String newTitle) {
        getComponentPanel().setBorder(BorderFactory.createTitledBorder(newTitle));
    }

    @Override
    public void setToolTipText(final String text) {
        m_field.setToolTipText(text);
        m_browse.setToolTipText(text);
    }

    /** @param cl notified whenever the path text changes */
    public void addChangeListener(final ChangeListener cl) {
        m_field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(final DocumentEvent e) {
                cl.stateChanged(new ChangeEvent(DialogComponentFileChooser.this));
            }

            @Override
            public void removeUpdate(final DocumentEvent e) {
                cl.stateChanged(new ChangeEvent(DialogComponentFileChooser.this));
            }

            @Override
            public void changedUpdate(final DocumentEvent e) {
                cl.stateChanged(new ChangeEvent(DialogComponentFileChooser.this));
            }
        });
    }

    /** @param b ignored by the stand-in (paths are plain strings) */
    public void setAllowRemoteURLs(final boolean b) {
        // plain strings are accepted either way
    }

    /** @param forcedExtension appended to chosen file names lacking it (save dialogs) */
    public void setDialogTypeSaveWithExtension(final String forcedExtension) {
        m_forcedExtension = forcedExtension;
    }
}
