package de.daks;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser's session for MockMvc: keeps the {@code SESSION} cookie of the database-backed HTTP session across
 * requests (it changes when the session id is rotated) and reads attributes from the real session store.
 */
public final class WebSession {

	private final MockMvc mvc;

	private final SessionRepository<? extends Session> sessions;

	private @Nullable Cookie cookie;

	public WebSession(MockMvc mvc, SessionRepository<? extends Session> sessions) {
		this.mvc = mvc;
		this.sessions = sessions;
	}

	public ResultActions perform(RequestBuilder request) throws Exception {
		if (cookie != null && request instanceof MockHttpServletRequestBuilder builder) {
			builder.cookie(cookie);
		}
		ResultActions result = mvc.perform(request);
		MockHttpServletResponse response = result.andReturn().getResponse();
		Cookie updated = response.getCookie("SESSION");
		if (updated != null) {
			cookie = updated.getMaxAge() == 0 ? null : updated;
		}
		return result;
	}

	public String id() {
		if (cookie == null) {
			throw new IllegalStateException("no session yet");
		}
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	public @Nullable Object attribute(String name) {
		Session session = sessions.findById(id());
		return session == null ? null : session.getAttribute(name);
	}
}
