package org.peercert.web;

import io.quarkus.security.Authenticated;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercert.people.Roles;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every endpoint PeerCert serves, the API and the pages alike, for every role and for
 * anonymous, and checks each against the rule it declares: a method without a rule fails the
 * build; a role the rule leaves out gets 403; anonymous gets 401 (API) or the login (pages); a
 * role the rule lets in is let in. Ids in paths name nothing, so the walk changes nothing.
 */
@QuarkusTest
class EndpointRulesTest {

    private static final List<String> HTTP_METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.DELETE, HttpMethod.PATCH);
    /** Logging out ends the session the walk uses; it is covered by the login tests. */
    private static final Set<String> NOT_WALKED = Set.of("GET /logout");
    /** Pages whose purpose is to say a service is unavailable: their 503 is the answer, not a failure. */
    private static final Set<String> ANSWERS_503 = Set.of("GET /sign-in-unavailable");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private record Endpoint(String method, String path, Method javaMethod, Set<String> roles, boolean permitAll,
                            boolean authenticated, String consumes) {
        boolean api() {
            return path.startsWith("/api/");
        }

        boolean allows(String role) {
            return permitAll || authenticated || roles.contains(role);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestHTTPResource("/")
    URL root;

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final Map<String, String> COOKIES = new LinkedHashMap<>();

    @BeforeAll
    static void people() {
        for (DemoUser user : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1, DemoUser.REVIEWER1, DemoUser.ADMIN1)) {
            TOKENS.put(roleOf(user), user.accessToken());
        }
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() throws Exception {
        List<String> without = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (httpMethod(method) != null && rule(method, resource) == null) {
                    without.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(without.isEmpty(), "endpoints without a role rule: " + without);
    }

    @Test
    void everyEndpointAnswersEachRoleAndAnonymousAsItsRuleSays() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() > 40, "found only " + endpoints.size() + " endpoints");
        for (String role : TOKENS.keySet()) {
            COOKIES.put(role, CodeFlowSession.login(root, user(role)).cookieHeader());
        }
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (NOT_WALKED.contains(endpoint.toString())) {
                continue;
            }
            check(endpoint, null, wrong);
            for (String role : TOKENS.keySet()) {
                check(endpoint, role, wrong);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " answers break their rule:\n" + String.join("\n", wrong));
    }

    @Test
    void everyOperationOfTheOpenApiDocumentIsWalked() throws Exception {
        Set<String> walked = new TreeSet<>();
        endpoints().forEach(e -> walked.add(e.method() + " " + e.path().replaceAll("\\{[^}]+}", "{}")));
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(op -> {
            String key = op.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "{}");
            if (!walked.contains(key)) {
                missing.add(key);
            }
        }));
        assertTrue(missing.isEmpty(), "in the OpenAPI document but not walked: " + missing);
    }

    private void check(Endpoint endpoint, String role, List<String> wrong) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request(endpoint, role), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String who = role == null ? "anonymous" : role;
        String problem = null;
        if (status >= 500 && !(status == 503 && ANSWERS_503.contains(endpoint.toString()))) {
            problem = "failed with " + status;
        } else if (role == null && !endpoint.permitAll()) {
            boolean toLogin = (status == 302 || status == 303)
                    && response.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth");
            if (endpoint.api() ? status != 401 : !toLogin) {
                problem = "expected " + (endpoint.api() ? "401" : "a redirect to the login") + ", got " + status;
            }
        } else if (role != null && !endpoint.allows(role) && status != 403) {
            problem = "expected 403, got " + status;
        } else if (role != null && endpoint.allows(role) && (status == 401 || status == 403)) {
            problem = "is let in by its rule but got " + status;
        } else if (role == null && endpoint.permitAll() && (status == 401 || status == 403)) {
            problem = "is public but got " + status;
        }
        if (problem != null) {
            wrong.add(endpoint + " as " + who + ": " + problem);
        }
    }

    private HttpRequest request(Endpoint endpoint, String role) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "")
                + concrete(endpoint)));
        if (role != null) {
            if (endpoint.api()) {
                request.header("Authorization", "Bearer " + TOKENS.get(role));
            } else {
                request.header("Cookie", COOKIES.get(role));
            }
        }
        if (HttpMethod.GET.equals(endpoint.method())) {
            return request.GET().build();
        }
        String type = endpoint.consumes() == null ? MediaType.APPLICATION_JSON : endpoint.consumes();
        String body = type.startsWith(MediaType.APPLICATION_JSON) ? "{}" : "";
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA)) {
            type = MediaType.MULTIPART_FORM_DATA + "; boundary=walk";
            body = "--walk--\r\n";
        }
        // Page forms and scripts go without a valid CSRF token: a role let in is then refused for the
        // token (400), never 403. A script's POST names a token header, or it is refused before its rule is read.
        if (!endpoint.api() && type.startsWith(MediaType.APPLICATION_JSON)) {
            request.header("X-CSRF-TOKEN", "not-the-token");
        }
        return request.header("Content-Type", type).method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The path with each parameter filled by a value that names nothing, so nothing is changed. */
    private static String concrete(Endpoint endpoint) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Parameter p : endpoint.javaMethod().getParameters()) {
            String name = p.isAnnotationPresent(PathParam.class) ? p.getAnnotation(PathParam.class).value()
                    : p.isAnnotationPresent(RestPath.class) ? p.getName() : null;
            if (name != null) {
                types.put(name, p.getType());
            }
        }
        Matcher m = TEMPLATE.matcher(endpoint.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Class<?> type = types.getOrDefault(m.group(1), String.class);
            String value = type == long.class || type == Long.class || type == int.class || type == Integer.class ? "987654321"
                    : m.group(1).toLowerCase().contains("subject") ? "00000000-0000-0000-0000-000000000000"
                    : "no-such-" + m.group(1).toLowerCase();
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Endpoint> endpoints() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String http = httpMethod(method);
                Annotation rule = rule(method, resource);
                if (http == null || rule == null) {
                    continue;
                }
                String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
                String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : resource.getAnnotation(Consumes.class);
                endpoints.add(new Endpoint(http, path, method,
                        rule instanceof RolesAllowed r ? Set.of(r.value()) : Set.of(), rule instanceof PermitAll,
                        rule instanceof Authenticated, consumes == null ? null : consumes.value()[0]));
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null && HTTP_METHODS.contains(http.value())) {
                return http.value();
            }
        }
        return null;
    }

    /** The method's own rule, else its class's; null when neither says. */
    private static Annotation rule(Method method, Class<?> resource) {
        for (Class<? extends Annotation> kind : List.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class)) {
            if (method.isAnnotationPresent(kind)) {
                return method.getAnnotation(kind);
            }
        }
        for (Class<? extends Annotation> kind : List.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class)) {
            if (resource.isAnnotationPresent(kind)) {
                return resource.getAnnotation(kind);
            }
        }
        return null;
    }

    /** Every class of PeerCert with a JAX-RS {@code @Path}, found in the compiled classes. */
    private static List<Class<?>> resources() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/peercert"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static String roleOf(DemoUser user) {
        return switch (user) {
            case TRAINEE1, TRAINEE2 -> Roles.TRAINEE;
            case INSTRUCTOR1 -> Roles.INSTRUCTOR;
            case REVIEWER1 -> Roles.REVIEWER;
            case ADMIN1 -> Roles.ADMIN;
        };
    }

    private static DemoUser user(String role) {
        return Arrays.stream(DemoUser.values()).filter(u -> roleOf(u).equals(role)).findFirst().orElseThrow();
    }
}
