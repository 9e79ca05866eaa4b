package de.daks.shared.job;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.shared.KommuneId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DaksIntegrationTest
class JobsIntegrationTests {

	@Autowired
	Jobs jobs;

	@Autowired
	JobWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmittedJobRunsOnAWorkerAndKeepsItsResult() throws InterruptedException {
		// given
		KommuneId kommune = new KommuneId(UUID.randomUUID());
		// when
		JobId id = jobs.submit(CountingJobHandler.KIND, "250", kommune, "someone@daks.example");
		Job job = jobs.await(id, Duration.ofSeconds(20));
		// then
		assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(job.result()).isEqualTo("counted 250");
		assertThat(job.percent()).isEqualTo(100);
		assertThat(job.attempts()).isEqualTo(1);
		assertThat(job.kommune()).isEqualTo(kommune);
		assertThat(job.startedAt()).isNotNull();
		assertThat(job.finishedAt()).isNotNull();
		assertThat(jobs.recent(CountingJobHandler.KIND, kommune, 5)).extracting(Job::id).containsExactly(id);
	}

	@Test
	void aFailingHandlerFailsTheJobWithItsReason() throws InterruptedException {
		// when
		JobId id = jobs.submit(CountingJobHandler.KIND, "fail:Datei ist leer", null, null);
		Job job = jobs.await(id, Duration.ofSeconds(20));
		// then
		assertThat(job.state()).isEqualTo(JobState.FAILED);
		assertThat(job.error()).isEqualTo("Datei ist leer");
		assertThat(job.result()).isNull();
	}

	@Test
	void aJobOfAnUnknownKindFails() throws InterruptedException {
		// when
		Job job = jobs.await(jobs.submit("no-such-kind", null, null, null), Duration.ofSeconds(20));
		// then
		assertThat(job.state()).isEqualTo(JobState.FAILED);
		assertThat(job.error()).contains("no-such-kind");
	}

	@Test
	void aJobWhoseNodeDiedIsRunAgainAndGivenUpAfterItsLastAttempt() throws InterruptedException {
		// given: two jobs left RUNNING by a node that stopped beating two minutes ago
		JobId retried = runningOnADeadNode("7", 1);
		JobId exhausted = runningOnADeadNode("7", 3);
		// when
		worker.recover();
		// then
		Job again = jobs.await(retried, Duration.ofSeconds(20));
		assertThat(again.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(again.attempts()).isEqualTo(2);
		Job given = jobs.find(exhausted).orElseThrow();
		assertThat(given.state()).isEqualTo(JobState.FAILED);
		assertThat(given.error()).isEqualTo("interrupted too often");
	}

	@Test
	void aJobStillBeatingIsLeftAlone() {
		// given
		JobId id = JobId.random();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into job (id, kind, state, attempts, node, created_at, started_at, heartbeat_at)
				values (:id, :kind, 'RUNNING', 1, 'node-alive', :now, :now, :now)""")
			.param("id", id.value()).param("kind", CountingJobHandler.KIND).param("now", now).update();
		// when
		worker.recover();
		// then
		assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.RUNNING);
		jdbc.sql("delete from job where id = :id").param("id", id.value()).update();
	}

	private JobId runningOnADeadNode(String payload, int attempts) {
		JobId id = JobId.random();
		Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(2)));
		jdbc.sql("""
				insert into job (id, kind, state, payload, attempts, node, created_at, started_at, heartbeat_at)
				values (:id, :kind, 'RUNNING', :payload, :attempts, 'node-dead', :at, :at, :at)""")
			.param("id", id.value()).param("kind", CountingJobHandler.KIND).param("payload", payload)
			.param("attempts", attempts).param("at", longAgo).update();
		return id;
	}
}
