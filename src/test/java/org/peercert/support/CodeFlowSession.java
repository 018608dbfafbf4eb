package org.peercert.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session without a browser: logs in through Keycloak's real login form with the
 * OIDC code flow, keeps the cookies, and then reads pages and posts forms as that person.
 */
public final class CodeFlowSession {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("(?:name=\"csrf-token\" value|data-csrf)=\"([^\"]+)\"");

    private final LocalhostCookieJar cookies = new LocalhostCookieJar();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String appUrl;

    private CodeFlowSession(String appUrl) {
        this.appUrl = appUrl;
    }

    /** Logs {@code user} in through Keycloak, starting from {@code /login}. */
    public static CodeFlowSession login(URL appRoot, DemoUser user) {
        return login(appRoot, user.username, DemoUser.PASSWORD);
    }

    /** Logs in any account of the realm, by username and password. */
    public static CodeFlowSession login(URL appRoot, String username, String password) {
        String appUrl = appRoot.toString().replaceAll("/$", "");
        CodeFlowSession session = new CodeFlowSession(appUrl);
        HttpResponse<String> loginPage = session.get("/login");
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri());
        }
        String url = action.group(1).replace("&amp;", "&");
        HttpResponse<String> landed = session.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(form(Map.of("username", username, "password",
                password))).build());
        if (!landed.uri().toString().startsWith(appUrl)) {
            throw new IllegalStateException("Login did not come back to PeerCert: " + landed.uri());
        }
        return session;
    }

    /** Keeps the cookies a response set (a refreshed session), for load generators that bring their own client. */
    public void remember(HttpResponse<?> response) {
        cookies.put(response.uri(), response.headers().map());
    }

    /** The session's cookies as a Cookie header, for load generators that bring their own client. */
    public String cookieHeader() {
        return cookies.header();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(appUrl + path)).GET().build());
    }

    /** Posts a form exactly as given (add the CSRF token yourself with {@link #csrfToken(String)}). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(appUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").POST(form(fields)).build());
    }

    /** Posts JSON the way the reader's script does: with the page's CSRF token in a header. */
    public HttpResponse<String> postJson(String path, String json, String csrfToken) {
        return send(HttpRequest.newBuilder(URI.create(appUrl + path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts a multipart form with one file, as a browser's file upload does (add the CSRF field yourself). */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                              String fileType, byte[] file) {
        String boundary = "----peercert-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(fileType).append("\r\n\r\n");
        body.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(appUrl + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts text/plain, as a cross-site form may: no CSRF token anywhere. */
    public HttpResponse<String> postText(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(appUrl + path)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token that the page at {@code path} puts in its forms. */
    public String csrfToken(String path) {
        Matcher token = CSRF_FIELD.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF field on " + path);
        }
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
