package org.interpreterline.simulator.calls;

import java.time.Duration;
import java.util.Optional;
import org.interpreterline.simulator.support.Workers;
import org.interpreterline.simulator.webhooks.FallbackUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives each call leg its own virtual thread and sees it through to its final status, whatever happens on the
 * way (hang-ups, redirects, failed webhooks).
 */
@Component
class LegDriver {

    private static final Logger log = LoggerFactory.getLogger(LegDriver.class);

    private final Workers workers;
    private final Ringer ringer;
    private final ObjectProvider<TwimlRunner> runner; // the runner dials legs through this driver: resolved late

    LegDriver(Workers workers, Ringer ringer, ObjectProvider<TwimlRunner> runner) {
        this.workers = workers;
        this.ringer = ringer;
        this.runner = runner;
    }

    /** An outbound leg: rings its phone, then follows the plan if answered. */
    void startOutbound(CallLeg leg, Duration ringTimeout, LegPlan plan) {
        workers.start(() -> driveOutbound(leg, ringTimeout, plan));
    }

    /** The plan of a REST call: run its TwiML. */
    LegPlan twiml(TwimlSource source) {
        return leg -> runner.getObject().run(leg, source);
    }

    /** A call to the line: its TwiML decides whether and when it is answered; the number's fallback takes over an error. */
    void startInbound(CallLeg leg, TwimlSource source, Optional<FallbackUrl> fallback) {
        workers.start(() -> driveInbound(leg, source, fallback));
    }

    private void driveOutbound(CallLeg leg, Duration ringTimeout, LegPlan plan) {
        CallStatus end = CallStatus.COMPLETED;
        try {
            leg.markInitiated();
            RingOutcome outcome = ringer.ring(leg, ringTimeout);
            if (!outcome.isAnswered()) {
                end = outcome.status();
                plan.unanswered(leg, end);
                return;
            }
            leg.markAnswered(outcome.answeredBy());
            leg.tell("answered");
            TwimlSource replaced = leg.takeRedirectAtAnswer();
            try {
                if (replaced != null) {
                    runner.getObject().run(leg, replaced);
                } else {
                    plan.answered(leg);
                }
            } catch (Redirected redirected) {
                runner.getObject().run(leg, redirected.target());
            }
        } catch (HungUp hungUp) {
            end = leg.isAnswered() ? CallStatus.COMPLETED : hungUp.request().statusIfUnanswered();
            if (!leg.isAnswered()) {
                plan.unanswered(leg, end);
            }
        } catch (RuntimeException e) {
            log.error("call {} broke down", leg.sid(), e);
            end = leg.isAnswered() ? CallStatus.COMPLETED : CallStatus.FAILED;
        } finally {
            finish(leg, end);
        }
    }

    private void driveInbound(CallLeg leg, TwimlSource source, Optional<FallbackUrl> fallback) {
        CallStatus end = CallStatus.COMPLETED;
        try {
            runner.getObject().run(leg, source, fallback);
        } catch (HungUp hungUp) {
            end = leg.isAnswered() ? CallStatus.COMPLETED : hungUp.request().statusIfUnanswered();
        } catch (RuntimeException e) {
            log.error("call {} broke down", leg.sid(), e);
            end = leg.isAnswered() ? CallStatus.COMPLETED : CallStatus.FAILED;
        } finally {
            finish(leg, end);
        }
    }

    private static void finish(CallLeg leg, CallStatus end) {
        if (leg.finish(end) && !leg.isDiscarded()) {
            leg.tell(end == CallStatus.COMPLETED ? "call ended" : "call " + end.value());
        }
    }
}
