package nl.wmoscorecards.tests.deploy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;

/** The Lambda handlers the functions module holds: every class of the handler package that is a RequestHandler. */
final class HandlerClasses {
    private static final String PACKAGE = ApiUploadsHandler.class.getPackageName();

    private HandlerClasses() {
    }

    static List<Class<?>> all() {
        List<Class<?>> handlers = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> type = Class.forName(name);
                if (RequestHandler.class.isAssignableFrom(type) && !type.isInterface()) {
                    handlers.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return handlers;
    }

    /** The event type T of RequestHandler&lt;T, R&gt;. */
    static Type eventType(Class<?> handler) {
        for (Type type : handler.getGenericInterfaces()) {
            if (type instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                return p.getActualTypeArguments()[0];
            }
        }
        throw new AssertionError(handler + " does not implement RequestHandler directly");
    }

    private static List<String> classNames() {
        String folder = PACKAGE.replace('.', '/') + "/";
        try {
            Path location = Path.of(ApiUploadsHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(folder))) {
                    return files.map(f -> f.getFileName().toString()).filter(HandlerClasses::topLevelClass)
                            .map(f -> PACKAGE + "." + f.substring(0, f.length() - ".class".length())).sorted().toList();
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
                        .map(n -> n.substring(folder.length())).filter(HandlerClasses::topLevelClass)
                        .map(f -> PACKAGE + "." + f.substring(0, f.length() - ".class".length())).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean topLevelClass(String file) {
        return file.endsWith(".class") && !file.contains("$");
    }
}
