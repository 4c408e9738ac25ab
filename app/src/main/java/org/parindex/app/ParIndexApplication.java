package org.parindex.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web application; started by {@code parindex serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParIndexApplication {

    public static void start(String[] args) {
        SpringApplication.run(ParIndexApplication.class, args);
    }
}
