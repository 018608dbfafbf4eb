package org.peercert.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.people.Actor;
import org.peercert.web.CurrentUser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends events to the audit log, inside the transaction of the change they describe, so that
 * both commit or neither does. Appending is a plain insert and takes no lock: the
 * {@link AuditSealer} chains committed events a moment later, one pass at a time across nodes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    /** The service itself, for changes no person made (a job, a measured credit). */
    public static final Actor SYSTEM = new Actor("peercert", "PeerCert");

    private final ObjectMapper json;
    private final CurrentVertxRequest request;

    public AuditLog(ObjectMapper json, CurrentVertxRequest request) {
        this.json = json;
        this.request = request;
    }

    /** Records a change made by the person of the current request (or by the service, outside one). */
    public AuditEvent record(Audited what) {
        CurrentUser user = currentUser();
        if (user == null || !user.isLoggedIn()) {
            return append(what, SYSTEM, "system");
        }
        return append(what, user.actor(), String.join(",", user.roles()));
    }

    /** Records a change made by the service itself, such as a self-paced credit it measured. */
    public AuditEvent recordBySystem(Audited what) {
        return append(what, SYSTEM, "system");
    }

    private AuditEvent append(Audited what, Actor actor, String roles) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // what TIMESTAMP(6) keeps
        event.actorSubject = actor.subject();
        event.actorName = actor.name();
        event.actorRoles = roles.isEmpty() ? "none" : roles;
        event.clientAddress = clientAddress();
        event.action = what.action();
        event.traineeSubject = what.traineeSubject();
        event.courseId = what.courseId();
        event.recordType = what.recordType();
        event.recordId = what.recordId();
        event.details = details(what);
        event.persist();
        return event;
    }

    private String details(Audited what) {
        try {
            String text = json.writeValueAsString(what.details());
            return text.length() <= 4000 ? text : json.writeValueAsString(java.util.Map.of("truncated", text.substring(0, 3900)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details are not serialisable", e);
        }
    }

    private String clientAddress() {
        RoutingContext context = Arc.container().requestContext().isActive() ? request.getCurrent() : null;
        if (context == null || context.request().remoteAddress() == null) {
            return "-";
        }
        return context.request().remoteAddress().hostAddress();
    }

    private static CurrentUser currentUser() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(CurrentUser.class).get();
    }
}
