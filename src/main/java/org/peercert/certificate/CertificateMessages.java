package org.peercert.certificate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every sentence of certificates: issuing, the name to print, evaluation, verification, admin. {@code {cert:key}} in templates. */
@MessageBundle("cert")
public interface CertificateMessages {

    @Message("Verify a certificate")
    String verify_title();

    @Message("Enter the certificate number printed beside the QR code. No login is needed.")
    String verify_lead();

    @Message("Certificate number")
    String verify_number_label();

    @Message("16 letters and digits, like 7KQ4-M2XD-9TRB-HW3C; case, spaces and hyphens do not matter.")
    String verify_number_hint();

    @Message("Verify")
    String verify_submit();

    @Message("Certificate {number}")
    String verify_result_title(String number);

    @Message("What the certificate states")
    String verify_facts();

    @Message("Name")
    String verify_name();

    @Message("Course")
    String verify_course();

    @Message("Credential")
    String verify_credential();

    @Message("Credit hours")
    String verify_hours();

    @Message("{hours} (one hour is {minutes} minutes)")
    String verify_hours_value(String hours, int minutes);

    @Message("Delivery")
    String verify_formats();

    @Message("Training dates")
    String verify_training();

    @Message("{from} to {to}")
    String verify_date_range(String from, String to);

    @Message("Completed on")
    String verify_completed();

    @Message("Issued on")
    String verify_issued();

    @Message("Expires on")
    String verify_expires();

    @Message("Continuing education due by")
    String verify_ce_due();

    @Message("Provider")
    String verify_provider();

    @Message("Provider approval number")
    String verify_approval();

    @Message("Revoked on")
    String verify_revoked_on();

    @Message("Reason")
    String verify_reason();

    @Message("Check a PDF copy")
    String verify_upload_heading();

    @Message("Choose the PDF you were given. PeerCert says whether it is, byte for byte, the file it issued. The file is not kept.")
    String verify_upload_hint();

    @Message("Certificate PDF")
    String verify_upload_label();

    @Message("Check the file")
    String verify_upload_submit();

    @Message("Verify another number")
    String verify_another();

    @Message("{#when status}{#is 'VALID'}Valid{#is 'EXPIRED'}Expired{#is 'REVOKED'}Revoked{#else}{status}{/when}")
    String certificate_status(String status);

    @Message("Your certificates")
    String certificates_title();

    @Message("Each certificate is issued once and signed by your training provider. Anyone can check it with its number or QR code.")
    String certificates_lead();

    @Message("Name printed on your certificates")
    String certificates_name_heading();

    @Message("Your certificates print {name}.")
    String certificates_name_confirmed(String name);

    @Message("Before your first certificate, confirm the name it will print.")
    String certificates_name_needed();

    @Message("Your account's name is now {name}. Confirm it before your next certificate.")
    String certificates_name_changed(String name);

    @Message("Check and confirm your name")
    String certificates_name_link();

    @Message("Issued to you")
    String certificates_issued_heading();

    @Message("No certificate has been issued to you yet.")
    String certificates_none();

    @Message("Download the certificate (PDF)")
    String certificates_download_pdf();

    @Message("Download the digital credential (Open Badges 3.0)")
    String certificates_download_credential();

    @Message("Public verification page")
    String certificates_verify_link();

    @Message("Your courses")
    String certificates_courses_heading();

    @Message("What the certificate needs")
    String certificates_requirements();

    @Message("Done")
    String certificates_met();

    @Message("To do")
    String certificates_unmet();

    @Message("Get my certificate")
    String certificates_issue();

    @Message("Fill in the course evaluation")
    String certificates_evaluation_link();

    @Message("The name on your certificates")
    String name_title();

    @Message("Your account holds this legal name:")
    String name_account();

    @Message("Yes, print this name on my certificates")
    String name_confirm_button();

    @Message("If it is wrong or incomplete, correct it in your account settings first, then come back and confirm it.")
    String name_wrong();

    @Message("The identity server did not answer, so your name cannot be shown now. Try again in a minute.")
    String name_unavailable();

    @Message("You confirmed {name} on {date}.")
    String name_confirmed_on(String name, String date);

    @Message("Back to your certificates")
    String name_back();

    @Message("Evaluate {course}")
    String evaluation_title(String course);

    @Message("Your answers help the provider improve this course; the certificate is issued after the evaluation. Rate each statement.")
    String evaluation_lead();

    @Message("The course met its stated learning objectives.")
    String evaluation_item_objectives();

    @Message("What I learned applies to my work.")
    String evaluation_item_relevance();

    @Message("The instructors and materials presented the content clearly.")
    String evaluation_item_clarity();

    @Message("The way the course was delivered worked well for me.")
    String evaluation_item_format();

    @Message("I will use what I learned in my practice.")
    String evaluation_item_apply();

    @Message("I would recommend this course to a colleague.")
    String evaluation_item_recommend();

    @Message("Strongly disagree")
    String evaluation_scale_1();

    @Message("Disagree")
    String evaluation_scale_2();

    @Message("Neither agree nor disagree")
    String evaluation_scale_3();

    @Message("Agree")
    String evaluation_scale_4();

    @Message("Strongly agree")
    String evaluation_scale_5();

    @Message("Comments (optional)")
    String evaluation_comments();

    @Message("What worked, what to change, anything else. At most 4,000 characters.")
    String evaluation_comments_hint();

    @Message("Submit the evaluation")
    String evaluation_submit();

    @Message("You submitted this evaluation on {date}. Thank you; it is kept as submitted.")
    String evaluation_submitted(String date);

    @Message("Certificates")
    String admin_certificates_title();

    @Message("Holder")
    String admin_certificates_holder();

    @Message("Status")
    String admin_certificates_status();

    @Message("Show certificates")
    String admin_certificates_show();

    @Message("No certificate has been issued for this course yet.")
    String admin_certificates_none();

    @Message("Bulk issue and download")
    String admin_bulk_heading();

    @Message("Issue certificates to everyone who has completed")
    String admin_bulk_issue();

    @Message("Every enrolled trainee without a valid certificate is checked against the course's completion rule: those who meet it get their certificate, the others are listed with what is missing.")
    String admin_bulk_issue_hint();

    @Message("Download every certificate as a ZIP")
    String admin_bulk_download();

    @Message("Both run in the background; their progress is kept, so you can leave the page and come back.")
    String admin_bulk_hint();

    @Message("Recent jobs")
    String admin_jobs_heading();

    @Message("{#when kind}{#is 'issue'}Bulk issue{#else}Bulk download{/when}")
    String job_kind(String kind);

    @Message("{kind} {id}")
    String job_title(String kind, Long id);

    @Message("{done} of {total} done")
    String job_progress(long done, int total);

    @Message("{done} of {total} done")
    String job_progress_text(String done, String total);

    @Message("Issued")
    String job_issued();

    @Message("Skipped")
    String job_skipped();

    @Message("Failed")
    String job_failed();

    @Message("Added to the ZIP")
    String job_added();

    @Message("Finished.")
    String job_finished();

    @Message("Running in the background: you can leave this page and come back.")
    String job_running();

    @Message("Download the ZIP")
    String job_zip();

    @Message("Skipped or failed, with the reason")
    String job_problems();

    @Message("Started by {name} on {when}")
    String job_started_by(String name, String when);

    @Message("Revoke this certificate")
    String admin_revoke_heading();

    @Message("Verification shows the revocation and its reason at once, to anyone who checks the number. It cannot be undone; a corrected certificate is issued anew after it.")
    String admin_revoke_hint();

    @Message("Reason (shown publicly)")
    String admin_revoke_reason();

    @Message("Revoke")
    String admin_revoke_submit();

    @Message("A corrected certificate may be issued in its place (for example, the name or a date was wrong). Leave this unticked when the training or an exam is in doubt.")
    String admin_allow_at_revocation();

    @Message("A new certificate")
    String admin_replacement_heading();

    @Message("{name} allowed a new certificate in its place on {when}: {reason}")
    String admin_replacement_allowed(String name, String when, String reason);

    @Message("No new certificate for this course can be issued to the trainee, by them or by a bulk issue, until an admin allows it here.")
    String admin_replacement_blocked();

    @Message("Why a new certificate may now be issued")
    String admin_replacement_reason();

    @Message("Allow a new certificate")
    String admin_replacement_submit();

    @Message("Revoked by {name} on {when}.")
    String admin_revoked_by(String name, String when);

    @Message("Issued by {name} on {when}.")
    String admin_issued_by(String name, String when);

    @Message("Issued on {when}, when {name} asked for it once every requirement was met.")
    String admin_issued_on_request(String name, String when);

    @Message("Your certificates")
    String action_certificates_title();

    @Message("Confirm the name to print, see what each course still needs, and download your signed certificates and digital credentials.")
    String action_certificates_trainee_description();

    @Message("Each course's certificates and their status; revoke with a reason; issue and download in bulk.")
    String action_certificates_admin_description();

    @Message("Each course's certificates with their status and revocations.")
    String action_certificates_reviewer_description();

    @Message("Check a certificate's status by its number, and whether a PDF copy is the issued file.")
    String action_verify_description();
}
