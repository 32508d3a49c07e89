package org.knime.core.node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.internal.standin.WorkflowContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.knime.core.node.workflow.FlowVariable;

/**
 * Test harness that plays the KNIME framework for unit tests of nodes.
 * <p>
 * <b>This class exists only in the build-time stand-in of org.knime.core; it is not KNIME API.</b> Code that ships
 * must never use it. It lives in {@code org.knime.core.node} to reach the framework-only members (protected
 * {@code NodeModel} hooks, package-private constructors of {@link ExecutionContext} and {@link BufferedDataTable}).
 */
public final class StandInHarness {

    private StandInHarness() {
    }

    // ------------------------------------------------------------------------------------ execution contexts

    /** @return a fresh execution context with its own progress record and cancel flag */
    public static ExecutionContext createExecutionContext() {
        return new ExecutionContext(new ExecutionMonitor.Progress());
    }

    /**
     * Cancels the execution the monitor belongs to (its whole progress tree); safe to call from any thread.
     *
     * @param exec any monitor of the execution
     */
    public static void cancel(final ExecutionMonitor exec) {
        exec.progress().cancel();
    }

    /**
     * @param exec any monitor of an execution
     * @return whether that execution was canceled
     */
    public static boolean isCanceled(final ExecutionMonitor exec) {
        return exec.progress().root().isCanceled();
    }

    /**
     * @param exec any monitor of an execution
     * @return the latest overall progress in [0,1] (0 if none was reported)
     */
    public static double getProgress(final ExecutionMonitor exec) {
        return exec.progress().value();
    }

    /**
     * @param exec any monitor of an execution
     * @return the latest message (null if none was set)
     */
    public static String getMessage(final ExecutionMonitor exec) {
        return exec.progress().message();
    }

    /**
     * @param exec any monitor of an execution
     * @return every overall progress value reported so far, in order
     */
    public static List<Double> getProgressHistory(final ExecutionMonitor exec) {
        return exec.progress().history();
    }

    /**
     * @param exec any monitor of an execution
     * @return every message set so far, in order (may contain null)
     */
    public static List<String> getMessageHistory(final ExecutionMonitor exec) {
        return exec.progress().messages();
    }

    /**
     * Registers a listener called (on the reporting thread) with the overall progress after each report.
     *
     * @param exec any monitor of an execution
     * @param listener the listener
     */
    public static void onProgress(final ExecutionMonitor exec, final DoubleConsumer listener) {
        exec.progress().addListener(listener);
    }

    /**
     * Cancels the execution as soon as its overall progress reaches the threshold: a deterministic way to test
     * cancellation in the middle of an execution.
     *
     * @param exec any monitor of an execution
     * @param threshold the progress in [0,1] at which to cancel
     */
    public static void cancelWhenProgressReaches(final ExecutionMonitor exec, final double threshold) {
        onProgress(exec, p -> {
            if (p >= threshold) {
                cancel(exec);
            }
        });
    }

    // ------------------------------------------------------------------------------------------ workflow context

    /**
     * Sets the directory that {@code knime://knime.workflow/...} URLs resolve against in
     * {@link org.knime.core.util.FileUtil#resolveToPath(java.net.URL)} (in KNIME: the directory of the workflow the
     * executing node belongs to). One setting for the whole JVM, so tests that set it must not run in parallel and
     * should clear it afterwards.
     *
     * @param workflowDir the workflow directory, or null to clear it
     */
    public static void setWorkflowDirectory(final Path workflowDir) {
        WorkflowContext.setWorkflowDirectory(workflowDir);
    }

    /** @return the directory set by {@link #setWorkflowDirectory(Path)}, or null */
    public static Path getWorkflowDirectory() {
        return WorkflowContext.getWorkflowDirectory();
    }

    // ------------------------------------------------------------------------------------------------ tables

    /**
     * @param spec the spec
     * @param rows the rows (checked like a data container does)
     * @return an in-memory table
     */
    public static BufferedDataTable createTable(final DataTableSpec spec, final DataRow... rows) {
        return createTable(spec, Arrays.asList(rows));
    }

    /**
     * @param spec the spec
     * @param rows the rows (checked like a data container does)
     * @return an in-memory table
     */
    public static BufferedDataTable createTable(final DataTableSpec spec, final List<? extends DataRow> rows) {
        BufferedDataContainer c = new BufferedDataContainer(spec, false);
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    /**
     * @param table a table
     * @return its rows in order
     */
    public static List<DataRow> rows(final BufferedDataTable table) {
        List<DataRow> rows = new ArrayList<>();
        table.forEach(rows::add);
        return rows;
    }

    // ------------------------------------------------------------------------------------------- node model

    /**
     * Calls {@code configure(PortObjectSpec[])} like the framework: clears the warning first and checks the number
     * and types of input and output specs.
     *
     * @param model the model
     * @param inSpecs one spec per input port (entries may be null)
     * @return the output specs
     * @throws InvalidSettingsException if the model cannot be configured
     */
    public static PortObjectSpec[] configure(final NodeModel model, final PortObjectSpec... inSpecs)
        throws InvalidSettingsException {
        checkInputs(model, inSpecs.length);
        for (int i = 0; i < inSpecs.length; i++) {
            if (!model.getInPortType(i).acceptsPortObjectSpec(inSpecs[i])) {
                throw new IllegalArgumentException("Input spec " + i + " (" + inSpecs[i].getClass().getName()
                    + ") does not fit port type " + model.getInPortType(i));
            }
        }
        model.setWarningMessage(null);
        PortObjectSpec[] out = model.configure(inSpecs.clone());
        if (out == null || out.length != model.getNrOutPorts()) {
            throw new IllegalStateException("configure() returned " + (out == null ? "null" : out.length + " specs")
                + " for " + model.getNrOutPorts() + " output ports");
        }
        for (int i = 0; i < out.length; i++) {
            if (!model.getOutPortType(i).acceptsPortObjectSpec(out[i])) {
                throw new IllegalStateException("configure() returned a " + out[i].getClass().getName()
                    + " for output port " + i + " of type " + model.getOutPortType(i));
            }
        }
        return out;
    }

    /**
     * Calls {@code execute(PortObject[], ExecutionContext)} like the framework: clears the warning first and checks
     * that every output is non-null and of its port's type.
     *
     * @param model the model
     * @param exec the context (see {@link #createExecutionContext()})
     * @param inObjects one object per input port
     * @return the outputs
     * @throws Exception whatever execute throws (e.g. CanceledExecutionException)
     */
    public static PortObject[] execute(final NodeModel model, final ExecutionContext exec,
        final PortObject... inObjects) throws Exception {
        checkInputs(model, inObjects.length);
        for (int i = 0; i < inObjects.length; i++) {
            if (!model.getInPortType(i).acceptsPortObject(inObjects[i])) {
                throw new IllegalArgumentException("Input " + i + " (" + inObjects[i].getClass().getName()
                    + ") does not fit port type " + model.getInPortType(i));
            }
        }
        model.setWarningMessage(null);
        PortObject[] out = model.execute(inObjects.clone(), exec);
        if (out == null || out.length != model.getNrOutPorts()) {
            throw new IllegalStateException("execute() returned " + (out == null ? "null" : out.length + " objects")
                + " for " + model.getNrOutPorts() + " output ports");
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null || !model.getOutPortType(i).acceptsPortObject(out[i])) {
                throw new IllegalStateException("execute() returned " + (out[i] == null ? "null" : "a "
                    + out[i].getClass().getName()) + " for output port " + i + " of type " + model.getOutPortType(i));
            }
        }
        return out;
    }

    /**
     * Like {@link #execute(NodeModel, ExecutionContext, PortObject...)} with a fresh context.
     *
     * @param model the model
     * @param inObjects one object per input port
     * @return the outputs
     * @throws Exception whatever execute throws
     */
    public static PortObject[] execute(final NodeModel model, final PortObject... inObjects) throws Exception {
        return execute(model, createExecutionContext(), inObjects);
    }

    /**
     * Runs {@link #execute(NodeModel, ExecutionContext, PortObject...)} on a new daemon thread, e.g. to
     * {@link #cancel(ExecutionMonitor)} it from the test thread.
     *
     * @param model the model
     * @param exec the context
     * @param inObjects one object per input port
     * @return the running execution; {@code get()} throws ExecutionException wrapping execute's exception
     */
    public static Future<PortObject[]> executeAsync(final NodeModel model, final ExecutionContext exec,
        final PortObject... inObjects) {
        FutureTask<PortObject[]> task = new FutureTask<>(() -> execute(model, exec, inObjects));
        Thread t = new Thread(task, "StandInHarness-execute-" + model.getClass().getSimpleName());
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static void checkInputs(final NodeModel model, final int n) {
        if (n != model.getNrInPorts()) {
            throw new IllegalArgumentException(n + " inputs given for " + model.getNrInPorts() + " input ports");
        }
    }

    /** @param model the model to reset */
    public static void reset(final NodeModel model) {
        model.reset();
    }

    /**
     * @param model the model
     * @return its settings, saved into a new {@code NodeSettings("model")}
     */
    public static NodeSettings saveSettings(final NodeModel model) {
        NodeSettings settings = new NodeSettings("model");
        model.saveSettingsTo(settings);
        return settings;
    }

    /**
     * @param model the model
     * @param settings receives its settings
     */
    public static void saveSettingsTo(final NodeModel model, final NodeSettingsWO settings) {
        model.saveSettingsTo(settings);
    }

    /**
     * @param model the model
     * @param settings settings to check
     * @throws InvalidSettingsException if they are invalid
     */
    public static void validateSettings(final NodeModel model, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        model.validateSettings(settings);
    }

    /**
     * @param model the model
     * @param settings validated settings
     * @throws InvalidSettingsException if they cannot be loaded
     */
    public static void loadValidatedSettingsFrom(final NodeModel model, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        model.loadValidatedSettingsFrom(settings);
    }

    /**
     * What the framework does when settings are applied: validate, then load.
     *
     * @param model the model
     * @param settings the settings
     * @throws InvalidSettingsException if they are invalid
     */
    public static void loadSettingsFrom(final NodeModel model, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        model.validateSettings(settings);
        model.loadValidatedSettingsFrom(settings);
    }

    /**
     * @param model the model
     * @param nodeInternDir the directory to save internals to
     * @throws IOException on write errors
     * @throws CanceledExecutionException if canceled
     */
    public static void saveInternals(final NodeModel model, final File nodeInternDir)
        throws IOException, CanceledExecutionException {
        model.saveInternals(nodeInternDir, new ExecutionMonitor());
    }

    /**
     * @param model the model
     * @param nodeInternDir the directory to load internals from
     * @throws IOException on read errors
     * @throws CanceledExecutionException if canceled
     */
    public static void loadInternals(final NodeModel model, final File nodeInternDir)
        throws IOException, CanceledExecutionException {
        model.loadInternals(nodeInternDir, new ExecutionMonitor());
    }

    /**
     * @param model the model
     * @return its current warning message, or null
     */
    public static String getWarningMessage(final NodeModel model) {
        return model.getWarningMessage();
    }

    /**
     * @param model the model
     * @return its input port types
     */
    public static PortType[] getInPortTypes(final NodeModel model) {
        PortType[] types = new PortType[model.getNrInPorts()];
        Arrays.setAll(types, model::getInPortType);
        return types;
    }

    /**
     * @param model the model
     * @return its output port types
     */
    public static PortType[] getOutPortTypes(final NodeModel model) {
        PortType[] types = new PortType[model.getNrOutPorts()];
        Arrays.setAll(types, model::getOutPortType);
        return types;
    }

    /**
     * Makes a flow variable visible to the model (as if it came from upstream).
     *
     * @param model the model
     * @param variable the variable
     */
    public static void setFlowVariable(final NodeModel model, final FlowVariable variable) {
        model.putFlowVariable(variable);
    }

    /**
     * @param model the model
     * @return incoming and pushed flow variables by name
     */
    public static Map<String, FlowVariable> getFlowVariables(final NodeModel model) {
        return model.flowVariables();
    }

    // ------------------------------------------------------------------------------------ factories & dialogs

    /**
     * @param factory a factory
     * @return its number of views
     */
    public static int getNrNodeViews(final NodeFactory<?> factory) {
        return factory.getNrNodeViews();
    }

    /**
     * @param factory a factory
     * @return whether it has a dialog
     */
    @SuppressWarnings("removal")
    public static boolean hasDialog(final NodeFactory<?> factory) {
        return factory.hasDialog();
    }

    /**
     * @param factory a factory
     * @return a new dialog
     */
    @SuppressWarnings("removal")
    public static NodeDialogPane createNodeDialogPane(final NodeFactory<?> factory) {
        return factory.createNodeDialogPane();
    }

    /**
     * Loads settings into a dialog as the framework does when it opens.
     *
     * @param dialog the dialog
     * @param settings the model settings
     * @param specs one spec per input port
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public static void loadDialogSettings(final NodeDialogPane dialog, final NodeSettingsRO settings,
        final PortObjectSpec... specs) throws NotConfigurableException {
        dialog.loadSettingsFrom(settings, specs);
        dialog.onOpen();
    }

    /**
     * Saves a dialog's settings as the framework does on OK/Apply.
     *
     * @param dialog the dialog
     * @return the settings in a new {@code NodeSettings("model")}
     * @throws InvalidSettingsException if the entered values are invalid
     */
    public static NodeSettings saveDialogSettings(final NodeDialogPane dialog) throws InvalidSettingsException {
        NodeSettings settings = new NodeSettings("model");
        dialog.finishEditingAndSaveSettingsTo(settings);
        return settings;
    }

    // ------------------------------------------------------------------------------------------- port objects

    /**
     * Saves a port object and its spec with their registered serializers (see PortTypeRegistry) into one zip file
     * with entries {@code classes.xml}, {@code spec.zip} and {@code object.zip}.
     *
     * @param po the port object
     * @param zipFile the file to write
     * @throws IOException on write errors or if there is no serializer
     * @throws CanceledExecutionException if canceled
     */
    public static void savePortObject(final PortObject po, final File zipFile)
        throws IOException, CanceledExecutionException {
        try (OutputStream out = new FileOutputStream(zipFile)) {
            out.write(savePortObject(po));
        }
    }

    /**
     * @param zipFile a file written by {@link #savePortObject(PortObject, File)}
     * @param objectClass the expected port object class
     * @param <T> the port object class
     * @return the loaded object
     * @throws IOException on read errors or if there is no serializer
     * @throws CanceledExecutionException if canceled
     */
    public static <T extends PortObject> T loadPortObject(final File zipFile, final Class<T> objectClass)
        throws IOException, CanceledExecutionException {
        try (InputStream in = new FileInputStream(zipFile)) {
            return loadPortObject(in.readAllBytes(), objectClass);
        }
    }

    /**
     * Saves and reloads a port object through its serializers.
     *
     * @param <T> the port object class
     * @param po the object
     * @return the reloaded object
     * @throws IOException on errors or if there is no serializer
     * @throws CanceledExecutionException if canceled
     */
    @SuppressWarnings("unchecked")
    public static <T extends PortObject> T roundTrip(final T po) throws IOException, CanceledExecutionException {
        return loadPortObject(savePortObject(po), (Class<T>)po.getClass());
    }

    /**
     * Saves and reloads a spec through its serializer.
     *
     * @param <T> the spec class
     * @param spec the spec
     * @return the reloaded spec
     * @throws IOException on errors or if there is no serializer
     */
    @SuppressWarnings("unchecked")
    public static <T extends PortObjectSpec> T roundTripSpec(final T spec) throws IOException {
        return (T)readSpec(writeSpec(spec), spec.getClass());
    }

    private static byte[] savePortObject(final PortObject po) throws IOException, CanceledExecutionException {
        PortObjectSerializer<PortObject> ser = PortTypeRegistry.getInstance().getObjectSerializer(po.getClass())
            .orElseThrow(() -> new IOException("No serializer for port object class " + po.getClass().getName()));
        PortObjectSpec spec = po.getSpec();
        ModelContent classes = new ModelContent("classes.xml");
        classes.addString("object_class", po.getClass().getName());
        classes.addString("spec_class", spec == null ? null : spec.getClass().getName());
        ByteArrayOutputStream objectBytes = new ByteArrayOutputStream();
        try (PortObjectZipOutputStream out = newStream(PortObjectZipOutputStream.class, objectBytes)) {
            ser.savePortObject(po, out, new ExecutionMonitor());
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(all)) {
            zip.putNextEntry(new ZipEntry("classes.xml"));
            classes.saveToXML(new FilterOutputStream(zip) {
                @Override
                public void close() throws IOException {
                    zip.closeEntry();
                }
            });
            if (spec != null) {
                zip.putNextEntry(new ZipEntry("spec.zip"));
                zip.write(writeSpec(spec));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("object.zip"));
            zip.write(objectBytes.toByteArray());
            zip.closeEntry();
        }
        return all.toByteArray();
    }

    private static <T extends PortObject> T loadPortObject(final byte[] data, final Class<T> objectClass)
        throws IOException, CanceledExecutionException {
        byte[] specBytes = null;
        byte[] objectBytes = null;
        ModelContentRO classes = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                switch (e.getName()) {
                    case "classes.xml" -> classes = ModelContent.loadFromXML(new FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // keep the zip open
                        }
                    });
                    case "spec.zip" -> specBytes = zip.readAllBytes();
                    case "object.zip" -> objectBytes = zip.readAllBytes();
                    default -> throw new IOException("Unexpected entry " + e.getName());
                }
            }
        }
        if (classes == null || objectBytes == null) {
            throw new IOException("Not a port object file written by StandInHarness");
        }
        String specClassName = classes.getString("spec_class", null);
        PortObjectSpec spec = null;
        if (specBytes != null && specClassName != null) {
            Class<?> specClass = load(specClassName, objectClass);
            spec = readSpec(specBytes, specClass);
        }
        PortObjectSerializer<PortObject> ser = PortTypeRegistry.getInstance().getObjectSerializer(objectClass)
            .orElseThrow(() -> new IOException("No serializer for port object class " + objectClass.getName()));
        try (PortObjectZipInputStream in =
            newStream(PortObjectZipInputStream.class, new ByteArrayInputStream(objectBytes))) {
            return objectClass.cast(ser.loadPortObject(in, spec, new ExecutionMonitor()));
        }
    }

    private static Class<?> load(final String name, final Class<?> context) throws IOException {
        try {
            return Class.forName(name, false, context.getClassLoader());
        } catch (ClassNotFoundException e) {
            return PortTypeRegistry.getInstance().getSpecClass(name)
                .orElseThrow(() -> new IOException("Spec class " + name + " not found", e));
        }
    }

    private static byte[] writeSpec(final PortObjectSpec spec) throws IOException {
        PortObjectSpecSerializer<PortObjectSpec> ser = PortTypeRegistry.getInstance()
            .getSpecSerializer(spec.getClass())
            .orElseThrow(() -> new IOException("No serializer for spec class " + spec.getClass().getName()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortObjectSpecZipOutputStream out = newStream(PortObjectSpecZipOutputStream.class, bytes)) {
            ser.savePortObjectSpec(spec, out);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static PortObjectSpec readSpec(final byte[] data, final Class<?> specClass) throws IOException {
        PortObjectSpecSerializer<PortObjectSpec> ser = PortTypeRegistry.getInstance()
            .getSpecSerializer((Class<? extends PortObjectSpec>)specClass)
            .orElseThrow(() -> new IOException("No serializer for spec class " + specClass.getName()));
        try (PortObjectSpecZipInputStream in =
            newStream(PortObjectSpecZipInputStream.class, new ByteArrayInputStream(data))) {
            return ser.loadPortObjectSpec(in);
        }
    }

    /** The zip stream constructors are framework-only (package-private), hence reflection. */
    private static <S> S newStream(final Class<S> streamClass, final Object arg) throws IOException {
        Class<?> argType = arg instanceof InputStream ? InputStream.class : OutputStream.class;
        try {
            Constructor<S> c = streamClass.getDeclaredConstructor(argType);
            c.setAccessible(true);
            return c.newInstance(arg);
        } catch (ReflectiveOperationException e) {
            throw new IOException("Cannot create " + streamClass.getSimpleName(), e);
        }
    }
}
