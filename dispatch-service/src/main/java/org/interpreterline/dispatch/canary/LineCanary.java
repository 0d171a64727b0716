package org.interpreterline.dispatch.canary;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.interpreterline.events.roster.CanaryChecked;
import org.interpreterline.platform.routing.RosterOwner;
import org.interpreterline.platform.twilio.TwilioProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The line tests itself: every {@code line.canary.interval}, for each language, a signed text through the real
 * SMS webhook, Kafka and the roster's matching, which says whether anyone could have been offered a request now;
 * nobody is rung and no request opened. Only the instance that serves the roster runs it (one run per interval for
 * the whole line), checking every few seconds whether it is that instance.
 */
@Component
class LineCanary implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LineCanary.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);

    private final CanaryProperties props;
    private final CanaryResults results;
    private final RosterOwner owner;
    private final KafkaProperties kafka;
    private final CanaryWebhook webhook;
    private final LanguageCatalog catalog;
    private final List<String> languages;
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("line-canary").factory());
    private Instant ownerSince;
    private Instant nextRun;

    LineCanary(CanaryProperties props, CanaryResults results, RosterOwner owner, KafkaProperties kafka,
            TwilioProperties twilio, LanguageCatalog catalog, LanguageMenu menu) {
        this.props = props;
        this.results = results;
        this.owner = owner;
        this.kafka = kafka;
        this.webhook = new CanaryWebhook(twilio);
        this.catalog = catalog;
        this.languages = props.languages().isEmpty()
                ? menu.languagesByDigit().values().stream().map(Language::tag).distinct().toList()
                : props.languages();
        for (String language : languages) {
            if (catalog.byTag(language).isEmpty()) {
                throw new IllegalArgumentException("line.canary.languages: '" + language
                        + "' is not a language the line knows (LINE_CANARY_LANGUAGES)");
            }
        }
        if (props.enabled()) {
            results.expect(languages);
            runner.scheduleWithFixedDelay(this::tick, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
            log.info("Line canary every {} for {}", props.interval(), languages);
        }
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            if (!(owner.now() instanceof RosterOwner.Owner.Here)) {
                if (ownerSince != null) {
                    ownerSince = null;
                    nextRun = null;
                    results.forget();
                }
                return;
            }
            if (ownerSince == null) {
                ownerSince = now;
                nextRun = now.plus(props.firstRunAfter());
            }
            if (!now.isBefore(nextRun)) {
                run();
                nextRun = Instant.now().plus(props.interval());
            }
        } catch (RuntimeException e) {
            log.warn("Line canary run failed: {}", e.toString()); // the next interval tries again
        }
    }

    /** One run: every language at once, then the roster's answers. */
    void run() {
        Instant started = Instant.now();
        Map<String, String> canaryIds = new LinkedHashMap<>();
        languages.forEach(language -> canaryIds.put(language, UUID.randomUUID().toString()));
        CanaryAnswers answers;
        try {
            answers = new CanaryAnswers(kafka, props.timeout());
        } catch (RuntimeException e) {
            languages.forEach(language -> report(language, CanaryOutcome.KAFKA_UNAVAILABLE,
                    "cannot read roster.events: " + e.getClass().getSimpleName(), -1));
            return;
        }
        try (answers) {
            Map<String, String> awaited = new LinkedHashMap<>();
            for (String language : languages) {
                String canaryId = canaryIds.get(language);
                switch (webhook.send(canaryId, language)) {
                    case CanaryWebhook.Sent.ToRoster sent -> awaited.put(canaryId, language);
                    case CanaryWebhook.Sent.KafkaRefused refused ->
                            report(language, CanaryOutcome.KAFKA_UNAVAILABLE, "the webhook could not publish", -1);
                    case CanaryWebhook.Sent.Unreachable unreachable ->
                            report(language, CanaryOutcome.WEBHOOK_UNREACHABLE, unreachable.why(), -1);
                }
            }
            Map<String, CanaryChecked> answered = answers.await(awaited.keySet(), started.plus(props.timeout()));
            awaited.forEach((canaryId, language) -> {
                CanaryChecked answer = answered.get(canaryId);
                if (answer == null) {
                    report(language, CanaryOutcome.KAFKA_LAG, "no answer from the roster within "
                            + props.timeout().toSeconds() + " s", -1);
                } else if (answer.couldBeOffered() == 0) {
                    report(language, CanaryOutcome.NO_INTERPRETER, answer.speakers() == 0
                            ? "nobody on the roster speaks it"
                            : answer.speakers() + " on the roster speak it, none available now", 0);
                } else {
                    report(language, CanaryOutcome.OK, null, answer.couldBeOffered());
                }
            });
        }
    }

    private void report(String language, CanaryOutcome outcome, String detail, int couldBeOffered) {
        boolean ok = outcome == CanaryOutcome.OK;
        String words = ok ? null : outcome.words() + (detail == null ? "" : ": " + detail);
        results.record(new CanaryResult(language, catalog.englishName(language), ok, outcome.label(), words,
                couldBeOffered, Instant.now()), outcome);
        if (ok) {
            log.info("Line canary {}: {} could be offered", language, couldBeOffered);
        } else {
            log.warn("Line canary {} failed: {}", language, words);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
