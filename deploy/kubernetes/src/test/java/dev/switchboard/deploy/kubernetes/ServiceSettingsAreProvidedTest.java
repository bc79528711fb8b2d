package dev.switchboard.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.switchboard.deploy.kubernetes.ServiceSettings.Setting;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** Every setting a service cannot run without reaches its pod, and every setting a pod gets is one it reads. */
class ServiceSettingsAreProvidedTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** Required by the code, deliberately not given, and why. */
    private static final Map<String, Set<String>> NOT_NEEDED = Map.of(
            // Every ingest-social endpoint is signed by its provider (@SignedByProvider): no connector API key.
            "ingest-social", Set.of("switchboard.ingest.api-keys"));

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySettingAServiceReadsWithoutADefaultReachesItsPod(String overlay) {
        Manifest manifest = Manifest.of(overlay);
        List<String> missing = new ArrayList<>();
        for (String service : DeploymentsAreCompleteTest.SERVICES) {
            Set<String> env = environment(manifest, service);
            for (Setting setting : ServiceSettings.of(service)) {
                boolean exempt = NOT_NEEDED.getOrDefault(service, Set.of()).contains(setting.property());
                if (setting.required() && !exempt && env.stream().noneMatch(setting::setBy)) {
                    missing.add(service + " needs " + setting.environmentName() + " (" + setting.property() + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySwitchboardVariableAPodGetsIsASettingItsServiceReads(String overlay) {
        Manifest manifest = Manifest.of(overlay);
        List<String> unknown = new ArrayList<>();
        for (String service : DeploymentsAreCompleteTest.SERVICES) {
            List<Setting> settings = ServiceSettings.of(service);
            environment(manifest, service).stream()
                    .filter(name -> name.startsWith("SWITCHBOARD_") || name.startsWith("ROUTER_"))
                    .filter(name -> settings.stream().noneMatch(s -> s.setBy(name)))
                    .forEach(name -> unknown.add(service + " gets " + name + ", which it does not read"));
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void findsMappedSettingsPlaceholdersAndExtensionAddresses() {
        List<Setting> router = ServiceSettings.of("router");
        List<Setting> chat = ServiceSettings.of("ingest-chat");

        assertTrue(router.contains(new Setting("router.offer-timeout.email", false, false)), router.toString());
        assertTrue(router.contains(new Setting("PGPASSWORD", true, false)), router.toString());
        assertTrue(router.contains(new Setting("MP_JWT_VERIFY_ISSUER", true, false)), router.toString());
        assertTrue(chat.contains(new Setting("switchboard.ingest.api-keys", true, true)), chat.toString());
        assertTrue(chat.contains(new Setting("switchboard.ingest.twilio.auth-token", false, false)), chat.toString());
        assertTrue(chat.contains(new Setting("KAFKA_BOOTSTRAP_SERVERS", true, false)), chat.toString());
    }

    @Test
    void readsNestedGroupsDefaultsOptionalsAndMapsOfAMapping() {
        List<Setting> settings = ServiceSettings.mappings("""
                @ConfigMapping(prefix = "demo")
                public interface DemoSettings {
                    /** Javadoc with braces {@code x} is ignored. */
                    @WithDefault("5s")
                    Duration timeout();
                    String region();
                    Optional<String> token();
                    Map<String, String> keys();
                    Map<String, Bot> bots();
                    Nested nested();
                    interface Bot { String secret(); }
                    interface Nested {
                        @WithName("base-url") String url();
                        default String of(String x) { return x; }
                    }
                }
                """);

        assertEquals(List.of(new Setting("demo.timeout", false, false), new Setting("demo.region", true, false),
                new Setting("demo.token", false, false), new Setting("demo.keys", true, true),
                new Setting("demo.bots", false, true), new Setting("demo.nested.base-url", true, false)), settings);
    }

    private static Set<String> environment(Manifest manifest, String service) {
        Deployment deployment = manifest.named(Deployment.class, service).orElseThrow();
        return ManifestChecks.environmentNames(manifest, ManifestChecks.containers(deployment).get(0));
    }
}
