package de.daks.network;

import de.daks.shared.job.Job;
import de.daks.shared.job.JobHandler;
import de.daks.shared.job.JobProgress;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Delivers a newsletter issue in the background (payload: the issue id). Run again after a restart, it resumes:
 * recipients already sent are not sent again (see {@link Newsletter#deliver}).
 */
@Component
class NewsletterSendJob implements JobHandler {

	private final Newsletter newsletter;

	NewsletterSendJob(Newsletter newsletter) {
		this.newsletter = newsletter;
	}

	@Override
	public String kind() {
		return Newsletter.JOB_KIND;
	}

	@Override
	public @Nullable String run(Job job, JobProgress progress) throws Exception {
		UUID issue = UUID.fromString(Objects.requireNonNull(job.payload(), "payload"));
		NewsletterDelivery.Counts counts = newsletter.deliver(issue, newsletter.sending(), progress);
		return counts.sent() + " sent, " + counts.failed() + " failed";
	}
}
