package de.daks.programme.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo content at start-up (idempotent: skipped when it exists)
 * @param sharedData folder with the real open data (Gemeindeverzeichnis, boundaries); used when present
 * @param password the password of every demo account – public demo only, documented in the README; the demo
 * is off unless configured
 */
@ConfigurationProperties("daks.demo")
public record DemoProperties(boolean enabled, String sharedData, String password) {

	public DemoProperties {
		if (sharedData == null || sharedData.isBlank()) {
			sharedData = "../shared/data";
		}
	}

	/** The folder of the real open data, resolved against the working directory. */
	public Path sharedDataPath() {
		return Path.of(sharedData);
	}
}
