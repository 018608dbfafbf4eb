package org.peercert.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * GET and HEAD carry no body. Some clients keep a form's Content-Type when they follow a 303 to
 * the page after a post; the stray header is dropped so that nothing tries to parse a body
 * that is not there (which would fail the page for no fault of the user).
 */
public class BodylessRequests {

    @ServerRequestFilter(preMatching = true)
    public void dropStrayContentType(ContainerRequestContext context) {
        String method = context.getMethod();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && context.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)) {
            context.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
