package org.interpreterline.simulator.calls;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.interpreterline.simulator.phones.PhoneBook;
import org.interpreterline.simulator.phones.VirtualPhone;
import org.interpreterline.simulator.support.Workers;
import org.springframework.stereotype.Component;

/** Every call leg of this simulator instance, by sid. */
@Component
public class CallRegistry {

    private final ConcurrentMap<String, CallLeg> legs = new ConcurrentHashMap<>();
    private final PhoneBook phones;
    private final LegListener listener;
    private final Workers workers;

    CallRegistry(PhoneBook phones, LegListener listener, Workers workers) {
        this.phones = phones;
        this.listener = listener;
        this.workers = workers;
    }

    CallLeg create(CallSetup setup) {
        CallLeg leg = new CallLeg(setup, phones.phone(setup.phoneNumber()), listener, workers.serial());
        legs.put(leg.sid(), leg);
        return leg;
    }

    public Optional<CallLeg> find(String sid) {
        return Optional.ofNullable(legs.get(sid));
    }

    public List<CallLeg> all() {
        return legs.values().stream().sorted(Comparator.comparing(CallLeg::createdAt)).toList();
    }

    public List<CallLeg> children(String parentSid) {
        return all().stream().filter(leg -> parentSid.equals(leg.parentCallSid())).toList();
    }

    /** The live call the phone is on, if any. */
    public Optional<CallLeg> activeFor(VirtualPhone phone) {
        return phone.activeLine().flatMap(line -> find(line.callSid()));
    }

    public CallView view(CallLeg leg) {
        return leg.view(children(leg.sid()).stream().map(this::view).toList());
    }

    /** Stops every call quietly (no more webhooks) and forgets them all. */
    public void reset() {
        legs.values().forEach(CallLeg::discard);
        legs.clear();
    }
}
