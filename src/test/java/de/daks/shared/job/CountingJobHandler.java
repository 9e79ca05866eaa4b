package de.daks.shared.job;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A job kind for the tests: counts to the number in the payload, or fails when the payload says so. */
@Component
class CountingJobHandler implements JobHandler {

	static final String KIND = "test-count";

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public @Nullable String run(Job job, JobProgress progress) {
		String payload = job.payload() == null ? "0" : job.payload();
		if (payload.startsWith("fail:")) {
			throw new IllegalStateException(payload.substring(5));
		}
		int n = Integer.parseInt(payload);
		for (int i = 1; i <= n; i++) {
			progress.update(i, n, "step " + i);
		}
		return "counted " + n;
	}
}
