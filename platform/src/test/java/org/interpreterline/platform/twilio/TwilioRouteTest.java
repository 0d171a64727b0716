package org.interpreterline.platform.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.rest.Domains;
import org.junit.jupiter.api.Test;

class TwilioRouteTest {

    @Test
    void keepsPathQueryBodyAndCredentialsAndSwapsTheOrigin() {
        Request original = new Request(HttpMethod.POST, Domains.API.toString(),
                "/2010-04-01/Accounts/AC00000000000000000000000000000000/Calls.json");
        original.addQueryParam("PageSize", "20");
        original.addPostParam("To", "+14125550199");
        original.addPostParam("StatusCallbackEvent", "answered");
        original.addPostParam("StatusCallbackEvent", "completed");
        original.setAuth("AC00000000000000000000000000000000", "secret");

        Request routed = new TwilioRoute("http://127.0.0.1:8090/").rebased(original);

        assertThat(routed.constructURL().toString()).isEqualTo(
                "http://127.0.0.1:8090/2010-04-01/Accounts/AC00000000000000000000000000000000/Calls.json?PageSize=20");
        assertThat(routed.getPostParams().get("StatusCallbackEvent")).containsExactly("answered", "completed");
        assertThat(routed.getUsername()).isEqualTo("AC00000000000000000000000000000000");
        assertThat(routed.getPassword()).isEqualTo("secret");
    }
}
