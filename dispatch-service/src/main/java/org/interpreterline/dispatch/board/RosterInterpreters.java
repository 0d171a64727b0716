package org.interpreterline.dispatch.board;

import java.util.List;
import java.util.Optional;
import org.interpreterline.events.roster.InterpreterSnapshot;

/**
 * The interpreters of the roster this instance serves, as the board reads them: a look-up the board asks for and the
 * service's Kafka side answers ({@code InterpretersOfThisRoster}), so that the board needs no Streams plumbing.
 */
public interface RosterInterpreters {

    /** Their latest snapshots; empty while the tables start (the board then keeps what it showed). */
    Optional<List<InterpreterSnapshot>> now();
}
