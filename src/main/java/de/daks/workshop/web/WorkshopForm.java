package de.daks.workshop.web;

import de.daks.workshop.NewWorkshop;
import de.daks.workshop.WorkshopFormat;
import de.daks.workshop.Workshops;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** Planning a workshop. Columns: one a line per phase (empty: one column named after the phase). */
public class WorkshopForm {

	@NotBlank
	@Size(max = 200)
	private @Nullable String title;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private @Nullable LocalDateTime startsAt;

	@Size(max = 300)
	private @Nullable String place;

	private boolean online;

	@NotNull
	private @Nullable WorkshopFormat format = WorkshopFormat.CLASSIC;

	@Size(max = 4000)
	private @Nullable String agenda;

	@Size(max = 500)
	private @Nullable String moderators;

	@Size(max = 1000)
	private String critiqueColumns = "";

	@Size(max = 1000)
	private String fantasyColumns = "";

	@Size(max = 1000)
	private String realisationColumns = "";

	void validate(BindingResult result) {
		if (!result.hasFieldErrors("place") && !online && (place == null || place.isBlank())) {
			result.rejectValue("place", "Required.workshopForm.place", "place");
		}
		for (String field : new String[] { "critiqueColumns", "fantasyColumns", "realisationColumns" }) {
			Object value = result.getRawFieldValue(field);
			if (!result.hasFieldErrors(field) && value instanceof String text
					&& (text.lines().filter(l -> !l.isBlank()).count() > 12
							|| text.lines().anyMatch(l -> l.strip().length() > 100))) {
				result.rejectValue(field, "Columns.workshopForm", "columns");
			}
		}
	}

	NewWorkshop toPlan() {
		return new NewWorkshop(String.valueOf(title).strip(), startsAt == null ? LocalDateTime.now() : startsAt, place,
				online, format == null ? WorkshopFormat.CLASSIC : format, agenda, moderators,
				Workshops.columns(critiqueColumns, fantasyColumns, realisationColumns));
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(@Nullable LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public @Nullable String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public @Nullable WorkshopFormat getFormat() {
		return format;
	}

	public void setFormat(@Nullable WorkshopFormat format) {
		this.format = format;
	}

	public @Nullable String getAgenda() {
		return agenda;
	}

	public void setAgenda(@Nullable String agenda) {
		this.agenda = agenda;
	}

	public @Nullable String getModerators() {
		return moderators;
	}

	public void setModerators(@Nullable String moderators) {
		this.moderators = moderators;
	}

	public String getCritiqueColumns() {
		return critiqueColumns;
	}

	public void setCritiqueColumns(@Nullable String critiqueColumns) {
		this.critiqueColumns = critiqueColumns == null ? "" : critiqueColumns;
	}

	public String getFantasyColumns() {
		return fantasyColumns;
	}

	public void setFantasyColumns(@Nullable String fantasyColumns) {
		this.fantasyColumns = fantasyColumns == null ? "" : fantasyColumns;
	}

	public String getRealisationColumns() {
		return realisationColumns;
	}

	public void setRealisationColumns(@Nullable String realisationColumns) {
		this.realisationColumns = realisationColumns == null ? "" : realisationColumns;
	}
}
