package org.peercert.people;

/** Who did something: the OIDC subject and the name recorded beside it as evidence. */
public record Actor(String subject, String name) {
}
