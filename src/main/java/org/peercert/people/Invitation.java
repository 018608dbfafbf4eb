package org.peercert.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;

/** A staff account that an admin created, with its role: evidence of a role grant, never changed. */
@Entity
@Table(name = "invitation")
@Immutable
public class Invitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;
    public String email;

    @Column(name = "legal_name")
    public String legalName;

    public String role;

    @Column(name = "keycloak_user_id")
    public String keycloakUserId;

    /** OIDC subject of the admin who sent it. */
    @Column(name = "invited_by")
    public String invitedBy;

    @Column(name = "invited_by_name")
    public String invitedByName;

    @Column(name = "invited_at")
    public Instant invitedAt;

    public static List<Invitation> newestFirst() {
        return list("order by invitedAt desc, id desc");
    }
}
