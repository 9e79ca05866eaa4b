package de.daks.process.web;

import de.daks.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Unknown Kommunen, steps and sub-resources (also those of another Kommune) answer 404 with the error page.
 * Scoped to this module's controllers; a shared handler in {@code shared.web} would make this one redundant.
 */
@ControllerAdvice(basePackageClasses = ProcessExceptionHandler.class)
class ProcessExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
