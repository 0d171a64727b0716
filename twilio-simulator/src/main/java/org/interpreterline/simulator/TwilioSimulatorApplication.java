package org.interpreterline.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A stand-in for Twilio on this machine (being built). */
@SpringBootApplication
public class TwilioSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(TwilioSimulatorApplication.class, args);
    }
}
