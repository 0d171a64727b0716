package org.interpreterline.local.balancer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerTest {

    @Test
    void eachServiceOnItsPortSpreadOverItsInstancesThatSayTheyAreReady() {
        String config = new LoadBalancer(List.of(
                new LoadBalancer.Frontend("dispatch-service", 8081, List.of(8181, 8281)),
                new LoadBalancer.Frontend("interpreter-roster", 8082, List.of(8182, 8282))),
                Path.of("/tmp/run"), Path.of("/tmp/haproxy.log")).configuration();

        assertThat(config).contains("bind 127.0.0.1:8081", "bind 127.0.0.1:8082",
                "server dispatch-service-1 127.0.0.1:8181 check", "server dispatch-service-2 127.0.0.1:8281 check",
                "server interpreter-roster-2 127.0.0.1:8282 check",
                "option httpchk GET /actuator/health/readiness", "option redispatch", "option httplog",
                "retry-on conn-failure empty-response");
    }
}
