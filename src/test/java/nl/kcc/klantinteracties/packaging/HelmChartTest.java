package nl.kcc.klantinteracties.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import nl.kcc.klantinteracties.setup.SetupFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Helm chart in {@code charts/klantinteracties}, linted and rendered by Helm's own code, and the manifests it
 * renders checked for what a platform team asks of a workload: probes, no root, a read-only root filesystem,
 * resources, and secrets only by reference to Secrets that exist.
 */
class HelmChartTest {

    private static final Path CHART = Path.of("charts", "klantinteracties");
    private static final Path PRODUCTION_VALUES = CHART.resolve("ci").resolve("production-values.yaml");
    private static final String RELEASE = "klantinteracties";
    // Helm renders for Kubernetes 1.20 unless told; the chart needs 1.23 (autoscaling/v2).
    private static final String KUBERNETES = "1.33.0";
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|KEY|TOKEN).*");

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    @Test
    void helmLintFindsNothingEvenWhenStrict() {
        var result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed())
                .as("helm lint --strict: %s", result.getMessages())
                .isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.contains("[WARNING]"));
    }

    @Test
    void theDefaultsRenderAPlatformReadyDeploymentWithoutIngressOrAutoscaler() {
        var manifests = render(template -> template);

        assertThat(kinds(manifests))
                .containsExactlyInAnyOrder("ServiceAccount", "Service", "Deployment", "PodDisruptionBudget");
        JsonNode deployment = only(manifests, "Deployment");
        assertPlatformReady(deployment);
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);

        Map<String, JsonNode> env = env(deployment);
        assertThat(env.get("SPRING_DATASOURCE_URL").get("value").asString())
                .isEqualTo("jdbc:postgresql://postgresql:5432/klantinteracties");
        assertSecretReference(env, "SPRING_DATASOURCE_USERNAME", "klantinteracties-database", "username");
        assertSecretReference(env, "SPRING_DATASOURCE_PASSWORD", "klantinteracties-database", "password");
        // Forwarded headers count only from configured proxies (ADR 0015): the chart trusts none unless told.
        assertThat(env)
                .doesNotContainKeys(
                        "SERVER_FORWARD_HEADERS_STRATEGY",
                        "KLANTINTERACTIES_PUBLIC_BASE_URL",
                        "KLANTINTERACTIES_TRUSTED_PROXIES");
        // Notifications and OIDC are off until configured.
        assertThat(env).doesNotContainKeys("NOTIFICATIES_API_URL", "NOTIFICATIES_SECRET");
        assertThat(env.keySet()).noneMatch(name -> name.startsWith("SPRING_SECURITY_OAUTH2"));

        JsonNode service = only(manifests, "Service");
        assertThat(service.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
        assertThat(service.at("/spec/ports/0/targetPort").asString()).isEqualTo("http");
        assertThat(labelsSelect(service.at("/spec/selector"), deployment)).isTrue();
        assertThat(labelsSelect(only(manifests, "PodDisruptionBudget").at("/spec/selector/matchLabels"), deployment))
                .isTrue();
    }

    @Test
    void productionValuesRenderIngressAutoscalerNotificationsAndOidcWithSecretsByReference() {
        var manifests = render(template -> template.withValuesFile(PRODUCTION_VALUES));

        assertThat(kinds(manifests))
                .containsExactlyInAnyOrder(
                        "ServiceAccount",
                        "Service",
                        "Deployment",
                        "PodDisruptionBudget",
                        "Ingress",
                        "HorizontalPodAutoscaler");
        JsonNode deployment = only(manifests, "Deployment");
        assertPlatformReady(deployment);
        assertThat(env(deployment)
                        .get("KLANTINTERACTIES_PUBLIC_BASE_URL")
                        .get("value")
                        .asString())
                .isEqualTo("https://klanten.gemeente.example.nl");
        // The autoscaler owns the number of replicas; a replicas field would reset it at every upgrade.
        assertThat(deployment.at("/spec/replicas").isMissingNode()).isTrue();
        JsonNode autoscaler = only(manifests, "HorizontalPodAutoscaler");
        assertThat(autoscaler.at("/spec/scaleTargetRef/kind").asString()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asString())
                .isEqualTo(deployment.at("/metadata/name").asString());
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isEqualTo(3);

        Map<String, JsonNode> env = env(deployment);
        assertSecretReference(env, "SPRING_DATASOURCE_PASSWORD", "klantinteracties-db", "password");
        assertSecretReference(env, "NOTIFICATIES_SECRET", "klantinteracties-notificaties", "secret");
        assertSecretReference(
                env,
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_GEMEENTE_CLIENT_SECRET",
                "klantinteracties-oidc",
                "client-secret");
        assertThat(value(env, "NOTIFICATIES_API_URL")).isEqualTo("https://notificaties.gemeente.example.nl/api/v1");
        assertThat(value(env, "NOTIFICATIES_CLIENT_ID")).isEqualTo("klantinteracties");
        assertThat(value(env, "NOTIFICATIES_CLOUDEVENTS_SUBSCRIBERS"))
                .isEqualTo("https://zaken.gemeente.example.nl/cloudevents");
        assertThat(value(env, "NOTIFICATIES_BEVESTIGING_SUBSCRIBERS"))
                .isEqualTo("https://berichten.gemeente.example.nl/bevestigingen");
        assertThat(value(env, "NOTIFICATIES_RETRY_MAX_DELAY")).isEqualTo("5m");
        assertThat(value(env, "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_GEMEENTE_ISSUER_URI"))
                .isEqualTo("https://login.gemeente.example.nl/realms/medewerkers");
        assertThat(value(env, "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_GEMEENTE_REDIRECT_URI"))
                .isEqualTo("{baseUrl}/werkplek/oidc/code/{registrationId}");
        assertThat(value(env, "KLANTINTERACTIES_WERKPLEK_OIDC_USERNAME_CLAIM")).isEqualTo("sub");
        assertThat(value(env, "KLANTINTERACTIES_CORS_ALLOWED_ORIGINS")).isEqualTo("https://kiss.gemeente.example.nl");

        JsonNode ingress = only(manifests, "Ingress");
        assertThat(ingress.at("/spec/tls/0/secretName").asString()).isEqualTo("klantinteracties-tls");
        JsonNode rule = ingress.at("/spec/rules/0");
        assertThat(rule.get("host").asString()).isEqualTo("klantinteracties.gemeente.example.nl");
        List<String> paths = new ArrayList<>();
        for (JsonNode path : rule.at("/http/paths")) {
            paths.add(path.get("path").asString());
            assertThat(path.at("/backend/service/name").asString())
                    .isEqualTo(only(manifests, "Service").at("/metadata/name").asString());
            assertThat(path.at("/backend/service/port/name").asString()).isEqualTo("http");
        }
        // The APIs and the werkplek, never the health and metrics endpoints.
        assertThat(paths)
                .containsExactly("/klantinteracties", "/contactgegevens", "/werkplek", "/werkplek-assets", "/webjars");
    }

    @Test
    void aSetupFileInTheValuesIsMountedAndReadAtEveryStart(@TempDir Path directory) throws IOException {
        Path values = directory.resolve("setup-values.yaml");
        Files.writeString(values, """
                image:
                  repository: registry.example.nl/klantinteracties
                setup:
                  keysSecret: klantinteracties-keys
                  file:
                    tokens:
                      - name: kiss
                        scopes: [klantinteracties:lezen, klantinteracties:schrijven]
                        keyEnv: KISS_KEY
                    afdelingen:
                      - naam: KCC
                        identificatie: kcc
                """);
        var manifests = render(template -> template.withValuesFile(values));

        JsonNode deployment = only(manifests, "Deployment");
        assertPlatformReady(deployment);
        JsonNode configMap = only(manifests, "ConfigMap");
        String mounted = deployment
                .at("/spec/template/spec/containers/0/volumeMounts/1/mountPath")
                .asString();
        assertThat(value(env(deployment), "KLANTINTERACTIES_SETUP_FILE")).isEqualTo(mounted + "/setup.yaml");
        assertThat(deployment.at("/spec/template/spec/volumes/1/configMap/name").asString())
                .isEqualTo(configMap.at("/metadata/name").asString());
        assertThat(deployment
                        .at("/spec/template/spec/containers/0/envFrom/0/secretRef/name")
                        .asString())
                .isEqualTo("klantinteracties-keys");
        assertThat(deployment
                        .at("/spec/template/metadata/annotations/klantinteracties.nl~1setup-checksum")
                        .asString())
                .hasSize(64);

        // What the ConfigMap holds is a file the register reads as it was written in the values.
        Path file = directory.resolve("setup.yaml");
        Files.writeString(file, configMap.at("/data/setup.yaml").asString());
        var setup = SetupFile.read(file, Map.of("KISS_KEY", "k".repeat(40))::get);
        assertThat(setup.tokens())
                .singleElement()
                .satisfies(token -> assertThat(token.name()).isEqualTo("kiss"));
        assertThat(setup.afdelingen()).containsExactly(new SetupFile.Eenheid("KCC", "kcc", true));
    }

    @Test
    void everySettingTheChartGivesIsOneTheReadmeDocuments() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        var env = env(only(render(template -> template.withValuesFile(PRODUCTION_VALUES)), "Deployment"));

        assertThat(env.keySet().stream().filter(name -> !name.equals("JAVA_TOOL_OPTIONS")))
                .allMatch(name ->
                        Pattern.compile("\\b" + name + "\\b").matcher(readme).find());
    }

    @Test
    void aMistypedValueIsRefusedByTheSchema() {
        assertThatThrownBy(() -> render(template -> template.set("replicaCont", 3)))
                .hasMessageContaining("replicaCont");
        assertThatThrownBy(() -> render(template -> template.set("podSecurityContext.runAsNonRoot", false)))
                .hasMessageContaining("runAsNonRoot");
        assertThatThrownBy(() -> render(template -> template.set("database.url", "postgres://db/klantinteracties")))
                .hasMessageContaining("/database/url");
    }

    @Test
    void notificationsOrOidcWithoutTheirSecretAreRefused() {
        assertThatThrownBy(() ->
                        render(template -> template.set("notificaties.apiUrl", "https://notificaties.example.nl/api/v1")
                                .set("notificaties.clientId", "klantinteracties")))
                .hasMessageContaining("notificaties.existingSecret is required");
        assertThatThrownBy(() -> render(template -> template.set("oidc.enabled", true)
                        .set("oidc.clientId", "werkplek")
                        .set("oidc.issuerUri", "https://login.example.nl/realms/medewerkers")))
                .hasMessageContaining("oidc.existingSecret is required");
    }

    private void assertPlatformReady(JsonNode deployment) {
        JsonNode pod = deployment.at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asInt()).isPositive();
        assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.at("/enableServiceLinks").asBoolean(true)).isFalse();
        assertThat(pod.get("containers")).hasSize(1);
        JsonNode container = pod.at("/containers/0");

        assertThat(container.at("/ports/0/name").asString()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8000);
        assertThat(container.at("/startupProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/readinessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asString()).isEqualTo("http");
        }

        JsonNode security = container.get("securityContext");
        assertThat(security.get("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.get("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(security.at("/capabilities/drop/0").asString()).isEqualTo("ALL");
        assertThat(container.at("/volumeMounts/0/mountPath").asString()).isEqualTo("/tmp");
        assertThat(pod.at("/volumes/0/name").asString())
                .isEqualTo(container.at("/volumeMounts/0/name").asString());
        assertThat(pod.at("/volumes/0/emptyDir").isObject()).isTrue();

        for (String resource : List.of("/requests/cpu", "/requests/memory", "/limits/memory")) {
            assertThat(container.at("/resources" + resource).asString())
                    .as(resource)
                    .isNotBlank();
        }

        for (var entry : env(deployment).entrySet()) {
            if (SECRET_NAME.matcher(entry.getKey()).matches()) {
                assertThat(entry.getValue().has("value"))
                        .as("%s is a secret and must come from a Secret", entry.getKey())
                        .isFalse();
            }
        }
    }

    private static void assertSecretReference(Map<String, JsonNode> env, String name, String secret, String key) {
        assertThat(env).containsKey(name);
        JsonNode reference = env.get(name).at("/valueFrom/secretKeyRef");
        assertThat(reference.get("name").asString()).as(name).isEqualTo(secret);
        assertThat(reference.get("key").asString()).as(name).isEqualTo(key);
    }

    private static String value(Map<String, JsonNode> env, String name) {
        assertThat(env).containsKey(name);
        return env.get(name).get("value").asString();
    }

    private static boolean labelsSelect(JsonNode selector, JsonNode deployment) {
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        return selector.propertyNames().stream()
                .allMatch(label -> selector.get(label).equals(podLabels.get(label)));
    }

    private List<JsonNode> render(UnaryOperator<TemplateCommand> values) {
        String rendered = values.apply(new Helm(CHART)
                        .template()
                        .withName(RELEASE)
                        .withNamespace("kcc")
                        .withKubeVersion(KUBERNETES))
                .call();
        try (MappingIterator<JsonNode> documents =
                yaml.readerFor(JsonNode.class).readValues(rendered)) {
            return documents.readAll().stream()
                    .filter(document -> document != null && document.isObject())
                    .toList();
        }
    }

    private static List<String> kinds(List<JsonNode> manifests) {
        return manifests.stream()
                .map(manifest -> manifest.get("kind").asString())
                .toList();
    }

    private static JsonNode only(List<JsonNode> manifests, String kind) {
        var matching = manifests.stream()
                .filter(manifest -> manifest.get("kind").asString().equals(kind))
                .toList();
        assertThat(matching).as("manifests of kind %s", kind).hasSize(1);
        return matching.getFirst();
    }

    private static Map<String, JsonNode> env(JsonNode deployment) {
        var env = new LinkedHashMap<String, JsonNode>();
        StreamSupport.stream(
                        deployment.at("/spec/template/spec/containers/0/env").spliterator(), false)
                .forEach(variable -> assertThat(env.put(variable.get("name").asString(), variable))
                        .as("%s given twice", variable.get("name"))
                        .isNull());
        return env;
    }
}
