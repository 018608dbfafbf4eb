package org.peercert.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * Some refusals happen before our code runs and come with no body: the CSRF filter answers a
 * POST without a body with a bare 400. Under /api such an answer gets a problem document that
 * says what to send, so no client is left guessing.
 */
public class BareApiErrors {

    @ServerResponseFilter
    public void explain(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getStatus() == 400 && !response.hasEntity() && request.path().startsWith("/api/")) {
            response.setEntity(new Problem("about:blank", "The request could not be accepted", 400,
                    "Send a JSON body with Content-Type: application/json; send {} when there is nothing more to say.",
                    request.path(), List.of()), null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
