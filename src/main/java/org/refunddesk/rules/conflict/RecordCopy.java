package org.refunddesk.rules.conflict;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and replaces one component of a record through its canonical constructor. Reflective on purpose: a
 * component another branch adds to a domain record is carried over untouched instead of silently reset by a
 * hand-written copy that calls an older constructor overload.
 */
final class RecordCopy {
    /** Class.getRecordComponents() parses the class file each call: looked up once per record type. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordCopy() {
    }

    private record Shape(Map<String, Method> accessors, Class<?>[] types, Constructor<?> canonical,
                         Map<String, Class<?>> typeByName) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            Map<String, Method> accessors = new LinkedHashMap<>();
            Map<String, Class<?>> typeByName = new LinkedHashMap<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors.put(components[i].getName(), components[i].getAccessor());
                typeByName.put(components[i].getName(), components[i].getType());
                types[i] = components[i].getType();
            }
            try {
                return new Shape(accessors, types, type.getDeclaredConstructor(types), typeByName);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        }
    }

    static Object get(Record record, String component) {
        if (record == null) {
            return null;
        }
        Method accessor = SHAPES.get(record.getClass()).accessors().get(component);
        if (accessor == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
        }
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /** A copy of {@code record} (or of an empty one of {@code type} when null) with {@code component} replaced. */
    static <R extends Record> R with(Class<R> type, R record, String component, Object value) {
        Shape shape = SHAPES.get(type);
        if (!shape.accessors().containsKey(component)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
        }
        Object[] args = new Object[shape.types().length];
        int i = 0;
        for (String name : shape.accessors().keySet()) {
            Class<?> componentType = shape.types()[i];
            Object current = name.equals(component) ? value : record == null ? null : get(record, name);
            args[i++] = current == null ? emptyOf(componentType) : current;
        }
        try {
            return type.cast(shape.canonical().newInstance(args));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException bad) {
                throw bad;
            }
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
        }
    }

    /** The declared type of a component (for tests and formatting). */
    static Class<?> typeOf(Class<?> type, String component) {
        Class<?> found = SHAPES.get(type).typeByName().get(component);
        if (found == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
        }
        return found;
    }

    private static Object emptyOf(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
