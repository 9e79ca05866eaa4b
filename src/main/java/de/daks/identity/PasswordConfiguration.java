package de.daks.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web application and the command line alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the {id} prefix so the algorithm can be upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
