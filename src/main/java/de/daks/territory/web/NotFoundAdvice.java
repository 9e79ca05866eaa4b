package de.daks.territory.web;

import de.daks.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Unknown areas, Kommunen and quarters are 404 pages (the other Kommune's quarter is "not found" as well). */
@ControllerAdvice(basePackageClasses = NotFoundAdvice.class)
class NotFoundAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", 404);
		return view;
	}
}
