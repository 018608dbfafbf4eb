package org.peercert.hours;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.course.CourseCatalogs;
import org.peercert.course.Module;
import org.peercert.people.Roles;
import org.peercert.trainee.Enrolment;
import org.peercert.web.CurrentUser;
import org.peercert.web.UserFacingException;

import java.net.URI;

/**
 * The module reader, where self-paced time is counted: the page, the heartbeat it sends while
 * the trainee is active, and its knowledge check. Everyone with an account may read; only an
 * enrolled trainee's time counts.
 */
@Path("/courses/{id}/modules/{slug}")
public class ModuleResource {

    /** What the reader shows about counting: only for an enrolled trainee on a course with self-paced credit. */
    public record Reading(boolean counting, boolean enrolled, long measuredMinutes, int minimumMinutes, boolean credited,
                          boolean checkPassed, int beatSeconds, int idleSeconds) {
        public int idleMinutes() {
            return idleSeconds / 60;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance module(Course course, Module module, Module previous, Module next, Reading reading,
                                              KnowledgeCheckView check);
    }

    private final CourseCatalog catalog;
    private final SeatTimeService seatTime;
    private final KnowledgeCheckService checks;
    private final CurrentUser user;
    private final LmsConfig config;

    public ModuleResource(CourseCatalog catalog, SeatTimeService seatTime, KnowledgeCheckService checks,
                          CurrentUser user, LmsConfig config) {
        this.catalog = catalog;
        this.seatTime = seatTime;
        this.checks = checks;
        this.user = user;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.TRAINEE, Roles.INSTRUCTOR, Roles.REVIEWER, Roles.ADMIN})
    public TemplateInstance read(@PathParam("id") String id, @PathParam("slug") String slug,
                                 @QueryParam("attempt") Long attempt) {
        Course course = CourseCatalogs.require(catalog, id);
        Module module = module(course, slug);
        return Templates.module(course, module, course.before(slug).orElse(null), course.after(slug).orElse(null),
                reading(course, module), knowledgeCheck(course, module, attempt));
    }

    /** The form in this trainee's order, and the review of their attempt named in the address, if it is theirs. */
    private KnowledgeCheckView knowledgeCheck(Course course, Module module, Long attempt) {
        if (module.knowledgeCheck().isEmpty()) {
            return KnowledgeCheckView.of(module, 0, null); // nothing to order or review: no queries on the reader's path
        }
        String trainee = user.subject();
        long tries = KnowledgeCheckAttempt.tries(trainee, course.id(), module.slug());
        long seed = ((long) trainee.hashCode() << 32) ^ (course.id() + "/" + module.slug()).hashCode() ^ (tries * 0x9E3779B97F4A7C15L);
        KnowledgeCheckAttempt last = attempt == null ? null
                : KnowledgeCheckAttempt.ofTrainee(attempt, trainee, course.id(), module.slug()).orElse(null);
        return KnowledgeCheckView.of(module, seed, last);
    }

    @POST
    @Path("activity")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINEE)
    public SeatTimeService.BeatResult beat(@PathParam("id") String id, @PathParam("slug") String slug) {
        Course course = CourseCatalogs.require(catalog, id);
        Module module = module(course, slug);
        // A beat locks one row, its trainee's clock, and takes no gap locks (ActivityClock), so
        // beats should never deadlock; should MariaDB still roll one back as a deadlock or a lock
        // wait timeout, trying again is the documented answer, after a short random pause that
        // keeps two from meeting again.
        for (int attempt = 1; ; attempt++) {
            try {
                return seatTime.beat(user.subject(), course, module);
            } catch (jakarta.persistence.PessimisticLockException | jakarta.persistence.LockTimeoutException
                     | org.hibernate.exception.LockAcquisitionException e) {
                if (attempt == 5) {
                    throw new UserFacingException(503, "Busy recording your reading time; it continues with the next beat.");
                }
                pauseBeforeRetry(attempt);
            }
        }
    }

    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @POST
    @Path("knowledge-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.TRAINEE)
    public Response check(@PathParam("id") String id, @PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        Course course = CourseCatalogs.require(catalog, id);
        KnowledgeCheckAttempt attempt = checks.submit(user.subject(), course, module(course, slug), form);
        return Response.seeOther(URI.create("/courses/" + id + "/modules/" + slug + "?attempt=" + attempt.id + "#knowledge-check"))
                .build();
    }

    private Reading reading(Course course, Module module) {
        String trainee = user.subject();
        boolean enrolled = user.has(Roles.TRAINEE) && Enrolment.of(trainee, course.id()).isPresent();
        boolean counting = enrolled && !course.liveOnly() && !module.liveOnly();
        long measured = enrolled ? ActivityBeat.moduleMs(trainee, course.id(), module.slug()) / 60_000 : 0;
        return new Reading(counting, enrolled, measured, module.minimumMinutes(),
                enrolled && ModuleCompletion.exists(trainee, course.id(), module.slug()),
                enrolled && KnowledgeCheckAttempt.passed(trainee, course.id(), module.slug()),
                (int) config.seatTime().beatInterval().toSeconds(), (int) config.seatTime().idleWindow().toSeconds());
    }

    private static Module module(Course course, String slug) {
        return course.module(slug).orElseThrow(() -> new UserFacingException(404,
                "The course \"" + course.title() + "\" has no module \"" + slug + "\". Its page lists the modules."));
    }
}
