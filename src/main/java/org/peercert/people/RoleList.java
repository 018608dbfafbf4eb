package org.peercert.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** The roles, for templates: {@code {inject:roles.all}}. */
@Named("roles")
@ApplicationScoped
public class RoleList {

    public List<String> all() {
        return Roles.ALL;
    }
}
