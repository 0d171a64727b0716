package org.interpreterline.platform.rosters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interpreterline.platform.web.InvalidField;
import org.junit.jupiter.api.Test;

class LineRostersTest {

    private static final String POLICE = "+14125550100";
    private static final String EMS = "+14125550101";

    private final LineRosters line = LineRosters.of("police", POLICE, List.of("ems=" + EMS, " fire = +14125550102"));

    @Test
    void eachNumberReachesItsRoster_andAnUnknownNumberTheDeploymentsOwn() {
        assertThat(line.all()).containsExactly("police", "ems", "fire");
        assertThat(line.rosterReachedOn(EMS)).isEqualTo("ems");
        assertThat(line.rosterReachedOn(POLICE)).isEqualTo("police");
        assertThat(line.rosterReachedOn("+14125559999")).isEqualTo("police");
        assertThat(line.several()).isTrue();
    }

    @Test
    void theLineCallsFromTheNumberOfTheRequestsRoster_orItsOwnForNone() {
        assertThat(line.numberOf("fire")).isEqualTo("+14125550102");
        assertThat(line.numberOf(null)).isEqualTo(POLICE);
        assertThat(line.numberOf("parks")).isEqualTo(POLICE);
        assertThat(line.rosterOf("parks")).isEqualTo("police");
        assertThat(line.serves("parks")).isFalse();
    }

    @Test
    void aRosterAnAdminRequestNamesIsOneTheLineServes_orNoneWhenBlank() {
        assertThat(line.named("roster", " ems ")).isEqualTo("ems");
        assertThat(line.named("roster", " ")).isNull();
        assertThat(line.named("roster", null)).isNull();
        assertThatThrownBy(() -> line.named("rosters", "parks")).isInstanceOf(InvalidField.class)
                .hasMessageContaining("'parks' is not a roster of this line (it serves police, ems, fire)")
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("rosters");
    }

    @Test
    void aDeploymentOfOneRosterIsWhatItWasBefore() {
        LineRosters single = LineRosters.of("default", POLICE, List.of());
        assertThat(single.all()).containsExactly("default");
        assertThat(single.several()).isFalse();
        assertThat(single.numberOf("default")).isEqualTo(POLICE);
    }

    @Test
    void aWrongEntryStopsTheStartNamingIt() {
        assertThatThrownBy(() -> LineRosters.of("police", POLICE, List.of("ems")))
                .hasMessageContaining("'ems' is not roster=number");
        assertThatThrownBy(() -> LineRosters.of("police", POLICE, List.of("EMS Team=" + EMS)))
                .hasMessageContaining("roster 'EMS Team'");
        assertThatThrownBy(() -> LineRosters.of("police", POLICE, List.of("ems=412-555-0101")))
                .hasMessageContaining("ems's number must be E.164");
        assertThatThrownBy(() -> LineRosters.of("police", POLICE, List.of("police=" + EMS)))
                .hasMessageContaining("listed twice").hasMessageContaining("LINE_ROSTER_ID");
        assertThatThrownBy(() -> LineRosters.of("police", POLICE, List.of("ems=" + POLICE)))
                .hasMessageContaining(POLICE + " already reaches another roster");
    }
}
