package org.interpreterline.roster.allocation;

import org.apache.kafka.streams.Topology;

/**
 * A processor that reads the allocator's inputs in the allocator's own topology ({@link AllocatorTopology}'s
 * sources {@link AllocatorTopology#DISPATCH_SOURCE} and {@link AllocatorTopology#COMMANDS_SOURCE}): the same task,
 * so its stores live on the instance that serves the roster, where the admin API is answered.
 */
public interface AllocatorCompanion {

    void join(Topology allocatorTopology);
}
