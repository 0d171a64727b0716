package org.interpreterline.platform.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as a problem detail that says whose role may not do what was asked. */
final class RoleRefusal implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Principal user = request.getUserPrincipal();
        String who = user == null ? "this user" : "'" + user.getName() + "'";
        String what = request.getMethod() + " " + request.getRequestURI();
        String detail = request.isUserInRole(Role.AUDITOR.name())
                ? who + " is an auditor: only GET " + AdminAccess.AUDIT_TRAIL + " is open to the role, not " + what
                : request.isUserInRole(Role.ROSTER_SUPERVISOR.name())
                        ? who + " supervises one roster: the role reads that roster's requests, board and minutes,"
                                + " so " + what + " is refused"
                : request.isUserInRole(Role.SUPERVISOR.name())
                        ? who + " is a supervisor: the role reads, and cancels requests not yet connected; it changes"
                                + " nothing else, so " + what + " is refused"
                        : who + " may not " + what
                                + (request.getRequestURI().startsWith(AdminAccess.AUDIT_TRAIL)
                                        ? ": the audit trail is read by the auditor only" : "");
        ProblemAnswer.write(request, response, HttpStatus.FORBIDDEN, detail);
    }
}
