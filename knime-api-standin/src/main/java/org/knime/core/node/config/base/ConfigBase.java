package org.knime.core.node.config.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.swing.tree.TreeNode;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.knime.core.node.InvalidSettingsException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An ordered tree of typed key/value entries and sub-configs, persisted in KNIME's XMLConfig format.
 * <p>
 * Stand-in notes: values are kept in their textual XML form, so a write/read round trip is exact; arrays are
 * sub-configs with {@code array-size} and entries {@code "0".."n-1"}; {@code null} strings are written with
 * {@code isnull="true"}; characters illegal in XML 1.0 are escaped as {@code %%ddddd}. Password entries are read and
 * written verbatim but have no accessors here.
 */
public abstract class ConfigBase implements Serializable, ConfigBaseRO, ConfigBaseWO, TreeNode {

    private static final long serialVersionUID = 1L;

    private static final String ARRAY_SIZE = "array-size";

    private static final String XML_NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    private static final String XSD_LOCATION = XML_NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd";

    /** Entry types as spelled in the XML {@code type} attribute. */
    private enum Kind {
            xstring, xint, xdouble, xfloat, xlong, xshort, xbyte, xchar, xboolean, xpassword, xtransientstring;

        /** Checks that a textual value read from XML can be converted to this type. */
        void check(final String text) {
            switch (this) {
                case xint -> Integer.parseInt(text);
                case xdouble, xfloat -> Double.parseDouble(text);
                case xlong -> Long.parseLong(text);
                case xshort -> Short.parseShort(text);
                case xbyte -> Byte.parseByte(text);
                case xchar -> {
                    if (text.length() != 1) {
                        throw new IllegalArgumentException("a char value must have exactly one character");
                    }
                }
                case xboolean -> {
                    if (!"true".equals(text) && !"false".equals(text)) {
                        throw new IllegalArgumentException("a boolean value must be 'true' or 'false'");
                    }
                }
                default -> {
                    // strings need no check
                }
            }
        }
    }

    /** A leaf entry; the value is stored in its XML text form ({@code null} only for strings). */
    private static final class Leaf implements TreeNode, Serializable {
        private static final long serialVersionUID = 1L;

        private final String m_key;

        private final Kind m_kind;

        private final String m_text;

        private ConfigBase m_parent;

        Leaf(final String key, final Kind kind, final String text) {
            m_key = key;
            m_kind = kind;
            m_text = text;
        }

        @Override
        public TreeNode getChildAt(final int childIndex) {
            throw new IndexOutOfBoundsException("A config entry has no children");
        }

        @Override
        public int getChildCount() {
            return 0;
        }

        @Override
        public TreeNode getParent() {
            return m_parent;
        }

        @Override
        public int getIndex(final TreeNode node) {
            return -1;
        }

        @Override
        public boolean getAllowsChildren() {
            return false;
        }

        @Override
        public boolean isLeaf() {
            return true;
        }

        @Override
        public Enumeration<? extends TreeNode> children() {
            return Collections.emptyEnumeration();
        }

        @Override
        public boolean equals(final Object o) {
            return o instanceof Leaf l && l.m_key.equals(m_key) && l.m_kind == m_kind
                && Objects.equals(l.m_text, m_text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(m_key, m_kind, m_text);
        }

        @Override
        public String toString() {
            return m_key + " (" + m_kind + "): " + m_text;
        }
    }

    private String m_key;

    private ConfigBase m_parent;

    private final LinkedHashMap<String, Object> m_map = new LinkedHashMap<>();

    /**
     * Creates a new, empty config.
     *
     * @param key the key of this config
     */
    public ConfigBase(final String key) {
        m_key = checkKey(key);
    }

    private static String checkKey(final String key) {
        if (key == null) {
            throw new IllegalArgumentException("Config key must not be null");
        }
        return key;
    }

    /**
     * Creates a new, empty config of the same runtime type.
     *
     * @param key the key of the new config
     * @return the new config
     */
    public abstract ConfigBase getInstance(final String key);

    @Override
    public final String getKey() {
        return m_key;
    }

    @Override
    public final ConfigBase addConfigBase(final String key) {
        ConfigBase sub = getInstance(key);
        put(key, sub);
        return sub;
    }

    /**
     * Adds a complete sub-config, which must be of exactly this config's class.
     *
     * @param config the config to add under its own key
     */
    protected final void addConfigBase(final ConfigBase config) {
        if (config.getClass() != getClass()) {
            throw new IllegalArgumentException(
                "Cannot add a " + config.getClass().getName() + " to a " + getClass().getName());
        }
        put(config.getKey(), config);
    }

    @Override
    public final ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        if (m_map.get(key) instanceof ConfigBase c) {
            return c;
        }
        throw new InvalidSettingsException("Config for key \"" + key + "\" not found" + where());
    }

    private void put(final String key, final Object entry) {
        checkKey(key);
        if (entry instanceof ConfigBase c) {
            c.m_parent = this;
        } else {
            ((Leaf)entry).m_parent = this;
        }
        m_map.put(key, entry);
    }

    private void putLeaf(final String key, final Kind kind, final String text) {
        put(key, new Leaf(key, kind, text));
    }

    private String where() {
        StringBuilder path = new StringBuilder(m_key);
        for (ConfigBase p = m_parent; p != null; p = p.m_parent) {
            path.insert(0, p.m_key + "/");
        }
        return " in config \"" + path + "\"";
    }

    /** Text of a leaf of the given kind, or an exception naming key and the type actually found. */
    private String text(final String key, final Kind kind) throws InvalidSettingsException {
        Object o = m_map.get(key);
        if (o instanceof Leaf l && l.m_kind == kind) {
            return l.m_text;
        }
        String found = o == null ? "no entry" : (o instanceof Leaf l ? "an entry of type " + l.m_kind : "a sub-config");
        throw new InvalidSettingsException(
            kind.name().substring(1) + " for key \"" + key + "\" not found" + where() + " (found " + found + ")");
    }

    /** Text of a leaf of the given kind, or null if absent or of a different kind. */
    private String textOrNull(final String key, final Kind kind) {
        return m_map.get(key) instanceof Leaf l && l.m_kind == kind ? l.m_text : null;
    }

    private boolean hasLeaf(final String key, final Kind kind) {
        return m_map.get(key) instanceof Leaf l && l.m_kind == kind;
    }

    // ---------------------------------------------------------------- scalars

    @Override
    public void addInt(final String key, final int value) {
        putLeaf(key, Kind.xint, Integer.toString(value));
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return Integer.parseInt(text(key, Kind.xint));
    }

    @Override
    public int getInt(final String key, final int def) {
        return hasLeaf(key, Kind.xint) ? Integer.parseInt(textOrNull(key, Kind.xint)) : def;
    }

    @Override
    public void addDouble(final String key, final double value) {
        putLeaf(key, Kind.xdouble, Double.toString(value));
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return Double.parseDouble(text(key, Kind.xdouble));
    }

    @Override
    public double getDouble(final String key, final double def) {
        return hasLeaf(key, Kind.xdouble) ? Double.parseDouble(textOrNull(key, Kind.xdouble)) : def;
    }

    @Override
    public void addFloat(final String key, final float value) {
        // KNIME writes floats widened to double
        putLeaf(key, Kind.xfloat, Double.toString(value));
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        return Float.parseFloat(text(key, Kind.xfloat));
    }

    @Override
    public float getFloat(final String key, final float def) {
        return hasLeaf(key, Kind.xfloat) ? Float.parseFloat(textOrNull(key, Kind.xfloat)) : def;
    }

    @Override
    public void addChar(final String key, final char value) {
        putLeaf(key, Kind.xchar, Character.toString(value));
    }

    @Override
    public char getChar(final String key) throws InvalidSettingsException {
        return text(key, Kind.xchar).charAt(0);
    }

    @Override
    public char getChar(final String key, final char def) {
        return hasLeaf(key, Kind.xchar) ? textOrNull(key, Kind.xchar).charAt(0) : def;
    }

    @Override
    public void addShort(final String key, final short value) {
        putLeaf(key, Kind.xshort, Short.toString(value));
    }

    @Override
    public short getShort(final String key) throws InvalidSettingsException {
        return Short.parseShort(text(key, Kind.xshort));
    }

    @Override
    public short getShort(final String key, final short def) {
        return hasLeaf(key, Kind.xshort) ? Short.parseShort(textOrNull(key, Kind.xshort)) : def;
    }

    @Override
    public void addLong(final String key, final long value) {
        putLeaf(key, Kind.xlong, Long.toString(value));
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return Long.parseLong(text(key, Kind.xlong));
    }

    @Override
    public long getLong(final String key, final long def) {
        return hasLeaf(key, Kind.xlong) ? Long.parseLong(textOrNull(key, Kind.xlong)) : def;
    }

    @Override
    public void addByte(final String key, final byte value) {
        putLeaf(key, Kind.xbyte, Byte.toString(value));
    }

    @Override
    public byte getByte(final String key) throws InvalidSettingsException {
        return Byte.parseByte(text(key, Kind.xbyte));
    }

    @Override
    public byte getByte(final String key, final byte def) {
        return hasLeaf(key, Kind.xbyte) ? Byte.parseByte(textOrNull(key, Kind.xbyte)) : def;
    }

    @Override
    public void addString(final String key, final String value) {
        putLeaf(key, Kind.xstring, value);
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return text(key, Kind.xstring);
    }

    @Override
    public String getString(final String key, final String def) {
        return hasLeaf(key, Kind.xstring) ? textOrNull(key, Kind.xstring) : def;
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        putLeaf(key, Kind.xboolean, Boolean.toString(value));
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return Boolean.parseBoolean(text(key, Kind.xboolean));
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        return hasLeaf(key, Kind.xboolean) ? Boolean.parseBoolean(textOrNull(key, Kind.xboolean)) : def;
    }

    @Override
    public void addTransientString(final String key, final String value) {
        putLeaf(key, Kind.xtransientstring, value);
    }

    @Override
    public String getTransientString(final String key) {
        return textOrNull(key, Kind.xtransientstring);
    }

    // ----------------------------------------------------------------- arrays

    /** Adds an array sub-config; a null array is stored as a sub-config without size (read back as null). */
    private ConfigBase addArray(final String key, final int length) {
        ConfigBase sub = addConfigBase(key);
        if (length >= 0) {
            sub.addInt(ARRAY_SIZE, length);
        }
        return sub;
    }

    /** @return the array config's size, -1 for a stored null array */
    private int arraySize(final ConfigBase sub) {
        return sub.getInt(ARRAY_SIZE, -1);
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addInt(Integer.toString(i), values[i]);
        }
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getInt(Integer.toString(i));
        }
        return result;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addDouble(Integer.toString(i), values[i]);
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getDouble(Integer.toString(i));
        }
        return result;
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addFloatArray(final String key, final float... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addFloat(Integer.toString(i), values[i]);
        }
    }

    @Override
    public float[] getFloatArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        float[] result = new float[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getFloat(Integer.toString(i));
        }
        return result;
    }

    @Override
    public float[] getFloatArray(final String key, final float... def) {
        try {
            return getFloatArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addCharArray(final String key, final char... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addChar(Integer.toString(i), values[i]);
        }
    }

    @Override
    public char[] getCharArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        char[] result = new char[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getChar(Integer.toString(i));
        }
        return result;
    }

    @Override
    public char[] getCharArray(final String key, final char... def) {
        try {
            return getCharArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addByteArray(final String key, final byte... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addByte(Integer.toString(i), values[i]);
        }
    }

    @Override
    public byte[] getByteArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        byte[] result = new byte[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getByte(Integer.toString(i));
        }
        return result;
    }

    @Override
    public byte[] getByteArray(final String key, final byte... def) {
        try {
            return getByteArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShortArray(final String key, final short... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addShort(Integer.toString(i), values[i]);
        }
    }

    @Override
    public short[] getShortArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        short[] result = new short[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getShort(Integer.toString(i));
        }
        return result;
    }

    @Override
    public short[] getShortArray(final String key, final short... def) {
        try {
            return getShortArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addLong(Integer.toString(i), values[i]);
        }
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        long[] result = new long[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getLong(Integer.toString(i));
        }
        return result;
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addBooleanArray(final String key, final boolean... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addBoolean(Integer.toString(i), values[i]);
        }
    }

    @Override
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getBoolean(Integer.toString(i));
        }
        return result;
    }

    @Override
    public boolean[] getBooleanArray(final String key, final boolean... def) {
        try {
            return getBooleanArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        ConfigBase sub = addArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            sub.addString(Integer.toString(i), values[i]);
        }
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        ConfigBase sub = getConfigBase(key);
        int n = arraySize(sub);
        if (n < 0) {
            return null;
        }
        String[] result = new String[n];
        for (int i = 0; i < n; i++) {
            result[i] = sub.getString(Integer.toString(i));
        }
        return result;
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    // ------------------------------------------------------------ structure

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_map.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_map.containsKey(key);
    }

    @Override
    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    @Override
    public void copyTo(final ConfigBaseWO dest) {
        for (Map.Entry<String, Object> e : m_map.entrySet()) {
            String key = e.getKey();
            if (e.getValue() instanceof ConfigBase sub) {
                sub.copyTo(dest.addConfigBase(key));
                continue;
            }
            Leaf l = (Leaf)e.getValue();
            if (dest instanceof ConfigBase c) {
                // values are immutable text, so sharing the form is a faithful copy (also for password entries)
                c.putLeaf(key, l.m_kind, l.m_text);
                continue;
            }
            switch (l.m_kind) {
                case xint -> dest.addInt(key, Integer.parseInt(l.m_text));
                case xdouble -> dest.addDouble(key, Double.parseDouble(l.m_text));
                case xfloat -> dest.addFloat(key, Float.parseFloat(l.m_text));
                case xlong -> dest.addLong(key, Long.parseLong(l.m_text));
                case xshort -> dest.addShort(key, Short.parseShort(l.m_text));
                case xbyte -> dest.addByte(key, Byte.parseByte(l.m_text));
                case xchar -> dest.addChar(key, l.m_text.charAt(0));
                case xboolean -> dest.addBoolean(key, Boolean.parseBoolean(l.m_text));
                case xtransientstring -> dest.addTransientString(key, l.m_text);
                default -> dest.addString(key, l.m_text);
            }
        }
    }

    // ------------------------------------------------------------- TreeNode

    private List<Object> entries() {
        return new ArrayList<>(m_map.values());
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return (TreeNode)entries().get(childIndex);
    }

    @Override
    public int getChildCount() {
        return m_map.size();
    }

    @Override
    public final TreeNode getParent() {
        return m_parent;
    }

    @Override
    public int getIndex(final TreeNode node) {
        return entries().indexOf(node);
    }

    @Override
    public final boolean getAllowsChildren() {
        return true;
    }

    @Override
    public final boolean isLeaf() {
        return m_map.isEmpty();
    }

    @Override
    public final Enumeration<TreeNode> children() {
        List<TreeNode> nodes = new ArrayList<>();
        for (Object o : m_map.values()) {
            nodes.add((TreeNode)o);
        }
        return Collections.enumeration(nodes);
    }

    // ------------------------------------------------------------------ XML

    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        // like KNIME, the stream is closed when done
        try (Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            writeXml(w, 0);
        }
    }

    private void writeXml(final Writer w, final int depth) throws IOException {
        String indent = "    ".repeat(depth);
        w.write(indent);
        w.write("<config");
        if (depth == 0) {
            w.write(" xmlns=\"" + XML_NAMESPACE + "\"");
            w.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
            w.write(" xsi:schemaLocation=\"" + XSD_LOCATION + "\"");
        }
        w.write(" key=\"" + attr(m_key) + "\"");
        if (m_map.isEmpty()) {
            w.write("/>\n");
            return;
        }
        w.write(">\n");
        for (Object o : m_map.values()) {
            if (o instanceof ConfigBase sub) {
                sub.writeXml(w, depth + 1);
                continue;
            }
            Leaf l = (Leaf)o;
            if (l.m_kind == Kind.xtransientstring) {
                continue; // never persisted
            }
            w.write(indent + "    <entry key=\"" + attr(l.m_key) + "\" type=\"" + l.m_kind.name() + "\"");
            if (l.m_text == null) {
                w.write(" isnull=\"true\" value=\"\"/>\n");
            } else {
                w.write(" value=\"" + attr(l.m_text) + "\"/>\n");
            }
        }
        w.write(indent + "</config>\n");
    }

    /** KNIME's %%ddddd escaping of characters illegal in XML 1.0 (and of "%%"), then XML attribute escaping. */
    private static String attr(final String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean doublePercent = c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%';
            if (c < 32 || c > 0xD7FF || doublePercent) {
                b.append("%%").append(String.format("%05d", (int)c));
                continue;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(final String s) {
        if (s.indexOf("%%") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 6 < s.length() && s.startsWith("%%", i) && allDigits(s, i + 2, i + 7)) {
                b.append((char)Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }

    private static boolean allDigits(final String s, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads XMLConfig XML into this config: the root element's key becomes this config's key and all entries are
     * added. The stream is closed when done.
     *
     * @param is the stream to read
     * @throws IOException if the stream cannot be read or is not valid XMLConfig XML
     */
    public void load(final InputStream is) throws IOException {
        try (InputStream in = is) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            try {
                // old files reference XMLConfig.dtd; never fetch it
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            } catch (Exception e) { // NOSONAR feature is optional
            }
            SAXParser parser = factory.newSAXParser();
            parser.parse(new InputSource(in), new XmlReader(this));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Unable to parse XMLConfig XML: " + e.getMessage(), e);
        }
    }

    /**
     * Reads XML into the given config.
     *
     * @param config the config to fill
     * @param in the stream to read (closed when done)
     * @return the given config
     * @throws IOException if reading or parsing fails
     */
    protected static ConfigBase loadFromXML(final ConfigBase config, final InputStream in) throws IOException {
        config.load(in);
        return config;
    }

    /** SAX handler building the tree. */
    private static final class XmlReader extends DefaultHandler {
        private final ConfigBase m_root;

        private final Deque<ConfigBase> m_stack = new ArrayDeque<>();

        XmlReader(final ConfigBase root) {
            m_root = root;
        }

        @Override
        public InputSource resolveEntity(final String publicId, final String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public void startElement(final String uri, final String localName, final String qName,
            final Attributes atts) throws SAXException {
            String key = atts.getValue("key");
            if ("config".equals(qName)) {
                if (key == null) {
                    throw new SAXException("<config> element without key attribute");
                }
                if (m_stack.isEmpty()) {
                    m_root.m_key = unescape(key);
                    m_stack.push(m_root);
                } else {
                    m_stack.push(m_stack.peek().addConfigBase(unescape(key)));
                }
            } else if ("entry".equals(qName)) {
                if (m_stack.isEmpty()) {
                    throw new SAXException("<entry> outside of a <config> element");
                }
                if (key == null) {
                    throw new SAXException("<entry> element without key attribute");
                }
                key = unescape(key);
                String type = atts.getValue("type");
                Kind kind;
                try {
                    kind = Kind.valueOf(type);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new SAXException("Invalid type ('" + type + "') for key '" + key + "'", e);
                }
                String value = "true".equals(atts.getValue("isnull")) ? null : unescape(atts.getValue("value"));
                if (value == null && kind != Kind.xstring && kind != Kind.xpassword) {
                    throw new SAXException("Entry '" + key + "' of type " + type + " has no value");
                }
                if (value != null) {
                    try {
                        kind.check(value);
                    } catch (IllegalArgumentException e) {
                        throw new SAXException("Invalid " + type + " value '" + value + "' for key '" + key + "'", e);
                    }
                }
                m_stack.peek().putLeaf(key, kind, value);
            } else {
                throw new SAXException("\"" + qName + "\" is not a valid tag name");
            }
        }

        @Override
        public void endElement(final String uri, final String localName, final String qName) {
            if ("config".equals(qName)) {
                m_stack.pop();
            }
        }
    }

    // ------------------------------------------------------------ Object

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        dump(b, 0);
        return b.toString();
    }

    private void dump(final StringBuilder b, final int depth) {
        b.append("  ".repeat(depth)).append(m_key).append(" ->\n");
        for (Object o : m_map.values()) {
            if (o instanceof ConfigBase c) {
                c.dump(b, depth + 1);
            } else {
                b.append("  ".repeat(depth + 1)).append(o).append('\n');
            }
        }
    }

    /** Two configs are equal if they have the same class, key and identical entries in the same order. */
    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        ConfigBase other = (ConfigBase)o;
        return m_key.equals(other.m_key) && new ArrayList<>(m_map.entrySet()).equals(new ArrayList<>(other.m_map.entrySet()));
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() * 31 + m_map.hashCode();
    }
}
