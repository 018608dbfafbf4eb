package org.peercert.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Optional;

/**
 * The one place that turns exceptions into answers: problem details under {@code /api}, a
 * friendly page elsewhere. A 5xx is logged once, here; users never see class names or traces.
 * A missing login is left to Quarkus: it redirects pages to Keycloak and answers the API with a
 * bearer challenge (401), to which {@link ApiUnauthorized} adds the problem details.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(int status, String title, String detail);
    }

    private final AppMessages msg;

    public ErrorMapper(AppMessages msg) {
        this.msg = msg;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream().map(ErrorMapper::fieldError).toList();
        return answer(request, 400, msg.error_400_title(), msg.error_validation_detail(), errors);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return answer(request, 403, msg.error_403_title(), msg.error_403_detail(), List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500 && e instanceof UserFacingException) {
            // A known, explained outage (Keycloak away, a busy moment): say so, no stack trace.
            LOG.warnf("%s %s answered %d: %s", request.method(), request.path(), status, e.getMessage());
            return answer(request, status, msg.error_500_title(), e.getMessage(), List.of());
        }
        if (status >= 500) {
            LOG.error("Request failed: " + request.method() + " " + request.path(), e);
            return answer(request, status, msg.error_500_title(), msg.error_500_detail(), List.of());
        }
        String detail = e instanceof UserFacingException ? e.getMessage() : defaultDetail(status);
        Response answer = answer(request, status, defaultTitle(status), detail, List.of());
        if (status == 429) {
            // A client told to slow down is told for how long: the thrower's figure, else ten minutes.
            String retryAfter = e.getResponse().getHeaderString("Retry-After");
            return Response.fromResponse(answer).header("Retry-After", retryAfter == null ? "600" : retryAfter).build();
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (DatabaseUnavailable.outOfRoom(e)) {
            LOG.errorf("%s %s answered 503: the database has no room to store more (%s)", request.method(), request.path(), e.getMessage());
            return Response.fromResponse(answer(request, 503, msg.error_503_title(), msg.error_storage_detail(), List.of()))
                    .header("Retry-After", "300").build();
        }
        Optional<Throwable> lost = DatabaseUnavailable.cause(e);
        if (lost.isPresent()) {
            // The database is restarting or out of reach: nothing acknowledged is lost, so say "try
            // again"; a commit it cut off may have been stored, so say to look first.
            boolean unconfirmed = DatabaseUnavailable.commitUnconfirmed(e);
            LOG.warnf("%s %s answered 503: %s (%s)", request.method(), request.path(),
                    unconfirmed ? "the database went away as the change was committed" : "the database cannot be reached", lost.get());
            String detail = unconfirmed ? msg.error_unconfirmed_detail() : msg.error_database_detail();
            return Response.fromResponse(answer(request, 503, msg.error_503_title(), detail, List.of()))
                    .header("Retry-After", "5").build();
        }
        LOG.error("Request failed: " + request.method() + " " + request.path(), e);
        return answer(request, 500, msg.error_500_title(), msg.error_500_detail(), List.of());
    }

    private Response answer(HttpServerRequest request, int status, String title, String detail,
                            List<Problem.FieldError> errors) {
        if (request.path().startsWith("/api/")) {
            Problem problem = new Problem("about:blank", title, status, detail, request.path(), errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.page(status, title, detail)).build();
    }

    private String defaultTitle(int status) {
        return switch (status) {
            case 400 -> msg.error_400_title();
            case 403 -> msg.error_403_title();
            case 404 -> msg.error_404_title();
            case 409 -> msg.error_409_title();
            default -> Response.Status.fromStatusCode(status) == null ? "Error " + status
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }

    private String defaultDetail(int status) {
        return switch (status) {
            case 403 -> msg.error_403_detail();
            case 404 -> msg.error_404_detail();
            default -> msg.error_generic_detail();
        };
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "invite.form.email" -> "email": clients know their fields, not our method names.
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return new Problem.FieldError(field, violation.getMessage());
    }
}
