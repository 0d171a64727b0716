package org.interpreterline.simulator.calls;

import java.time.Duration;
import org.interpreterline.simulator.SimulatorProperties;
import org.interpreterline.simulator.phones.VirtualPhone;
import org.interpreterline.simulator.support.Sids;
import org.springframework.stereotype.Component;

/** Places calls: through the REST API, from a virtual phone to the line, and for a {@code <Dial><Number>}. */
@Component
public class CallLauncher {

    private final CallRegistry registry;
    private final LegDriver driver;
    private final SimulatorProperties properties;

    CallLauncher(CallRegistry registry, LegDriver driver, SimulatorProperties properties) {
        this.registry = registry;
        this.driver = driver;
        this.properties = properties;
    }

    /** A REST-created call that does not ring yet: its resource is shown "queued" before {@link #startApiCall}. */
    public CallLeg prepareApiCall(String from, String to, StatusCallbacks callbacks, String machineDetection) {
        return registry.create(new CallSetup(Sids.next(Sids.CALL), properties.accountSid(), from, to,
                Direction.OUTBOUND_API, null, to, callbacks, machineDetection));
    }

    /** Rings the phone; once answered, the call runs TwiML from {@code source}. */
    public void startApiCall(CallLeg leg, TwimlSource source, Duration ringTimeout) {
        driver.startOutbound(leg, ringTimeout, driver.twiml(source));
    }

    /** Rings the phone of a prepared call; once answered, the call follows {@code plan} (a conference participant). */
    public void start(CallLeg leg, Duration ringTimeout, LegPlan plan) {
        driver.startOutbound(leg, ringTimeout, plan);
    }

    /**
     * A virtual phone calls the line at {@code lineNumber}, one of the account's numbers: Twilio requests the line's
     * voice webhook (and its fallback URL when that fails), with that number as {@code To}.
     *
     * @throws IllegalStateException the phone is already on a call
     */
    public CallLeg dialLine(VirtualPhone phone, String lineNumber) {
        if (phone.activeLine().isPresent()) {
            throw new IllegalStateException(phone.number() + " is already on a call");
        }
        CallLeg leg = registry.create(new CallSetup(Sids.next(Sids.CALL), properties.accountSid(), phone.number(),
                lineNumber, Direction.INBOUND, null, phone.number(), null, null));
        if (!phone.occupy(leg)) { // lost a race with an incoming call: this attempt never existed
            leg.discard();
            leg.finish(CallStatus.FAILED);
            throw new IllegalStateException(phone.number() + " is already on a call");
        }
        leg.markRinging();
        leg.tell("calling " + lineNumber);
        driver.startInbound(leg, TwimlSource.Fetch.post(properties.lineVoiceUrl()), properties.voiceFallback());
        return leg;
    }

    /** The leg a {@code <Dial><Number>} places; {@code parent} is woken whenever it changes. */
    CallLeg placeChild(CallLeg parent, String callerId, String number, Duration ringTimeout, StatusCallbacks callbacks) {
        CallLeg child = registry.create(new CallSetup(Sids.next(Sids.CALL), properties.accountSid(), callerId, number,
                Direction.OUTBOUND_DIAL, parent.sid(), number, callbacks, null));
        child.watch(parent::poke);
        driver.startOutbound(child, ringTimeout, answered -> answered.await(null, () -> false));
        return child;
    }

}
