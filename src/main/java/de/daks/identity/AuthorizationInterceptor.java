package de.daks.identity;

import de.daks.shared.KommuneId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces {@link Requires} on every DAKS controller method before it runs. A method of a DAKS controller without
 * the annotation is refused: deny by default. Spring's own handlers (error page, static resources) pass.
 */
@Component
class AuthorizationInterceptor implements HandlerInterceptor {

	static final String KOMMUNE_PATH_VARIABLE = "kommuneId";

	private final Authorization authorization;

	AuthorizationInterceptor(Authorization authorization) {
		this.authorization = authorization;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("de.daks.")) {
			return true;
		}
		Requires requires = requiredPermission(method);
		if (requires == null) {
			throw new AccessDeniedException("No @Requires on " + method.getShortLogMessage());
		}
		authorization.require(requires.value(), kommuneOf(request));
		return true;
	}

	static @Nullable Requires requiredPermission(HandlerMethod method) {
		Requires onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Requires.class);
		return onMethod != null ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Requires.class);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable KommuneId kommuneOf(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get(KOMMUNE_PATH_VARIABLE) instanceof String value) {
			try {
				return KommuneId.of(value);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}
}
