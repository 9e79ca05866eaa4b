package de.daks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rules beyond the module structure (STYLE.md items 4 and 13). */
@Tag("no-database")
class ArchitectureTests {

	private static final JavaClasses DAKS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.daks");

	/**
	 * The projection engine is a pure Java library: it depends on {@code java.*} and itself only. The rule is in
	 * force before the engine exists, so the first engine class is checked from its first commit. JSpecify's
	 * annotations are the one exception: the {@code @NullMarked} every package-info must carry (rule below) has no
	 * behaviour and no runtime dependency.
	 */
	static final ArchRule ENGINE_IS_PURE_JAVA = classes().that().resideInAPackage("de.daks.projection.engine..")
		.should().onlyDependOnClassesThat().resideInAnyPackage("java..", "de.daks.projection.engine..", "org.jspecify.annotations..")
		.allowEmptyShould(true);

	@Test
	void theProjectionEngineDependsOnJavaOnly() {
		ENGINE_IS_PURE_JAVA.check(DAKS);
	}

	@Test
	void theEngineRuleCatchesAFrameworkDependency() {
		// given: a class that depends on Spring, checked as if it were in the engine package
		JavaClasses offender = new ClassFileImporter().importClasses(de.daks.shared.audit.AuditLog.class);
		ArchRule rule = classes().that().resideInAPackage("de.daks.shared.audit..")
			.should().onlyDependOnClassesThat().resideInAnyPackage("java..", "de.daks.shared.audit..");
		// when
		EvaluationResult result = rule.evaluate(offender);
		// then
		assertThat(result.hasViolation()).isTrue();
	}

	@Test
	void everyPackageDeclaresItsNullContract() throws IOException {
		// given
		Path root = Path.of("src/main/java/de/daks");
		List<Path> packages;
		try (Stream<Path> dirs = Files.walk(root)) {
			packages = dirs.filter(Files::isDirectory).filter(ArchitectureTests::holdsJava).toList();
		}
		// when / then
		assertThat(packages).allSatisfy(dir -> assertThat(dir.resolve("package-info.java"))
			.content().contains("@NullMarked"));
	}

	private static boolean holdsJava(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch(f -> f.toString().endsWith(".java"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
