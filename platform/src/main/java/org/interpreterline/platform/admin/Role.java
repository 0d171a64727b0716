package org.interpreterline.platform.admin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a signed-in person may do. The administrator (ADMIN_USER) reads and changes everything but the audit trail;
 * a supervisor reads what the administrator reads (history, board, reports, roster) and changes nothing but cancel a
 * request not yet connected; an auditor reads the audit trail and nothing else; a roster's supervisor reads one agency's
 * roster's requests, board and minutes ({@link #limitedRoster}) and nothing else.
 */
public enum Role {
    ADMINISTRATOR,
    SUPERVISOR,
    AUDITOR,
    ROSTER_SUPERVISOR;

    /** The authority that names the one roster a {@link #ROSTER_SUPERVISOR} may read. */
    static final String ROSTER_AUTHORITY = "ROSTER_";

    /**
     * The roster whoever signed in for the request being served is limited to; empty for everyone else (they see
     * every roster) and outside a request.
     */
    public static java.util.Optional<String> limitedRoster() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            return java.util.Optional.empty();
        }
        return signedIn.getAuthorities().stream().map(granted -> granted.getAuthority())
                .filter(a -> a != null && a.startsWith(ROSTER_AUTHORITY)).map(a -> a.substring(ROSTER_AUTHORITY.length()))
                .findFirst();
    }

    /** Whether whoever signed in for the request being served has this role (false outside a request). */
    public boolean signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + name()).equals(granted.getAuthority()));
    }
}
