package nl.wmoscorecards.site;

import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's {@link DefaultObjectWrapper} with the same models, made without its costs for what the views are
 * made of: text, numbers, lists and view records. The default wrapper tries each value against a row of
 * interfaces (an interface test per type, a third of its time) and reads a record's component through its
 * introspection cache, a lock and a reflective call with an access check. Here the kind of each class is decided
 * once, and a record's component is read through its accessor, looked up once per class. The models are the
 * default wrapper's own classes (a record's is a {@link StringModel} that asks its superclass for anything but a
 * component), so templates see exactly what they saw before.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
    private enum Kind { TEXT, NUMBER, BOOLEAN, LIST, RECORD, OTHER }

    private final ClassValue<Kind> kinds = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            return kindOf(type);
        }
    };
    private final ClassValue<Map<String, Method>> components = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return componentsOf(type);
        }
    };

    ViewObjectWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
        writeProtect(); // as the wrapper Configuration makes by default: settings fixed from here on
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value == null) {
            return super.wrap(null);
        }
        Class<?> type = value.getClass();
        return switch (kinds.get(type)) {
            case TEXT -> new SimpleScalar((String) value);
            case NUMBER -> new SimpleNumber((Number) value);
            case BOOLEAN -> (Boolean) value ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            case LIST -> DefaultListAdapter.adapt((List<?>) value, this);
            case RECORD -> new RecordModel(value, this, components.get(type));
            case OTHER -> super.wrap(value);
        };
    }

    /** The kind the default wrapper would decide on, for the classes whose model this wrapper makes itself. */
    private Kind kindOf(Class<?> type) {
        if (TemplateModel.class.isAssignableFrom(type) || !getUseAdaptersForContainers()) {
            return Kind.OTHER;
        }
        if (type == String.class) {
            return Kind.TEXT;
        }
        if (Number.class.isAssignableFrom(type)) {
            return Kind.NUMBER;
        }
        if (type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (List.class.isAssignableFrom(type)) {
            return Kind.LIST;
        }
        boolean container = Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || Date.class.isAssignableFrom(type) || Iterator.class.isAssignableFrom(type)
                || Iterable.class.isAssignableFrom(type) || Enumeration.class.isAssignableFrom(type);
        return type.isRecord() && !container && isPublic(type) ? Kind.RECORD : Kind.OTHER;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** The record's components by name, leaving out any that a JavaBean getter of the same name would shadow. */
    private static Map<String, Method> componentsOf(Class<?> type) {
        Map<String, Method> byName = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            String name = component.getName();
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (Modifier.isPublic(accessor.getModifiers()) && !hasMethod(type, "get" + capitalised)
                    && !hasMethod(type, "is" + capitalised)) {
                accessor.setAccessible(true);
                byName.put(name, accessor);
            }
        }
        return Map.copyOf(byName);
    }

    private static boolean hasMethod(Class<?> type, String name) {
        try {
            type.getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A view record: its components read directly, anything else as the default wrapper's bean model reads it. */
    private static final class RecordModel extends StringModel {
        private final Map<String, Method> components;

        RecordModel(Object record, ViewObjectWrapper wrapper, Map<String, Method> components) {
            super(record, wrapper);
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = components.get(key);
            if (accessor == null) {
                return super.get(key);
            }
            try {
                return wrapper.wrap(accessor.invoke(object));
            } catch (IllegalAccessException e) {
                throw new TemplateModelException("cannot read " + key + " of " + object.getClass().getName(), e);
            } catch (InvocationTargetException e) {
                throw new TemplateModelException("reading " + key + " of " + object.getClass().getName() + " failed",
                        e.getCause());
            }
        }
    }
}
