package org.interpreterline.dispatch.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interpreterline.events.dispatch.DispatchEvent;
import org.interpreterline.events.dispatch.LanguageCard;
import org.interpreterline.events.dispatch.LanguageCardChosen;
import org.interpreterline.events.dispatch.LanguageCardUsed;
import org.interpreterline.events.language.LanguageCatalog;
import org.junit.jupiter.api.Test;

/** The card's rules, on an in-memory shelf and a clock moved by hand. */
class LanguageCardDeskTest {

    private static final String OFFICER = "+14125550101";
    private static final Pattern LINK = Pattern.compile("https://line\\.test/card/([A-Za-z0-9_-]{22})");

    private final Shelf shelf = new Shelf();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T18:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LanguageCardDesk desk = new LanguageCardDesk(shelf, LanguageCatalog.standard(),
            new CardMetrics(meters), "default", "https://line.test/card", Duration.ofHours(1), clock);

    @Test
    void cardTextsAnUnguessableLink_andASecondCardWhileItIsOpenSendsTheSameOne() {
        String reply = desk.issue(OFFICER);
        assertThat(reply).startsWith("Language card: https://line.test/card/").contains("works for 1 hour");
        String token = token(reply);

        clock.move(Duration.ofMinutes(59));
        String again = desk.issue(OFFICER);
        assertThat(again).startsWith("Your language card is still open:");
        assertThat(token(again)).isEqualTo(token);
        assertThat(shelf.cards).hasSize(1);
        assertThat(count("sent")).isEqualTo(1);

        // another officer gets a card of their own
        assertThat(token(desk.issue("+14125550102"))).isNotEqualTo(token);
    }

    @Test
    void theTapIsKeptOnTheCardAndToldTheOfficer_andTheirYesFindsIt() {
        String token = token(desk.issue(OFFICER));
        assertThat(desk.chosenFor(OFFICER)).isEmpty();

        assertThat(desk.choose(token, "am")).isEqualTo(new LanguageCardDesk.Tap.Chosen(
                LanguageCatalog.standard().byTag("am").orElseThrow()));
        // the resident may change their mind while the officer has not answered
        assertThat(desk.choose(token, "ti")).isInstanceOf(LanguageCardDesk.Tap.Chosen.class);

        assertThat(shelf.events).hasSize(2).last().isInstanceOfSatisfying(LanguageCardChosen.class, chosen -> {
            assertThat(chosen.officerPhone()).isEqualTo(OFFICER);
            assertThat(chosen.language()).isEqualTo("ti");
        });
        LanguageCardDesk.Choice choice = desk.chosenFor(OFFICER).orElseThrow();
        assertThat(choice.language().tag()).isEqualTo("ti");
        assertThat(count("chosen")).isEqualTo(2);
    }

    @Test
    void aYesSpendsTheCard_afterwhichItsLinkIsExpired_andCardSendsANewOne() {
        String token = token(desk.issue(OFFICER));
        desk.choose(token, "ti");
        desk.spent(desk.chosenFor(OFFICER).orElseThrow(), "req-1");

        assertThat(shelf.cards.get(token).requestId()).isEqualTo("req-1");
        assertThat(shelf.events).last().isInstanceOfSatisfying(LanguageCardUsed.class,
                used -> assertThat(used.requestId()).isEqualTo("req-1"));
        assertThat(desk.usable(token)).isEmpty();
        assertThat(desk.choose(token, "es")).isInstanceOf(LanguageCardDesk.Tap.Gone.class);
        assertThat(desk.chosenFor(OFFICER)).isEmpty();
        assertThat(token(desk.issue(OFFICER))).isNotEqualTo(token);
        assertThat(count("opened")).isEqualTo(1);
        assertThat(count("expired")).isEqualTo(2);
    }

    @Test
    void aCardExpiresAfterItsHour_andTheSweepForgetsIt() {
        String token = token(desk.issue(OFFICER));
        clock.move(Duration.ofMinutes(60));

        assertThat(desk.usable(token)).isEmpty();
        assertThat(desk.choose(token, "ti")).isInstanceOf(LanguageCardDesk.Tap.Gone.class);
        assertThat(desk.issue(OFFICER)).startsWith("Language card:");

        assertThat(new ExpiredCards(shelf, clock, false).sweep()).isEqualTo(1);
        assertThat(shelf.cards).hasSize(1).doesNotContainKey(token);
    }

    @Test
    void aLinkThatIsNoTokenOrALanguageNotOnTheCardIsRefused() {
        String token = token(desk.issue(OFFICER));
        assertThat(desk.usable("../../api/requests")).isEmpty();
        assertThat(desk.usable(token.substring(1) + "A")).isEmpty();
        assertThat(desk.choose(token, "tlh")).isInstanceOf(LanguageCardDesk.Tap.NotALanguage.class);
        assertThat(shelf.events).isEmpty();
    }

    @Test
    void whenKafkaRefusesTheCardTheOfficerIsToldToTextAgain() {
        shelf.refuse = true;
        assertThat(desk.issue(OFFICER)).startsWith("Sorry, we could not make a language card just now.");
        assertThat(count("sent")).isZero();
    }

    @Test
    void tokensAre128RandomBitsInTwentyTwoUrlSafeCharacters() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(CardTokens.next());
        }
        assertThat(tokens).doesNotHaveDuplicates().allMatch(CardTokens::wellFormed);
        assertThat(LanguageCardDesk.label(tokens.getFirst())).matches("C-[0-9a-f]{6}")
                .doesNotContain(tokens.getFirst().substring(0, 6));
    }

    private double count(String outcome) {
        return meters.get("line_language_cards").tag("outcome", outcome).counter().count();
    }

    private static String token(String reply) {
        Matcher m = LINK.matcher(reply);
        assertThat(m.find()).as("a link in: " + reply).isTrue();
        return m.group(1);
    }

    /** The cards as Kafka and the global store would keep them, in memory. */
    static final class Shelf implements LanguageCards {
        final Map<String, LanguageCard> cards = new LinkedHashMap<>();
        final List<DispatchEvent> events = new ArrayList<>();
        boolean refuse;

        @Override
        public Optional<LanguageCard> byToken(String token) {
            return Optional.ofNullable(cards.get(token));
        }

        @Override
        public Map<String, LanguageCard> all() {
            return Map.copyOf(cards);
        }

        @Override
        public boolean keep(String token, LanguageCard card) {
            if (!refuse) {
                cards.put(token, card);
            }
            return !refuse;
        }

        @Override
        public void forget(String token) {
            cards.remove(token);
        }

        @Override
        public boolean announce(DispatchEvent event) {
            if (!refuse) {
                events.add(event);
            }
            return !refuse;
        }
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
