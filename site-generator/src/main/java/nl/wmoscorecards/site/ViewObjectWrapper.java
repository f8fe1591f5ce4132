package nl.wmoscorecards.site;

import freemarker.ext.beans.StringModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import java.util.function.Function;

/**
 * Freemarker's {@link DefaultObjectWrapper} with the same models, made without its costs for what the views are
 * made of: text, numbers, lists and view records. The default wrapper tries each value against a row of
 * interfaces (an interface test per type, a third of its time) and reads a record's component through its
 * introspection cache, a lock and a reflective call with an access check. Here the kind of each class is decided
 * once, and a record's component is read through its accessor, looked up once per class. The models are the
 * default wrapper's own classes, except a record's, which reads its components itself and asks a {@link StringModel}
 * for anything else, so templates see exactly what they saw before.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
    private enum Kind { TEXT, NUMBER, BOOLEAN, LIST, RECORD, OTHER }

    private final ClassValue<Kind> kinds = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            return kindOf(type);
        }
    };
    private final ClassValue<Map<String, Function<Object, Object>>> components = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
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
    private static Map<String, Function<Object, Object>> componentsOf(Class<?> type) {
        Map<String, Function<Object, Object>> byName = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            String name = component.getName();
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (Modifier.isPublic(accessor.getModifiers()) && !hasMethod(type, "get" + capitalised)
                    && !hasMethod(type, "is" + capitalised)) {
                byName.put(name, reader(type, accessor));
            }
        }
        return Map.copyOf(byName);
    }

    /** The accessor as a function (a plain call once compiled, where a reflective call checks access every time). */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Class<?> type, Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle handle = lookup.unreflect(accessor);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), handle, handle.type().wrap());
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + accessor + " of " + type.getName(), e);
        }
    }

    private static boolean hasMethod(Class<?> type, String name) {
        try {
            type.getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * A view record as the default wrapper's {@link StringModel} shows it: its components read directly, anything
     * else (other keys, its text, its API) from a StringModel made only when a template asks for it. Not a
     * StringModel itself: making one introspects the class again for every record.
     */
    private static final class RecordModel implements TemplateScalarModel, TemplateHashModelEx, AdapterTemplateModel,
            WrapperTemplateModel, TemplateModelWithAPISupport {
        private final Object record;
        private final ViewObjectWrapper wrapper;
        private final Map<String, Function<Object, Object>> components;
        private StringModel bean;

        RecordModel(Object record, ViewObjectWrapper wrapper, Map<String, Function<Object, Object>> components) {
            this.record = record;
            this.wrapper = wrapper;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Object, Object> component = components.get(key);
            return component == null ? bean().get(key) : wrapper.wrap(component.apply(record));
        }

        @Override
        public String getAsString() {
            return bean().getAsString();
        }

        @Override
        public boolean isEmpty() {
            return bean().isEmpty();
        }

        @Override
        public int size() {
            return bean().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean().values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return bean().getAdaptedObject(hint);
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return bean().getAPI();
        }

        private StringModel bean() {
            if (bean == null) {
                bean = new StringModel(record, wrapper);
            }
            return bean;
        }
    }
}
