package org.interpreterline.simulator.rest;

import org.interpreterline.simulator.support.RecentEntries;
import org.springframework.stereotype.Component;

/** Every Twilio REST request received, in arrival order. */
@Component
public class ApiLog extends RecentEntries<ApiLogEntry> {
}
