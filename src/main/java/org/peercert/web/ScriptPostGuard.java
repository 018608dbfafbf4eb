package org.peercert.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages post forms (their CSRF token is a field) or, from our own scripts, JSON with the token in
 * the X-CSRF-TOKEN header. Any other POST outside /api would skip the CSRF check, so it is
 * refused here; the API takes bearer tokens instead of cookies and is not concerned.
 */
public class ScriptPostGuard {

    @ServerRequestFilter(preMatching = true)
    public Response requireToken(ContainerRequestContext context, HttpServerRequest request) {
        if (!HttpMethod.POST.equals(context.getMethod()) || request.path().startsWith("/api/")) {
            return null;
        }
        MediaType type = context.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (form || context.getHeaderString("X-CSRF-TOKEN") != null) {
            return null;
        }
        return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("This request needs its page's CSRF token; reload the page and try again.").build();
    }
}
