package de.daks.workshop;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What planning a workshop needs; columns per phase (an empty list gets one default column). */
public record NewWorkshop(String title, LocalDateTime startsAt, @Nullable String place, boolean online,
		WorkshopFormat format, @Nullable String agenda, @Nullable String moderators, Map<Phase, List<String>> columns) {
}
