package org.interpreterline.simulator.twiml;

import java.util.Optional;

/**
 * What the simulator can tell about the audio behind a {@code <Play>} URL. Its own recordings are heard as the
 * words recorded; any other URL is only an address, and a phone's transcript shows that.
 */
@FunctionalInterface
public interface AudioFiles {

    /** @return what a phone hears when {@code url} is played, or empty when the simulator does not know */
    Optional<String> heardAs(String url);
}
