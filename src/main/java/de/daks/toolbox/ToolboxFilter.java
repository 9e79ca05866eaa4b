package de.daks.toolbox;

import de.daks.process.Step;
import org.jspecify.annotations.Nullable;

/** What a visitor of the Werkzeugkoffer asks for: words and optional filters (all bound from the query string). */
public record ToolboxFilter(@Nullable String q, @Nullable Theme theme, @Nullable EntryType type, @Nullable Step step,
		@Nullable Suitability size, @Nullable TargetGroup group) {

	public static ToolboxFilter none() {
		return new ToolboxFilter(null, null, null, null, null, null);
	}

	public static ToolboxFilter text(String q) {
		return new ToolboxFilter(q, null, null, null, null, null);
	}

	boolean matches(ToolboxEntry entry) {
		EntryContent c = entry.content();
		return (theme == null || c.themes().contains(theme)) && (type == null || c.type() == type)
				&& (step == null || c.processSteps().contains(step)) && (size == null || c.sizes().contains(size))
				&& (group == null || c.targetGroups().contains(group) || c.targetGroups().contains(TargetGroup.ALLE));
	}

	public boolean hasText() {
		return q != null && !q.isBlank();
	}
}
