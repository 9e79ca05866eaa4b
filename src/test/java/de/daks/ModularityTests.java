package de.daks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

@Tag("no-database")
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DaksApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		// when / then: no cycles, no access to another module's internals, only declared dependencies
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		// when
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		// then
		assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
	}
}
