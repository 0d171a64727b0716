package org.interpreterline.platform.admin;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a signed-in person may do. The administrator (ADMIN_USER) reads and changes everything but the audit trail;
 * a supervisor reads what the administrator reads (history, board, reports, roster) and changes nothing but cancel a
 * request not yet connected; an auditor reads the audit trail and nothing else.
 */
public enum Role {
    ADMINISTRATOR,
    SUPERVISOR,
    AUDITOR;

    /** Whether whoever signed in for the request being served has this role (false outside a request). */
    public boolean signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + name()).equals(granted.getAuthority()));
    }
}
