package org.interpreterline.notification.calls;

import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The only way a webhook reads the call desk's state: offers and requests as the desk's stores hold them on this
 * instance. Every read goes through here, so routing a read to the instance that hosts a roster's task can be
 * added in one place.
 */
public class CallBook {

    /** Where the stores come from: Kafka Streams' interactive queries, or a test driver. */
    @FunctionalInterface
    public interface Stores {
        /** @throws CallBookUnavailable when the store cannot be read now */
        <V> ReadOnlyKeyValueStore<String, V> store(String name);
    }

    private final Stores stores;
    private final String rosterId;

    /** @param rosterId the roster whose calls this book reads */
    public CallBook(Stores stores, String rosterId) {
        this.stores = stores;
        this.rosterId = rosterId;
    }

    /**
     * @throws CallBookUnavailable while the stores cannot be read, or the roster's calls are not kept on this
     *                             instance (another one runs its task, or is handing it over)
     */
    public Optional<RingingOffer> offer(String offerId) {
        return Optional.ofNullable(offerId == null ? null : this.<RingingOffer>read(CallLedger.OFFERS, offerId))
                .or(this::hostedHere);
    }

    /** @throws CallBookUnavailable as {@link #offer} */
    public Optional<CallRequest> request(String requestId) {
        return Optional.ofNullable(requestId == null ? null : this.<CallRequest>read(CallLedger.REQUESTS, requestId))
                .or(this::hostedHere);
    }

    /**
     * The officer's spoken note for the request's interpreters, while Twilio keeps it.
     *
     * @throws CallBookUnavailable as {@link #offer}
     */
    public Optional<CallRequest.SpokenNote> spokenNote(String requestId) {
        return request(requestId).map(CallRequest::spokenNote);
    }

    /** Not found: truly unknown only if this instance keeps the roster's calls. */
    private <V> Optional<V> hostedHere() {
        if (this.<Long>read(CallLedger.HANDLED, CallLedger.hostedMark(rosterId)) == null) {
            throw new CallBookUnavailable("roster " + rosterId + "'s calls are not kept on this instance now", null);
        }
        return Optional.empty();
    }

    /** {@link OfferStanding#wanted} as the stores see it now. */
    public boolean wanted(RingingOffer offer) {
        return OfferStanding.wanted(offer, request(offer.requestId()).orElse(null),
                id -> this.<RingingOffer>read(CallLedger.OFFERS, id));
    }

    public boolean confirmed(RingingOffer offer) {
        return OfferStanding.confirmed(offer, request(offer.requestId()).orElse(null));
    }

    private <V> V read(String store, String key) {
        try {
            ReadOnlyKeyValueStore<String, V> view = stores.store(store);
            return view.get(key);
        } catch (CallBookUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            // InvalidStateStoreException and its kin: the task moved or is restoring
            throw new CallBookUnavailable(e.getMessage(), e);
        }
    }
}
