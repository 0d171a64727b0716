package org.interpreterline.simulator.phones;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.interpreterline.simulator.events.SimEvents;
import org.springframework.stereotype.Component;

/** All virtual phones, by E.164 number; a phone exists as soon as anything calls, texts or configures it. */
@Component
public class PhoneBook {

    private final ConcurrentMap<String, VirtualPhone> phones = new ConcurrentHashMap<>();
    private final SimEvents events;

    public PhoneBook(SimEvents events) {
        this.events = events;
    }

    public VirtualPhone phone(String number) {
        String normalized = PhoneNumbers.normalize(number);
        return phones.computeIfAbsent(normalized, n -> new VirtualPhone(n, PhoneSettings.defaults(), events));
    }

    public Optional<VirtualPhone> find(String number) {
        return Optional.ofNullable(phones.get(PhoneNumbers.normalize(number)));
    }

    public VirtualPhone configure(String number, PhoneSettings settings) {
        VirtualPhone phone = phone(number);
        phone.configure(settings);
        return phone;
    }

    public List<VirtualPhone> all() {
        return phones.values().stream().sorted(Comparator.comparing(VirtualPhone::number)).toList();
    }

    /** @param forgetPhones also drop the phones' settings */
    public void reset(boolean forgetPhones) {
        Collection<VirtualPhone> current = List.copyOf(phones.values());
        if (forgetPhones) {
            phones.clear();
        } else {
            current.forEach(VirtualPhone::forgetActivity);
        }
    }
}
