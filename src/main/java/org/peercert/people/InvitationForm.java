package org.peercert.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin fills in to create a staff account: the JSON body of the API, and the page's form. */
public record InvitationForm(
        @NotBlank(message = "Enter a username.") @Size(max = 64, message = "Use at most 64 characters.")
        @Pattern(regexp = "[a-z0-9._-]*", message = "Use lower-case letters, digits, dots, hyphens or underscores.")
        String username,
        @NotBlank(message = "Enter an email address.") @Email(message = "Enter a valid email address.")
        @Size(max = 255, message = "Use at most 255 characters.")
        String email,
        @NotBlank(message = "Enter the given name(s) as on a legal ID.")
        @Size(max = 100, message = "Use at most 100 characters.")
        String firstName,
        @NotBlank(message = "Enter the family name as on a legal ID.")
        @Size(max = 100, message = "Use at most 100 characters.")
        String lastName,
        @NotBlank(message = "Choose a role.")
        @Pattern(regexp = "trainee|instructor|reviewer|admin", message = "Choose trainee, instructor, reviewer or admin.")
        String role) {

    public static InvitationForm empty() {
        return new InvitationForm("", "", "", "", Roles.INSTRUCTOR);
    }
}
