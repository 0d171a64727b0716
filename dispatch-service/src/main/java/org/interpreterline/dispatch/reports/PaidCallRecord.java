package org.interpreterline.dispatch.reports;

import java.util.List;
import org.interpreterline.dispatch.requests.PaidCall;

/**
 * The minutes report's own record of connected calls that ended, the forgotten requests' too (implemented at the
 * package root over the request record's store, so that reports does not depend on how the stores are read).
 */
public interface PaidCallRecord {

    List<PaidCall> all();
}
