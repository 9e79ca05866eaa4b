package de.daks.shared.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * HTTP sessions live in the database (tables from Flyway migration V1_1), so app nodes behind a load balancer are
 * interchangeable and a restart signs nobody out. Sessions expire after 8 hours without a request; expired ones
 * are removed every 10 minutes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60, cleanupCron = "0 */10 * * * *")
class SessionConfiguration {
}
