package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.stream.Collectors;

import javax.swing.JComboBox;
import javax.swing.JLabel;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.ColumnFilter;

/**
 * A label and a combo box choosing a column of an input table. With a {@link SettingsModelColumnName} the RowID is
 * offered first ("&lt;RowID&gt;"); with {@code addNoneCol} a "&lt;none&gt;" entry (stored as null) is offered.
 */
public class DialogComponentColumnNameSelection extends DialogComponent {

    private static final String NONE = "<none>";

    private static final String ROWID = "<RowID>";

    private final JLabel m_label;

    private final JComboBox<String> m_combo = new JComboBox<>();

    private final int m_specIndex;

    private final boolean m_isRequired;

    private final boolean m_addNoneCol;

    private ColumnFilter m_columnFilter;

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param columnFilter which columns are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final ColumnFilter columnFilter) {
        this(model, label, specIndex, true, columnFilter);
    }

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param classFilter columns compatible with any of these value classes are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, true, classFilter);
    }

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param isRequired whether a compatible column must exist and be selected
     * @param classFilter columns compatible with any of these value classes are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, false, classFilter);
    }

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param isRequired whether a compatible column must exist and be selected
     * @param addNoneCol whether a "none" option is offered
     * @param classFilter columns compatible with any of these value classes are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol,
        final Class<? extends DataValue>... classFilter) {
        this(model, label, specIndex, isRequired, addNoneCol, valueFilter(classFilter));
    }

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param isRequired whether a compatible column must exist and be selected
     * @param columnFilter which columns are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final ColumnFilter columnFilter) {
        this(model, label, specIndex, isRequired, false, columnFilter);
    }

    /**
     * @param model the model
     * @param label the label text
     * @param specIndex the input port whose columns are offered
     * @param isRequired whether a compatible column must exist and be selected
     * @param addNoneCol whether a "none" option is offered
     * @param columnFilter which columns are offered
     */
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
        final int specIndex, final boolean isRequired, final boolean addNoneCol, final ColumnFilter columnFilter) {
        super(model);
        if (columnFilter == null) {
            throw new NullPointerException("Column filter must not be null");
        }
        m_label = new JLabel(label);
        m_specIndex = specIndex;
        m_isRequired = isRequired;
        m_addNoneCol = addNoneCol;
        m_columnFilter = columnFilter;
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_combo);
    }

    @SafeVarargs
    private static ColumnFilter valueFilter(final Class<? extends DataValue>... classes) {
        if (classes == null || classes.length == 0) {
            throw new IllegalArgumentException("Classfilter array must not be null or empty");
        }
        return new ColumnFilter() {
            @Override
            public boolean includeColumn(final DataColumnSpec colSpec) {
                return Arrays.stream(classes).anyMatch(c -> colSpec.getType().isCompatible(c));
            }

            @Override
            public String allFilteredMsg() {
                return "No column in spec compatible to "
                    + Arrays.stream(classes).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ".";
            }
        };
    }

    private DataTableSpec spec() {
        PortObjectSpec s = getLastTableSpec(m_specIndex);
        return s instanceof DataTableSpec d ? d : null;
    }

    @Override
    protected void updateComponent() {
        m_combo.removeAllItems();
        SettingsModelString model = (SettingsModelString)getModel();
        if (model instanceof SettingsModelColumnName) {
            m_combo.addItem(ROWID);
        }
        if (m_addNoneCol) {
            m_combo.addItem(NONE);
        }
        DataTableSpec spec = spec();
        if (spec != null) {
            for (DataColumnSpec c : spec) {
                if (m_columnFilter.includeColumn(c)) {
                    m_combo.addItem(c.getName());
                }
            }
        }
        String selected;
        if (model instanceof SettingsModelColumnName cn && cn.useRowID()) {
            selected = ROWID;
        } else {
            selected = model.getStringValue() == null && m_addNoneCol ? NONE : model.getStringValue();
        }
        if (selected != null && indexOf(selected) >= 0) {
            m_combo.setSelectedItem(selected);
        } else if (m_combo.getItemCount() > 0) {
            m_combo.setSelectedIndex(0);
        }
        setEnabledComponents(model.isEnabled());
    }

    private int indexOf(final String item) {
        for (int i = 0; i < m_combo.getItemCount(); i++) {
            if (m_combo.getItemAt(i).equals(item)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        if (specs == null || specs.length <= m_specIndex) {
            throw new NotConfigurableException(
                "Need input table spec to configure dialog. Configure or execute predecessor nodes.");
        }
        if (specs[m_specIndex] != null && !(specs[m_specIndex] instanceof DataTableSpec)) {
            throw new NotConfigurableException(
                "Wrong type of PortObject for ColumnNameSelection, expecting DataTableSpec!");
        }
        if (!m_isRequired) {
            return;
        }
        DataTableSpec spec = (DataTableSpec)specs[m_specIndex];
        if (spec == null) {
            throw new NotConfigurableException(
                "Need input table spec to configure dialog. Configure or execute predecessor nodes.");
        }
        for (DataColumnSpec c : spec) {
            if (m_columnFilter.includeColumn(c)) {
                return;
            }
        }
        throw new NotConfigurableException(m_columnFilter.allFilteredMsg());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        String selected = (String)m_combo.getSelectedItem();
        SettingsModelString model = (SettingsModelString)getModel();
        if (ROWID.equals(selected) && model instanceof SettingsModelColumnName cn) {
            cn.setSelection(null, true);
            return;
        }
        String column = selected == null || NONE.equals(selected) ? null : selected;
        if (column == null && m_isRequired) {
            throw new InvalidSettingsException("Please select a column for \"" + m_label.getText().trim() + "\".");
        }
        if (model instanceof SettingsModelColumnName cn) {
            cn.setSelection(column, false);
        } else {
            model.setStringValue(column);
        }
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

    /** @return the selected column name, or null for none/RowID */
    public final String getSelected() {
        String s = (String)m_combo.getSelectedItem();
        return s == null || NONE.equals(s) || ROWID.equals(s) ? null : s;
    }

    /** @return the spec of the selected column, or null */
    public final DataColumnSpec getSelectedAsSpec() {
        DataTableSpec spec = spec();
        String s = getSelected();
        return spec == null || s == null ? null : spec.getColumnSpec(s);
    }

    /**
     * @param filter the new filter
     * @throws NotConfigurableException if no column of the last spec passes it (and a column is required)
     */
    public void setColumnFilter(final ColumnFilter filter) throws NotConfigurableException {
        if (filter == null) {
            throw new NullPointerException("Column filter must not be null");
        }
        m_columnFilter = filter;
        if (getLastTableSpecs() != null) {
            checkConfigurabilityBeforeLoad(getLastTableSpecs());
        }
        updateComponent();
    }
}
