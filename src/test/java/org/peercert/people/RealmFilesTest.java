package org.peercert.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm and the demo realm must not drift: same roles, same web client, same
 * service-account rights. Only the demo has people and a direct-grant client.
 */
class RealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothRealmsDefineExactlyPeerCertsRoles() throws IOException {
        for (JsonNode realm : List.of(production(), demo())) {
            assertEquals(Roles.ALL, names(realm.path("roles").path("realm"), "name"));
        }
    }

    @Test
    void theWebClientAndItsServiceAccountAgree() throws IOException {
        JsonNode prodWeb = client(production(), "peercert-web");
        JsonNode demoWeb = client(demo(), "peercert-web");
        for (String flag : List.of("publicClient", "standardFlowEnabled", "directAccessGrantsEnabled", "serviceAccountsEnabled")) {
            assertEquals(prodWeb.path(flag), demoWeb.path(flag), flag);
        }
        assertEquals(serviceAccount(production()), serviceAccount(demo()));
    }

    @Test
    void productionHasNoDemoPeopleNoDirectGrantsAndNoFixedSecret() throws IOException {
        JsonNode production = production();
        assertEquals(List.of("service-account-peercert-web"), names(production.path("users"), "username"));
        assertEquals(List.of("peercert-web"), names(production.path("clients"), "clientId"));
        assertFalse(client(production, "peercert-web").path("directAccessGrantsEnabled").asBoolean());
        assertEquals("${PEERCERT_OIDC_SECRET}", client(production, "peercert-web").path("secret").asText());
    }

    @Test
    void theDemoHasItsPeopleAndTheCliClient() throws IOException {
        JsonNode demo = demo();
        assertTrue(names(demo.path("users"), "username").containsAll(
                List.of("trainee1", "trainee2", "instructor1", "reviewer1", "admin1")));
        assertTrue(client(demo, "peercert-cli").path("directAccessGrantsEnabled").asBoolean());
    }

    private static JsonNode serviceAccount(JsonNode realm) {
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                return user;
            }
        }
        throw new AssertionError("no service account");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path(field).asText()));
        return names;
    }

    private static JsonNode production() throws IOException {
        return JSON.readTree(Path.of("docker/keycloak/peercert-realm.json").toFile());
    }

    private static JsonNode demo() throws IOException {
        return JSON.readTree(Path.of("docker/keycloak/demo/peercert-realm.json").toFile());
    }
}
