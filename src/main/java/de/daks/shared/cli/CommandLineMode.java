package de.daks.shared.cli;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without the web server to run one {@link DaksCommand}. */
public final class CommandLineMode {

	private CommandLineMode() {
	}

	/** A first argument that is not a Spring option ({@code --name=value}) names a command. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	public static int run(Class<?> application, String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("daks.cli.enabled=true", "daks.demo.enabled=false", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "spring.main.lazy-initialization=false")
			.run(args)) {
			// only Spring's own --name=value options are removed; "--name value" pairs belong to the command
			String[] commandArgs = Arrays.stream(args).filter(a -> !(a.startsWith("--") && a.contains("=")))
				.toArray(String[]::new);
			return context.getBean(CommandDispatcher.class).dispatch(commandArgs, System.out, System.err);
		}
	}
}
