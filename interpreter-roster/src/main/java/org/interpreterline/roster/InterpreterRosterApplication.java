package org.interpreterline.roster;

import org.interpreterline.platform.LinePlatform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import(LinePlatform.class)
public class InterpreterRosterApplication {

    public static void main(String[] args) {
        SpringApplication.run(InterpreterRosterApplication.class, args);
    }
}
