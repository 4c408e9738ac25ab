package org.parindex.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says, once the server is up, where to log in. */
@Component
class ReadyMessage {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyMessage.class);

    private final Environment env;

    ReadyMessage(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String base = env.getProperty("parindex.public-url", "http://localhost:" + port);
        LOG.info("ParIndex is ready: log in at {}/login (demo accounts such as admin / admin-demo "
                + "are listed in app/README.md)", base.replaceAll("/+$", ""));
    }
}
