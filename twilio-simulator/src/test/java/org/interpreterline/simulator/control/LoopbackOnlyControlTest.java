package org.interpreterline.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The control API answers this machine only, however its path is spelled; the rest is anyone's. */
class LoopbackOnlyControlTest {

    private final LoopbackOnlyControl filter = new LoopbackOnlyControl();

    @ParameterizedTest(name = "{0} {1} from {2}")
    @CsvSource({
            "POST, /sim/phones/+14125550101/dial, 192.0.2.7,   403",
            "POST, /%73im/phones/+14125550101/dial, 192.0.2.7, 403",
            "POST, /SIM/reset, 192.0.2.7,                      403",
            "POST, /sim;x=1/reset, 192.0.2.7,                  403",
            "GET,  /sim/events, 2001:db8::1,                   403",
            "POST, /sim/reset, 10.0.0.3,                       403",
            "POST, /sim/phones/+14125550101/dial, 127.0.0.1,   200",
            "POST, /sim/reset, ::1,                            200",
            "GET,  /sim/events, 127.0.0.2,                     200",
            "GET,  /index.html, 192.0.2.7,                     200",
            "POST, /2010-04-01/Accounts/AC1/Calls.json, 192.0.2.7, 200"})
    void theControlApiAnswersThisMachineOnly(String method, String path, String from, int expected) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(from);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();

        filter.doFilter(request, response, (req, res) -> passed.set(true));

        assertThat(response.getStatus()).isEqualTo(expected);
        assertThat(passed.get()).isEqualTo(expected == 200);
    }
}
