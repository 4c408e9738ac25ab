package org.parindex.app.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With {@code parindex.sessions=database}, HTTP sessions (the login, the CSRF token, messages after a redirect) live
 * in the database (tables of migration V252) instead of one node's memory, so that several nodes behind a load
 * balancer serve the same user without sticky sessions. The cookie is then {@code SESSION}, HttpOnly and SameSite=Lax;
 * sessions expire after 30 minutes without a request, as in memory. One node alone needs none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "parindex.sessions", havingValue = "database")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SharedSessions { }
