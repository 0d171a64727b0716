package org.interpreterline.roster.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.Stores;
import org.interpreterline.events.roster.InterpreterSnapshot;
import org.interpreterline.events.roster.PutInterpreter;
import org.springframework.util.FileSystemUtils;

/**
 * Administrators add, change and remove interpreters with a few phones between them, in any order: whatever
 * they send, no two interpreters on the roster ever share a phone, and a change is applied exactly when its
 * phone is free (judged only from the snapshots the allocator publishes).
 */
class PhoneOwnershipPropertiesTest {

    private static final List<String> PHONES = List.of("+14125557001", "+14125557002", "+14125557003");

    sealed interface Change {
    }

    record Put(int who, int phone) implements Change {
    }

    record Remove(int who) implements Change {
    }

    @Property(tries = 300, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void noTwoInterpretersEverShareAPhone(@ForAll("changes") List<Change> changes) throws IOException {
        Path dir = Files.createTempDirectory("phone-ownership");
        try {
            check(changes, dir);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static void check(List<Change> changes, Path dir) {
        try (RosterDriver d = new RosterDriver(AllocatorTopology.build(AllocationPolicy.defaults(),
                Stores::inMemoryKeyValueStore), dir)) {
            Map<String, String> phoneOf = new HashMap<>();
            int step = 0;
            for (Change change : changes) {
                step++;
                String where = "step " + step + " " + change;
                switch (change) {
                    case Put put -> {
                        String id = "i" + put.who();
                        String phone = PHONES.get(put.phone());
                        boolean free = phoneOf.entrySet().stream()
                                .noneMatch(e -> e.getValue().equals(phone) && !e.getKey().equals(id));
                        d.command(new PutInterpreter(UUID.randomUUID(), d.now(), RosterDriver.ROSTER, id,
                                "Interpreter " + put.who(), phone, List.of("es"), 1));
                        List<KeyValue<String, InterpreterSnapshot>> published = d.snapshots();
                        if (free) {
                            assertThat(published).as(where + ": applied")
                                    .extracting(kv -> kv.key, kv -> kv.value.phone()).contains(org.assertj.core.groups.Tuple.tuple(id, phone));
                            phoneOf.put(id, phone);
                        } else {
                            assertThat(published).as(where + ": refused, nothing published").isEmpty();
                        }
                    }
                    case Remove remove -> {
                        d.remove("i" + remove.who());
                        d.snapshots();
                        phoneOf.remove("i" + remove.who());
                    }
                }
                d.events();
                Map<String, String> holders = new HashMap<>();
                for (Interpreter i : RosterStores.values(d.<String, Interpreter>store(
                        AllocatorTopology.INTERPRETERS_STORE))) {
                    assertThat(holders.put(i.phone(), i.interpreterId())).as(where + ": " + i.phone()
                            + " held twice").isNull();
                }
                assertThat(holders).as(where).hasSameSizeAs(phoneOf);
            }
        }
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> put = Combinators.combine(Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, PHONES.size() - 1)).as(Put::new);
        Arbitrary<Change> remove = Arbitraries.integers().between(1, 4).map(Remove::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, put), net.jqwik.api.Tuple.of(1, remove))
                .list().ofMinSize(1).ofMaxSize(25);
    }
}
