package org.peercert.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * A 401 from the API is problem details too, with the bearer challenge (RFC 6750) kept: a request
 * without a token is refused by the role check inside JAX-RS (answered here by a response filter),
 * one with a bad token by the bearer check before it (answered by a route failure handler).
 */
@ApplicationScoped
public class ApiUnauthorized {

    static final String DETAIL_MISSING = "This API takes a bearer token from the realm's Keycloak: send it as "
            + "\"Authorization: Bearer <token>\".";
    static final String DETAIL_REFUSED = "The bearer token was refused: it is expired, malformed or not signed by the "
            + "realm's Keycloak. Get a new token and try again.";

    private final ObjectMapper json;

    public ApiUnauthorized(ObjectMapper json) {
        this.json = json;
    }

    void badTokens(@Observes Router router) {
        router.route("/api/*").order(-100).failureHandler(context -> {
            HttpServerResponse response = context.response();
            if (context.failure() instanceof AuthenticationFailedException && !response.ended() && !response.headWritten()) {
                response.setStatusCode(401).putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(body(context.request().path(), DETAIL_REFUSED));
            } else {
                context.next();
            }
        });
    }

    @ServerResponseFilter
    public void missingToken(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (response.getStatus() == 401 && !response.hasEntity() && path.startsWith("/api/")) {
            response.setEntity(body(path, DETAIL_MISSING), null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private String body(String path, String detail) {
        try {
            return json.writeValueAsString(new Problem("about:blank", "Sign-in needed", 401, detail, path, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
