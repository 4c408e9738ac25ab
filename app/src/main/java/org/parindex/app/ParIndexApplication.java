package org.parindex.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web application; started by {@code parindex serve}. */
@SpringBootApplication
public class ParIndexApplication {

    public static void start(String[] args) {
        SpringApplication.run(ParIndexApplication.class, args);
    }
}
