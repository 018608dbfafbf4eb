package org.peercert.ce;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.cluster.ClusterLock;
import org.peercert.config.LmsConfig;
import org.peercert.people.PeopleDirectory;
import org.peercert.web.TimeFormats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reminds specialists whose CE hours are still due, 60 and 14 days (configurable) before their CE
 * year ends. Each reminder goes once: its row is inserted before the email is sent, in the same
 * transaction, so a failed send is retried on the next run and a second node finds the row taken;
 * the cluster lock makes one node run the job per interval, so the others do not scan in vain.
 */
@ApplicationScoped
public class CeReminders {

    private static final Logger LOG = Logger.getLogger(CeReminders.class);

    private final ContinuingEducation ce;
    private final PeopleDirectory people;
    private final Mailer mailer;
    private final LmsConfig config;
    private final AuditLog audit;
    private final ClusterLock lock;

    public CeReminders(ContinuingEducation ce, PeopleDirectory people, Mailer mailer, LmsConfig config, AuditLog audit,
                       ClusterLock lock) {
        this.audit = audit;
        this.lock = lock;
        this.ce = ce;
        this.people = people;
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(identity = "ce-reminders", every = "${lms.ce.reminder-interval}", delayed = "PT1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        lock.runOnce("ce-reminders", ClusterLock.every(config.ce().reminderInterval()), Duration.ofMinutes(30), () -> {
            int sent = sendDue(ce.today());
            if (sent > 0) {
                LOG.infof("Sent %d CE reminder(s)", sent);
            }
        });
    }

    /** Sends every reminder due on {@code today}; answers how many went out. */
    public int sendDue(LocalDate today) {
        List<SpecialistRecord> specialists = QuarkusTransaction.requiringNew().call(SpecialistRecord::allCurrent);
        int sent = 0;
        for (SpecialistRecord specialist : specialists) {
            CeStanding standing = QuarkusTransaction.requiringNew().call(() -> ce.standing(specialist, today));
            Optional<Integer> due = dueReminder(standing);
            if (due.isPresent() && sendOnce(standing, due.get())) {
                sent++;
            }
        }
        return sent;
    }

    /** The nearest reminder whose day has come, while hours are due; none once the year is over. */
    Optional<Integer> dueReminder(CeStanding standing) {
        long daysLeft = standing.daysLeft();
        if (standing.complete() || daysLeft <= 0) {
            return Optional.empty();
        }
        return config.ce().reminderDays().stream().sorted().filter(days -> daysLeft <= days).findFirst();
    }

    private boolean sendOnce(CeStanding standing, int daysBefore) {
        String subject = standing.specialist().traineeSubject;
        Optional<String> email = people.email(subject);
        if (email.isEmpty()) {
            LOG.warnf("No email address for specialist %s; CE reminder not sent", subject);
            return false;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                CeReminder.record(subject, standing.year().end(), daysBefore, email.get());
                audit.recordBySystem(Audited.of("ce.reminder-sent").trainee(subject).record("ce_reminder", daysBefore)
                        .with("yearEndsOn", standing.year().end()).with("daysBefore", daysBefore).with("to", email.get())
                        .with("remainingHours", standing.remainingHours()));
                mailer.send(message(standing, email.get()));
            });
            return true;
        } catch (PersistenceException e) {
            return false; // already sent, by this node earlier or by another one
        } catch (RuntimeException e) {
            LOG.warnf("CE reminder to %s not sent (%s); it is tried again on the next run", email.get(), e.getMessage());
            return false;
        }
    }

    private Mail message(CeStanding standing, String to) {
        String hours = standing.remainingHours().stripTrailingZeros().toPlainString();
        String deadline = TimeFormats.date(standing.year().deadline());
        String text = "Hello " + standing.specialist().legalName + ",\n\n"
                + "Your continuing-education year ends on " + deadline + ". You have "
                + standing.doneHours().stripTrailingZeros().toPlainString() + " of "
                + standing.requiredHours().stripTrailingZeros().toPlainString() + " CE hours so far, so " + hours
                + " hours are still due.\n\n"
                + "See your CE year and record CE you did elsewhere: " + config.publicUrl() + "/ce\n\n"
                + config.provider().name() + "\n" + config.provider().contactEmail() + "\n";
        return Mail.withText(to, "Your CE hours are due by " + deadline + ": " + hours + " h to go", text);
    }
}
