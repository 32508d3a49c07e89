package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** A label and a combo box choosing one of a list of strings. */
public final class DialogComponentStringSelection extends DialogComponent {

    private final JLabel m_label;

    private final JComboBox<String> m_combo;

    /**
     * @param stringModel the model
     * @param label the label text
     * @param list the options (not empty)
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        this(stringModel, label, Arrays.asList(list));
    }

    /**
     * @param stringModel the model
     * @param label the label text
     * @param list the options (not empty)
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        this(stringModel, label, list, false);
    }

    /**
     * @param stringModel the model
     * @param label the label text
     * @param list the options (not empty)
     * @param editable whether other values may be typed in
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable) {
        super(stringModel);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("Selection list of options shouldn't be null or empty");
        }
        m_label = new JLabel(label);
        m_combo = new JComboBox<>(list.toArray(new String[0]));
        m_combo.setEditable(editable);
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_combo);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        String value = ((SettingsModelString)getModel()).getStringValue();
        if (value != null && (m_combo.isEditable() || options().contains(value))) {
            m_combo.setSelectedItem(value);
        }
        setEnabledComponents(getModel().isEnabled());
    }

    private List<String> options() {
        String[] items = new String[m_combo.getItemCount()];
        for (int i = 0; i < items.length; i++) {
            items[i] = m_combo.getItemAt(i);
        }
        return Arrays.asList(items);
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        Object selected = m_combo.getSelectedItem();
        if (selected == null) {
            throw new InvalidSettingsException("Please select an item from the list for \""
                + m_label.getText().trim() + "\".");
        }
        ((SettingsModelString)getModel()).setStringValue(selected.toString());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_combo.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_label.setToolTipText(text);
        m_combo.setToolTipText(text);
    }

    /**
     * @param newItems the new options (not empty)
     * @param select the option to select (null: keep the model value if offered, else the first)
     */
    public void replaceListItems(final Collection<String> newItems, final String select) {
        if (newItems == null || newItems.isEmpty()) {
            throw new IllegalArgumentException("The container with the new items can't be null or empty.");
        }
        m_combo.removeAllItems();
        newItems.forEach(m_combo::addItem);
        String current = ((SettingsModelString)getModel()).getStringValue();
        String target = select != null ? select : (newItems.contains(current) ? current : null);
        if (target != null) {
            m_combo.setSelectedItem(target);
        } else {
            m_combo.setSelectedIndex(0);
        }
        ((SettingsModelString)getModel()).setStringValue((String)m_combo.getSelectedItem());
    }
}
