package de.daks;

import de.daks.shared.cli.CommandLineMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * DAKS – Demografie-Assistenz für kommunale Strategien.
 *
 * <p>Without arguments (or with Spring options only) the jar starts the web platform; with a command as
 * first argument ({@code daks import-territory <file>}, {@code daks help}) it runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DaksApplication {

	public static void main(String[] args) {
		if (CommandLineMode.isCommand(args)) {
			System.exit(CommandLineMode.run(DaksApplication.class, args));
		}
		SpringApplication.run(DaksApplication.class, args);
	}
}
