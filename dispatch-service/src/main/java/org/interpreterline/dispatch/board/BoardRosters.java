package org.interpreterline.dispatch.board;

import org.interpreterline.platform.admin.RosterLimit;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.web.InvalidField;
import org.springframework.stereotype.Component;

/** Which agency's roster a board asks for: one the line serves, and a roster's supervisor's own. */
@Component
class BoardRosters {

    private final LineRosters rosters;

    BoardRosters(LineRosters rosters) {
        this.rosters = rosters;
    }

    /** The roster to show, null for every roster; 400 naming {@code roster} for one the line does not serve. */
    String scoped(String asked) {
        String roster = RosterLimit.scoped(asked);
        if (roster != null && !rosters.serves(roster)) {
            throw new InvalidField("roster", "'" + roster + "' is not a roster of this line (it serves "
                    + String.join(", ", rosters.all()) + ")");
        }
        return roster;
    }
}
