package org.interpreterline.events.audit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.interpreterline.events.LineEvent;

/**
 * Who looked at or changed what, on the append-only {@code line.audit} topic (key = the service's name): written by
 * every service's admin API, never read back by the line itself and never editable through it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(AdminRequestServed.class)})
public sealed interface AuditEvent extends LineEvent permits AdminRequestServed {
}
