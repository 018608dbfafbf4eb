package org.peercert.oral;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.people.PeopleDirectory;
import org.peercert.people.Roles;
import org.peercert.web.UserFacingException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Finds a slot's examiners by username in Keycloak: one or two people, each an instructor. */
@ApplicationScoped
public class Examiners {

    /** An examiner as a panel records them. */
    public record Examiner(String subject, String name) {
    }

    private final PeopleDirectory people;

    public Examiners(PeopleDirectory people) {
        this.people = people;
    }

    public List<Examiner> panel(List<String> usernames) {
        List<String> names = usernames == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(usernames.stream()
                .filter(u -> u != null && !u.isBlank()).map(String::trim).toList()));
        if (names.isEmpty() || names.size() > 2) {
            throw new UserFacingException(400, "examiners: name one or two examiners by username.");
        }
        return names.stream().map(this::examiner).toList();
    }

    private Examiner examiner(String username) {
        String subject = people.subjectOf(username).orElseThrow(() -> new UserFacingException(400,
                "examiners: no account has the username \"" + username + "\"."));
        if (!people.hasRole(subject, Roles.INSTRUCTOR)) {
            throw new UserFacingException(400, "examiners: " + username + " is not an instructor; examiners are instructors.");
        }
        return new Examiner(subject, people.legalName(subject).orElse(username));
    }
}
