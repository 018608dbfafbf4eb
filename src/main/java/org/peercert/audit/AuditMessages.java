package org.peercert.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every sentence of the audit log page: {@code {audit:key}} in templates. */
@MessageBundle("audit")
public interface AuditMessages {

    @Message("Audit log")
    String title();

    @Message("Every change to a record, with who made it, when and from where. Each event is chained to the one before it by a hash within a second or two of being written, so any change to the log shows. Events are kept at least {years} years and never deleted.")
    String lead(int years);

    @Message("Check the chain")
    String verify_heading();

    @Message("Check the whole chain now")
    String verify_now();

    @Message("The chain is intact: {count} events checked, every hash matches.")
    String intact(long count);

    @Message("The chain is broken at event {seq}: {problem}. Events from there on cannot be trusted.")
    String broken(Long seq, String problem);

    @Message("The chain does not cover every event: {problem}.")
    String unsealed(String problem);

    @Message("(being chained)")
    String awaiting_seal();

    @Message("Filter")
    String filter_heading();

    @Message("Action")
    String field_action();

    @Message("The start of an action's name is enough, for example enrolment. or hours.")
    String field_action_hint();

    @Message("Trainee (name or subject)")
    String field_trainee();

    @Message("Course id")
    String field_course();

    @Message("Actor (name or subject)")
    String field_actor();

    @Message("From")
    String field_from();

    @Message("To")
    String field_to();

    @Message("Show")
    String filter_submit();

    @Message("Events, newest first")
    String events_heading();

    @Message("No events match.")
    String no_events();

    @Message("By {name} ({roles}) from {address}")
    String by(String name, String roles, String address);

    @Message("Trainee {subject}")
    String trainee(String subject);

    @Message("Pages of the audit log")
    String pages_label();

    @Message("Newer events")
    String newer();

    @Message("Older events")
    String older();

    @Message("Every change to every record, with who, when and from where, and a check that nothing in the log was altered.")
    String action_audit_description();
}
