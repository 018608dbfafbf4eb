package org.peercert.ce;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every sentence of the continuing-education pages: {@code {ce:key}} in templates. */
@MessageBundle("ce")
public interface CeMessages {

    @Message("Continuing education")
    String title();

    @Message("See your CE year: hours done, hours due and the deadline, and record CE you did elsewhere.")
    String action_ce_description();

    @Message("Specialists and CE")
    String admin_title();

    @Message("Record specialists' certifications and answer their claims of CE done elsewhere.")
    String action_ce_admin_description();

    @Message("Every specialist's CE year and every claim of CE done elsewhere, with its certificate.")
    String action_ce_reviewer_description();

    @Message("PeerCert does not know you as a certified specialist yet. Once your provider records your certification, your CE year appears here.")
    String not_specialist();

    @Message("CE year {number}: {start} to {deadline}")
    String year_heading(int number, String start, String deadline);

    @Message("{done} of {required} CE hours done")
    String done_of(String done, String required);

    @Message("{hours} hours still due by {deadline} ({days} days left).")
    String due(String hours, String deadline, long days);

    @Message("This year's CE hours are complete.")
    String complete();

    @Message("You work for an alcohol/drug program (908 KAR 1:370): 10 hours a year, relevant to alcohol and drugs.")
    String alcohol_drug_note();

    @Message("What counts this year")
    String credits_heading();

    @Message("Nothing yet. PeerCert's continuing-education courses count by themselves once completed; CE done elsewhere counts once approved.")
    String no_credits();

    @Message("PeerCert course")
    String source_peercert_course();

    @Message("Outside CE")
    String source_outside_ce();

    @Message("Record CE you did elsewhere")
    String claim_heading();

    @Message("Attach the certificate you received (PDF, PNG or JPEG, at most {kb} KB). An admin checks it; the hours count once approved.")
    String claim_hint(int kb);

    @Message("Training title")
    String field_title();

    @Message("Provider")
    String field_provider();

    @Message("CE hours on the certificate")
    String field_hours();

    @Message("Completion date")
    String field_completed_on();

    @Message("Certificate file")
    String field_certificate();

    @Message("Send the claim")
    String claim_submit();

    @Message("Your claim was sent. An admin will check it.")
    String claim_sent();

    @Message("Your claims")
    String claims_heading();

    @Message("Waiting for an admin")
    String status_pending();

    @Message("Approved")
    String status_approved();

    @Message("Rejected: {reason}")
    String status_rejected(String reason);

    @Message("Download the certificate")
    String claim_file();

    @Message("Specialists")
    String specialists_heading();

    @Message("No specialists are recorded yet.")
    String no_specialists();

    @Message("Record a certification")
    String record_heading();

    @Message("For a specialist certified outside PeerCert, or to correct a record: a new record with a reason, the old one is kept.")
    String record_hint();

    @Message("Username")
    String field_username();

    @Message("Credential")
    String field_credential();

    @Message("Certification date")
    String field_certified_on();

    @Message("Works for an alcohol/drug program (908 KAR 1:370)")
    String field_alcohol_drug();

    @Message("Reason")
    String field_reason();

    @Message("Record")
    String record_submit();

    @Message("{name}'s certification is recorded.")
    String recorded(String name);

    @Message("Claims waiting for an answer")
    String pending_heading();

    @Message("No claims are waiting.")
    String no_pending();

    @Message("Approve")
    String approve();

    @Message("Approve {title} for {name}")
    String approve_label(String title, String name);

    @Message("Reject, with this reason")
    String reject();

    @Message("Reason for rejecting {title}")
    String reject_reason_label(String title);

    @Message("The claim is answered.")
    String decided();

    @Message("{done} of {required} h, due {deadline}")
    String specialist_line(String done, String required, String deadline);
}
