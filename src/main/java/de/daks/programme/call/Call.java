package de.daks.programme.call;

import de.daks.programme.ProgrammeId;
import java.time.Instant;

/**
 * A call for applications ("Bekanntmachung") of a programme round.
 *
 * @param documents the documents of the call, one per line as "title | address" or plain text
 * @param deadline the last moment a submission is accepted
 */
public record Call(CallId id, ProgrammeId programme, String title, String summary, String documents,
		Instant deadline, boolean published) {

	/** Whether an application can still be submitted at {@code now}. */
	public boolean isOpen(Instant now) {
		return published && !now.isAfter(deadline);
	}

	/** The documents as lines, each either a title with a link or a plain title. */
	public java.util.List<Document> documentList() {
		return documents.lines().map(String::strip).filter(l -> !l.isEmpty()).map(line -> {
			int bar = line.lastIndexOf('|');
			if (bar > 0) {
				String url = line.substring(bar + 1).strip();
				if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")) {
					return new Document(line.substring(0, bar).strip(), url);
				}
			}
			return new Document(line, null);
		}).toList();
	}

	public record Document(String title, @org.jspecify.annotations.Nullable String url) {
	}
}
