package org.knime.core.node.port;

import java.lang.reflect.Method;

/**
 * The type of a port: a port object class and its spec class (the return type of {@code getSpec()}). Obtain
 * instances from {@link PortTypeRegistry}.
 */
public final class PortType {

    /** Default color (grey). */
    public static final int DEFAULT_COLOR = 0xff9b9b9b;

    private final Class<? extends PortObject> m_objectClass;

    private final Class<? extends PortObjectSpec> m_specClass;

    private final boolean m_isOptional;

    private final String m_name;

    private final int m_color;

    private final boolean m_isHidden;

    /**
     * @param objectClass the port object class
     * @param isOptional whether the port is optional
     * @deprecated use {@link PortTypeRegistry#getPortType(Class, boolean)}
     */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        this(objectClass, isOptional, null, DEFAULT_COLOR, true);
    }

    /**
     * @param objectClass the port object class
     * @deprecated use {@link PortTypeRegistry#getPortType(Class)}
     */
    @Deprecated
    public PortType(final Class<? extends PortObject> objectClass) {
        this(objectClass, false);
    }

    PortType(final Class<? extends PortObject> objectClass, final boolean isOptional, final String name,
        final int color, final boolean isHidden) {
        m_objectClass = objectClass;
        m_specClass = getPortObjectSpecClass(objectClass);
        m_isOptional = isOptional;
        m_name = name != null ? name : objectClass.getSimpleName();
        m_color = color;
        m_isHidden = isHidden;
    }

    /** @return the display name (stand-in: the simple class name, or "Table" for BufferedDataTable) */
    public String getName() {
        return m_name;
    }

    /** @return the ARGB color */
    public int getColor() {
        return m_color;
    }

    /** @return the spec class */
    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return m_specClass;
    }

    /** @return the port object class */
    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    /** @return whether the port is optional */
    public boolean isOptional() {
        return m_isOptional;
    }

    /** @return whether the type is hidden from the user */
    public boolean isHidden() {
        return m_isHidden;
    }

    /**
     * @param subType another type
     * @return whether its object class is a subclass of this type's object class
     */
    public boolean isSuperTypeOf(final PortType subType) {
        return m_objectClass.isAssignableFrom(subType.m_objectClass);
    }

    @Override
    public String toString() {
        return "PortType(" + m_specClass.getSimpleName() + "," + m_objectClass.getSimpleName() + ")";
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode();
    }

    /** Types are equal if their object classes are (the optional flag is ignored, as in KNIME). */
    @Override
    public boolean equals(final Object obj) {
        return obj instanceof PortType t && t.m_objectClass.equals(m_objectClass);
    }

    /**
     * @param spec a spec or null
     * @return whether null or an instance of the spec class
     */
    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        return spec == null || m_specClass.isAssignableFrom(spec.getClass());
    }

    /**
     * @param portObjectClass a class or null
     * @return whether null or a subclass of the object class
     */
    public boolean acceptsPortObjectClass(final Class<? extends PortObject> portObjectClass) {
        return portObjectClass == null || m_objectClass.isAssignableFrom(portObjectClass);
    }

    /**
     * @param obj an object or null
     * @return whether null or an instance of the object class
     */
    public boolean acceptsPortObject(final PortObject obj) {
        return obj == null || m_objectClass.isAssignableFrom(obj.getClass());
    }

    /**
     * @param objectClass a port object class
     * @return the return type of its {@code getSpec()} method
     */
    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(final Class<? extends PortObject> objectClass) {
        try {
            Method m = objectClass.getMethod("getSpec");
            return m.getReturnType().asSubclass(PortObjectSpec.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(objectClass.getName() + " has no getSpec() method", e);
        }
    }
}
