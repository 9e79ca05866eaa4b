package de.daks.network.web;

import de.daks.network.EventKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new event; date and times are German local time. */
public class EventForm {

	@NotNull
	private @Nullable EventKind kind;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotBlank
	@Size(max = 4000)
	private String description = "";

	@Size(max = 8000)
	private String programme = "";

	@Size(max = 300)
	private String location = "";

	@Size(max = 500)
	private String onlineUrl = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime startTime;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime endTime;

	@Min(1)
	@Max(10000)
	private int capacity = 30;

	// @formatter:off
	public @Nullable EventKind getKind() { return kind; }
	public void setKind(@Nullable EventKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getProgramme() { return programme; }
	public void setProgramme(String programme) { this.programme = programme; }
	public String getLocation() { return location; }
	public void setLocation(String location) { this.location = location; }
	public String getOnlineUrl() { return onlineUrl; }
	public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
	public @Nullable LocalDate getDate() { return date; }
	public void setDate(@Nullable LocalDate date) { this.date = date; }
	public @Nullable LocalTime getStartTime() { return startTime; }
	public void setStartTime(@Nullable LocalTime startTime) { this.startTime = startTime; }
	public @Nullable LocalTime getEndTime() { return endTime; }
	public void setEndTime(@Nullable LocalTime endTime) { this.endTime = endTime; }
	public int getCapacity() { return capacity; }
	public void setCapacity(int capacity) { this.capacity = capacity; }
	// @formatter:on
}
