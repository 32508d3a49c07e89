package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Reports progress and messages and tells whether execution was canceled.
 * <p>
 * Stand-in notes: a monitor reports into a progress tree (package-private {@link Progress}); sub-progress monitors
 * add {@code delta * maxProg} to their parent, so a sub-monitor going from 0 to 1 advances the parent by
 * {@code maxProg}. Messages of (non-silent) sub-monitors replace the root message. The root records every reported
 * progress value and message, readable through {@code StandInHarness}. All methods are thread-safe.
 */
public class ExecutionMonitor {

    /** One node of the progress tree; the root holds the state. */
    static final class Progress {
        private final Progress m_parent;

        private final double m_weight;

        private final boolean m_silent;

        private final boolean m_cancelable;

        /** A pass-through node forwards everything unchanged to its parent (used for non-cancelable monitors). */
        private final boolean m_passThrough;

        private double m_local;

        // root state, guarded by the root
        private volatile boolean m_canceled;

        private double m_value;

        private String m_message;

        private final List<Double> m_history;

        private final List<String> m_messages;

        private final List<DoubleConsumer> m_listeners;

        /** Creates a root. */
        Progress() {
            this(null, 1, false, true, false);
        }

        private Progress(final Progress parent, final double weight, final boolean silent, final boolean cancelable,
            final boolean passThrough) {
            m_parent = parent;
            m_passThrough = passThrough;
            m_weight = weight;
            m_silent = silent;
            m_cancelable = cancelable;
            boolean root = parent == null;
            m_history = root ? new ArrayList<>() : null;
            m_messages = root ? new ArrayList<>() : null;
            m_listeners = root ? new ArrayList<>() : null;
        }

        Progress root() {
            Progress p = this;
            while (p.m_parent != null) {
                p = p.m_parent;
            }
            return p;
        }

        Progress sub(final double maxProg, final boolean silent, final boolean cancelable) {
            if (!(maxProg >= 0 && maxProg <= 1)) {
                throw new IllegalArgumentException("Sub-progress range must be in [0,1]: " + maxProg);
            }
            return new Progress(this, maxProg, silent || m_silent, cancelable && m_cancelable, false);
        }

        Progress nonCancelable() {
            return new Progress(this, 1, m_silent, false, true);
        }

        boolean isCanceled() {
            for (Progress n = this; n != null; n = n.m_parent) {
                if (!n.m_cancelable) {
                    return false;
                }
            }
            return root().m_canceled;
        }

        void cancel() {
            root().m_canceled = true;
        }

        /** Sets this node's progress in [0,1] (NaN = unknown, ignored) and optionally the message. */
        void set(final double progress, final boolean setMessage, final String message) {
            if (m_passThrough) {
                m_parent.set(progress, setMessage, message);
                return;
            }
            Progress root = root();
            synchronized (root) {
                if (!Double.isNaN(progress)) {
                    double p = Math.max(0, Math.min(1, progress));
                    double delta = p - m_local;
                    m_local = p;
                    for (Progress n = this; n.m_parent != null; n = n.m_parent) {
                        delta *= n.m_weight;
                        n.m_parent.m_local += delta;
                    }
                    if (this == root) {
                        root.m_value = p;
                    } else {
                        root.m_value = Math.max(0, Math.min(1, root.m_local));
                    }
                    root.m_history.add(root.m_value);
                }
                if (setMessage && !m_silent) {
                    root.m_message = message;
                    root.m_messages.add(message);
                }
            }
            if (!Double.isNaN(progress)) {
                List<DoubleConsumer> listeners;
                double value;
                synchronized (root) {
                    listeners = new ArrayList<>(root.m_listeners);
                    value = root.m_value;
                }
                listeners.forEach(l -> l.accept(value));
            }
        }

        double value() {
            Progress root = root();
            synchronized (root) {
                return root.m_value;
            }
        }

        String message() {
            Progress root = root();
            synchronized (root) {
                return root.m_message;
            }
        }

        List<Double> history() {
            Progress root = root();
            synchronized (root) {
                return List.copyOf(root.m_history);
            }
        }

        List<String> messages() {
            Progress root = root();
            synchronized (root) {
                return new ArrayList<>(root.m_messages);
            }
        }

        void addListener(final DoubleConsumer l) {
            Progress root = root();
            synchronized (root) {
                root.m_listeners.add(l);
            }
        }
    }

    private final Progress m_progress;

    /** Creates a monitor with its own, never canceled progress root. */
    public ExecutionMonitor() {
        this(new Progress());
    }

    ExecutionMonitor(final Progress progress) {
        m_progress = progress;
    }

    Progress progress() {
        return m_progress;
    }

    /** @throws CanceledExecutionException if execution was canceled */
    public void checkCanceled() throws CanceledExecutionException {
        if (m_progress.isCanceled()) {
            throw new CanceledExecutionException("Execution canceled");
        }
    }

    /** @param progress the progress in [0,1] */
    public void setProgress(final double progress) {
        m_progress.set(progress, false, null);
    }

    /**
     * @param progress the progress in [0,1]
     * @param message the new message
     */
    public void setProgress(final double progress, final String message) {
        m_progress.set(progress, true, message);
    }

    /**
     * @param progress the progress in [0,1]
     * @param messageSupplier supplies the new message (evaluated immediately in the stand-in)
     */
    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        m_progress.set(progress, true, messageSupplier == null ? null : messageSupplier.get());
    }

    /** @param message the new message */
    public void setMessage(final String message) {
        m_progress.set(Double.NaN, true, message);
    }

    /** @param messageSupplier supplies the new message (evaluated immediately in the stand-in) */
    public void setMessage(final Supplier<String> messageSupplier) {
        setMessage(messageSupplier == null ? null : messageSupplier.get());
    }

    /** @param message the new message (progress unchanged) */
    public void setProgress(final String message) {
        setMessage(message);
    }

    /**
     * @param maxProg the share of this monitor's range the sub-monitor covers, in [0,1]
     * @return a sub-monitor
     */
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(m_progress.sub(maxProg, false, true));
    }

    /**
     * @param maxProg the share of this monitor's range the sub-monitor covers, in [0,1]
     * @return a sub-monitor ignoring messages
     */
    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        return new ExecutionMonitor(m_progress.sub(maxProg, true, true));
    }

    /** @return a monitor reporting into this one whose checkCanceled never throws */
    public ExecutionMonitor createNonCancelableSubProgress() {
        return new ExecutionMonitor(m_progress.nonCancelable());
    }
}
