package dev.switchboard.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads from its configuration, found in its sources (and ingest-core's, for the ingest services):
 * the {@code @ConfigMapping} interfaces, the {@code ${ENV}} placeholders of its properties files, and the
 * addresses its Quarkus extensions need in production (Kafka, JWT verification).
 */
final class ServiceSettings {

    static final Path ROOT = Kustomize.MODULE.resolve("../..").normalize();

    /** One setting: its property name, whether a service starts without it, and whether it is a map of entries. */
    record Setting(String property, boolean required, boolean map) {

        /** The environment variable (or, for a map, the prefix of the variables) that sets it, MicroProfile rules. */
        String environmentName() {
            return environmentName(property) + (map ? "_" : "");
        }

        boolean setBy(String variable) {
            return map ? variable.startsWith(environmentName()) && variable.length() > environmentName().length()
                    : variable.equals(environmentName());
        }

        static String environmentName(String property) {
            return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        }
    }

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)\\s*"
            + "public\\s+interface\\s+(\\w+)");
    private static final Pattern INTERFACE = Pattern.compile("interface\\s+(\\w+)\\s*\\{");
    private static final Pattern METHOD = Pattern.compile(
            "((?:@\\w+(?:\\((?:\"[^\"]*\"|[^)\"])*\\))?\\s*)*)([\\w.]+(?:<[\\w<>,.?\\s]+>)?)\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private ServiceSettings() {
    }

    /** Every setting the service reads; placeholders and extension addresses are required environment variables. */
    static List<Setting> of(String service) {
        List<Path> modules = modules(service);
        List<Setting> settings = new ArrayList<>();
        for (Path module : modules) {
            for (Path source : javaSources(module)) {
                settings.addAll(mappings(read(source)));
            }
            for (String properties : List.of("src/main/resources/application.properties",
                    "src/main/resources/META-INF/microprofile-config.properties")) {
                Path file = module.resolve(properties);
                if (Files.exists(file)) {
                    Matcher m = PLACEHOLDER.matcher(read(file));
                    while (m.find()) {
                        settings.add(new Setting(m.group(1), true, false));
                    }
                }
            }
            String pom = read(module.resolve("pom.xml"));
            if (pom.contains("<artifactId>quarkus-messaging-kafka</artifactId>")) {
                settings.add(new Setting("KAFKA_BOOTSTRAP_SERVERS", true, false));
            }
            if (pom.contains("<artifactId>quarkus-smallrye-jwt</artifactId>")) {
                settings.add(new Setting("MP_JWT_VERIFY_PUBLICKEY_LOCATION", true, false));
                settings.add(new Setting("MP_JWT_VERIFY_ISSUER", true, false));
            }
        }
        return settings.stream().distinct().toList();
    }

    /** The mapping interfaces of one source file, flattened to settings. */
    static List<Setting> mappings(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Matcher mapping = MAPPING.matcher(code);
        if (!mapping.find()) {
            return List.of();
        }
        Map<String, String> bodies = interfaceBodies(code);
        List<Setting> settings = new ArrayList<>();
        collect(mapping.group(1), bodies.get(mapping.group(2)), bodies, settings);
        return settings;
    }

    private static void collect(String prefix, String body, Map<String, String> bodies, List<Setting> out) {
        Matcher m = METHOD.matcher(body);
        while (m.find()) {
            String annotations = m.group(1);
            String type = m.group(2).replaceAll("\\s", "");
            String name = annotations.contains("@WithName(")
                    ? annotations.replaceAll("(?s).*@WithName\\(\"([^\"]+)\"\\).*", "$1")
                    : kebab(m.group(3));
            String property = prefix + "." + name;
            boolean defaulted = annotations.contains("@WithDefault(") || type.startsWith("Optional");
            if (bodies.containsKey(type)) {
                collect(property, bodies.get(type), bodies, out);
            } else if (type.startsWith("Map<")) {
                String value = type.substring(type.indexOf(',') + 1, type.length() - 1);
                // A map of groups (Telegram bots) may be empty; a map of values (API keys) is useless empty.
                out.add(new Setting(property, !defaulted && !bodies.containsKey(value), true));
            } else {
                out.add(new Setting(property, !defaulted, false));
            }
        }
    }

    /** Each interface's own body, nested interfaces cut out. */
    private static Map<String, String> interfaceBodies(String code) {
        Map<String, String> bodies = new LinkedHashMap<>();
        Matcher m = INTERFACE.matcher(code);
        while (m.find()) {
            int open = m.end() - 1;
            int close = matchingBrace(code, open);
            bodies.put(m.group(1), withoutNestedBlocks(code.substring(open + 1, close)));
        }
        return bodies;
    }

    private static String withoutNestedBlocks(String body) {
        StringBuilder own = new StringBuilder();
        int depth = 0;
        for (char c : body.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                own.append(depth == 0 ? ";" : "");
            } else if (depth == 0) {
                own.append(c);
            }
        }
        // "interface X" left behind without its body is not a method; neither is a default method's signature.
        return own.toString().replaceAll("interface\\s+\\w+\\s*;", "");
    }

    private static int matchingBrace(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces");
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<Path> modules(String service) {
        Path module = ROOT.resolve(service);
        if (!Files.isDirectory(module)) {
            throw new AssertionError("no module " + module);
        }
        List<Path> modules = new ArrayList<>(List.of(module));
        if (read(module.resolve("pom.xml")).contains("<artifactId>ingest-core</artifactId>")) {
            modules.add(ROOT.resolve("ingest-core"));
        }
        return modules;
    }

    private static List<Path> javaSources(Path module) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TreeSet<String> names(List<Setting> settings) {
        TreeSet<String> names = new TreeSet<>();
        settings.forEach(s -> names.add(s.environmentName()));
        return names;
    }
}
