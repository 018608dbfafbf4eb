package org.peercert.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF check (quarkus-rest-csrf) refuses a form with a bare 400, which a browser shows as a
 * blank error. A person whose page sat open past the token's life, or whose cookie was cleared,
 * gets this page instead: what happened, that nothing was saved, and the way back to the form.
 * The refusal stands; only its explanation is added.
 */
public class CsrfRefusalPage {

    private final AppMessages msg;

    public CsrfRefusalPage(AppMessages msg) {
        this.msg = msg;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (response.getStatus() != 400 || response.hasEntity() || !HttpMethod.POST.equals(request.getMethod())
                || http.path().startsWith("/api/") || accept == null || !accept.contains(MediaType.TEXT_HTML)) {
            return;
        }
        String page = ErrorMapper.Templates.page(400, msg.csrf_refused_title(), msg.csrf_refused_detail()).render();
        response.setEntity(page, null, MediaType.valueOf("text/html;charset=UTF-8"));
    }
}
