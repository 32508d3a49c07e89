package org.knime.core.node.port;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;

/**
 * Registry of port types and their serializers.
 * <p>
 * Stand-in notes: KNIME reads the {@code org.knime.core.PortType} extension point. The stand-in has no extension
 * registry; instead a serializer is the public static non-abstract nested class of the port object (spec) class, or
 * of one of its superclasses, that extends {@link PortObjectSerializer} ({@link PortObjectSpecSerializer}) for it,
 * which is KNIME's own convention. Classes are looked up by name among the classes already seen by
 * {@link #getPortType(Class)} first, then via this bundle's and the thread context class loader.
 */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType> m_types = new HashMap<>();

    private final Map<Class<? extends PortObject>, PortType> m_optionalTypes = new HashMap<>();

    private final Map<String, Class<? extends PortObject>> m_objectClasses = new HashMap<>();

    private final Map<String, Class<? extends PortObjectSpec>> m_specClasses = new HashMap<>();

    private final Map<Class<?>, Object> m_serializers = new HashMap<>();

    private PortTypeRegistry() {
    }

    /** @return the singleton */
    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    /** @return all port types created so far */
    public synchronized Collection<PortType> availablePortTypes() {
        return new ArrayList<>(m_types.values());
    }

    /**
     * @param portClass a port object class
     * @return its (non-optional) port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        return getPortType(portClass, false);
    }

    /**
     * @param portClass a port object class
     * @param isOptional whether the optional variant is wanted
     * @return the port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        Map<Class<? extends PortObject>, PortType> map = isOptional ? m_optionalTypes : m_types;
        PortType type = map.get(portClass);
        if (type == null) {
            // BufferedDataTable is named by class name to avoid initialising it from here
            String name = "org.knime.core.node.BufferedDataTable".equals(portClass.getName()) ? "Table" : null;
            int color = name != null ? 0xff000000 : PortType.DEFAULT_COLOR;
            type = new PortType(portClass, isOptional, name, color, false);
            map.put(portClass, type);
            m_objectClasses.put(portClass.getName(), portClass);
            m_specClasses.put(type.getPortObjectSpecClass().getName(), type.getPortObjectSpecClass());
        }
        return type;
    }

    /**
     * @param className a port object class name
     * @return the class, if it can be found
     * @throws ClassCastException if the class is not a port object class
     */
    public Optional<Class<? extends PortObject>> getObjectClass(final String className) {
        synchronized (this) {
            Class<? extends PortObject> known = m_objectClasses.get(className);
            if (known != null) {
                return Optional.of(known);
            }
        }
        return loadClass(className).map(c -> c.asSubclass(PortObject.class));
    }

    /**
     * @param className a spec class name
     * @return the class, if it can be found
     * @throws ClassCastException if the class is not a spec class
     */
    public Optional<Class<? extends PortObjectSpec>> getSpecClass(final String className) {
        synchronized (this) {
            Class<? extends PortObjectSpec> known = m_specClasses.get(className);
            if (known != null) {
                return Optional.of(known);
            }
        }
        return loadClass(className).map(c -> c.asSubclass(PortObjectSpec.class));
    }

    /**
     * @param objectClass a port object class
     * @return its serializer, if one is found
     */
    @SuppressWarnings("unchecked")
    public Optional<PortObjectSerializer<PortObject>>
        getObjectSerializer(final Class<? extends PortObject> objectClass) {
        return Optional.ofNullable((PortObjectSerializer<PortObject>)findSerializer(objectClass,
            PortObjectSerializer.class, PortObject.class));
    }

    /**
     * @param specClass a spec class
     * @return its serializer, if one is found
     */
    @SuppressWarnings("unchecked")
    public Optional<PortObjectSpecSerializer<PortObjectSpec>>
        getSpecSerializer(final Class<? extends PortObjectSpec> specClass) {
        return Optional.ofNullable((PortObjectSpecSerializer<PortObjectSpec>)findSerializer(specClass,
            PortObjectSpecSerializer.class, PortObjectSpec.class));
    }

    private synchronized Object findSerializer(final Class<?> target, final Class<?> serializerBase, final Class<?> bound) {
        if (m_serializers.containsKey(target)) {
            return m_serializers.get(target);
        }
        Object found = null;
        for (Class<?> c = target; c != null && found == null; c = c.getSuperclass()) {
            for (Class<?> nested : c.getDeclaredClasses()) {
                int mod = nested.getModifiers();
                if (!serializerBase.isAssignableFrom(nested) || Modifier.isAbstract(mod) || !Modifier.isStatic(mod)) {
                    continue;
                }
                Class<?> handled = typeArgument(nested, bound);
                if (handled != null && handled.isAssignableFrom(target)) {
                    found = instantiate(nested);
                    break;
                }
            }
        }
        m_serializers.put(target, found);
        return found;
    }

    private static Object instantiate(final Class<?> c) {
        try {
            Constructor<?> ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate serializer " + c.getName()
                + " (a public no-arg constructor is required)", e);
        }
    }

    private static Optional<Class<?>> loadClass(final String className) {
        try {
            return Optional.of(Class.forName(className, false, PortTypeRegistry.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            ClassLoader ctx = Thread.currentThread().getContextClassLoader();
            if (ctx == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Class.forName(className, false, ctx));
            } catch (ClassNotFoundException e2) {
                return Optional.empty();
            }
        }
    }

    /**
     * Resolves the concrete class bound to the first type parameter of a generic serializer superclass, e.g.
     * {@code MyModel} for {@code class Serializer extends AbstractPortObjectSerializer<MyModel>}.
     *
     * @return the class (a subtype of {@code bound}), or null if not resolvable
     */
    static Class<?> typeArgument(final Class<?> serializerClass, final Class<?> bound) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        for (Class<?> c = serializerClass; c != null && c != Object.class; c = c.getSuperclass()) {
            Type sup = c.getGenericSuperclass();
            if (!(sup instanceof ParameterizedType p)) {
                continue;
            }
            Class<?> raw = (Class<?>)p.getRawType();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < vars.length; i++) {
                Type a = args[i];
                while (a instanceof TypeVariable<?> v && bindings.containsKey(v)) {
                    a = bindings.get(v);
                }
                bindings.put(vars[i], a);
            }
            if (raw == PortObjectSerializer.class || raw == PortObjectSpecSerializer.class) {
                Type t = bindings.get(vars[0]);
                if (t instanceof ParameterizedType pt) {
                    t = pt.getRawType();
                }
                return t instanceof Class<?> k && bound.isAssignableFrom(k) ? k : null;
            }
        }
        return null;
    }

    /**
     * Creates the object a serializer reads: the class named in the saved content, looked up via the serializer's
     * type argument (and its class loader, which also works across OSGi bundles), then the registry.
     *
     * @throws IOException if the class cannot be found, is not a {@code base}, or has no public no-arg constructor
     */
    static <B> B instantiate(final String className, final Class<?> hint, final Class<B> base) throws IOException {
        Class<?> c = null;
        if (hint != null && hint.getName().equals(className)) {
            c = hint;
        } else if (hint != null && hint.getClassLoader() != null) {
            try {
                c = Class.forName(className, false, hint.getClassLoader());
            } catch (ClassNotFoundException e) { // NOSONAR fall back to the registry
            }
        }
        if (c == null) {
            synchronized (INSTANCE) {
                c = INSTANCE.m_objectClasses.get(className);
                if (c == null) {
                    c = INSTANCE.m_specClasses.get(className);
                }
            }
        }
        if (c == null) {
            c = loadClass(className).orElseThrow(() -> new IOException("Unable to load class " + className));
        }
        if (!base.isAssignableFrom(c)) {
            throw new IOException("Class \"" + className + "\" is not of type " + base.getSimpleName());
        }
        try {
            return base.cast(c.getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IOException("Failed to instantiate class \"" + c.getSimpleName()
                + "\" (failed to invoke public no-arg constructor): " + e, e);
        }
    }

    /** Wraps a zip stream so that closing (e.g. by an XML writer) only closes the current entry. */
    static OutputStream nonClosing(final java.util.zip.ZipOutputStream zip) {
        return new FilterOutputStream(zip) {
            @Override
            public void write(final byte[] b, final int off, final int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.flush();
                zip.closeEntry();
            }
        };
    }

    /** Wraps a zip stream so that closing (e.g. by an XML parser) does not close the zip stream. */
    static InputStream nonClosing(final java.util.zip.ZipInputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // keep the zip stream open
            }
        };
    }
}
