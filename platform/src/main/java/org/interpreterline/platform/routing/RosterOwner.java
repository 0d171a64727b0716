package org.interpreterline.platform.routing;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.state.HostInfo;
import org.interpreterline.platform.streams.LineStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance of this service hosts the active Streams task of the line's roster: the one that can read the
 * roster's state and must answer for it. Asked of Kafka Streams' own metadata ({@code queryMetadataForKey}), so
 * it follows the group's assignment, standby takeovers included.
 */
public class RosterOwner {

    /** Where a request for the roster is to be answered. */
    public sealed interface Owner {
        /** this instance */
        record Here() implements Owner {
        }

        /** another instance, at this base URL */
        record There(HostInfo host, URI url) implements Owner {
        }

        /** nobody known right now (starting, or the group is rebalancing) */
        record Unknown() implements Owner {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RosterOwner.class);

    private final LineStreams streams;
    private final String rosterId;
    private final String scheme;
    private final AtomicReference<String> lastSeen = new AtomicReference<>("");

    /**
     * @param streams the service's topology; null for a service without one, whose every instance serves itself
     * @param scheme  how the instances talk to each other ({@code http}, or {@code https} for all of them)
     */
    public RosterOwner(LineStreams streams, String rosterId, String scheme) {
        this.streams = streams;
        this.rosterId = rosterId;
        this.scheme = scheme;
    }

    public Owner now() {
        if (streams == null) {
            return new Owner.Here();
        }
        Optional<HostInfo> active = streams.activeHostFor(rosterId);
        Owner owner = active.<Owner>map(host -> host.equals(streams.self()) ? new Owner.Here()
                : new Owner.There(host, URI.create(scheme + "://" + host.host() + ":" + host.port()))).orElse(
                new Owner.Unknown());
        String said = describe(owner);
        if (!said.equals(lastSeen.getAndSet(said))) {
            log.info("Roster {} is now served by {}", rosterId, said);
        }
        return owner;
    }

    /** Whether there is a roster task to own at all (a service with a Streams topology). */
    public boolean tracked() {
        return streams != null;
    }

    public String rosterId() {
        return rosterId;
    }

    public static String describe(Owner owner) {
        return switch (owner) {
            case Owner.Here here -> "this instance";
            case Owner.There there -> there.url().toString();
            case Owner.Unknown unknown -> "nobody yet";
        };
    }
}
