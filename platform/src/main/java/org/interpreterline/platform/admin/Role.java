package org.interpreterline.platform.admin;

/**
 * What a signed-in person may do. The administrator (ADMIN_USER) reads and changes everything but the audit trail;
 * a supervisor reads what the administrator reads (history, board, reports, roster) and changes nothing but cancel a
 * request not yet connected; an auditor reads the audit trail and nothing else.
 */
public enum Role {
    ADMINISTRATOR,
    SUPERVISOR,
    AUDITOR
}
