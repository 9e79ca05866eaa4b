package de.daks.process;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One item of the Kick-Off agenda, in its order. */
public record AgendaItem(AgendaItemId id, int position, @Nullable LocalTime time, String topic,
		@Nullable String responsible) {
}
