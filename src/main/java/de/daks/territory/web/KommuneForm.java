package de.daks.territory.web;

import de.daks.territory.Area;
import de.daks.territory.KommuneKind;
import de.daks.territory.NewKommune;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Registering a Kommune: one or several areas picked by search, a name, a kind; population, area and Land are
 * prefilled from the areas (sums for an alliance) and may be corrected.
 */
class KommuneForm {

	@NotBlank(message = "{territory.kommune.error.name}")
	@Size(max = 200, message = "{territory.kommune.error.name}")
	private String name = "";

	@NotNull(message = "{territory.kommune.error.kind}")
	private @Nullable KommuneKind kind;

	@NotEmpty(message = "{territory.kommune.error.areas}")
	private List<String> areaKeys = new ArrayList<>();

	private String q = "";

	@PositiveOrZero(message = "{territory.kommune.error.population}")
	private @Nullable Long population;

	@PositiveOrZero(message = "{territory.kommune.error.area}")
	private @Nullable BigDecimal areaKm2;

	@Pattern(regexp = "|\\d{2}", message = "{territory.kommune.error.land}")
	private String landCode = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable KommuneKind getKind() {
		return kind;
	}

	public void setKind(@Nullable KommuneKind kind) {
		this.kind = kind;
	}

	public List<String> getAreaKeys() {
		return areaKeys;
	}

	public void setAreaKeys(List<String> areaKeys) {
		this.areaKeys = areaKeys == null ? new ArrayList<>() : new ArrayList<>(areaKeys.stream().distinct().toList());
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q == null ? "" : q;
	}

	public @Nullable Long getPopulation() {
		return population;
	}

	public void setPopulation(@Nullable Long population) {
		this.population = population;
	}

	public @Nullable BigDecimal getAreaKm2() {
		return areaKm2;
	}

	public void setAreaKm2(@Nullable BigDecimal areaKm2) {
		this.areaKm2 = areaKm2;
	}

	public String getLandCode() {
		return landCode;
	}

	public void setLandCode(String landCode) {
		this.landCode = landCode == null ? "" : landCode.strip();
	}

	/** Fills empty figures from the picked areas: sums of population and area, the Land if they share one. */
	void prefill(List<Area> areas) {
		if (areas.isEmpty()) {
			return;
		}
		if (population == null && areas.stream().allMatch(a -> a.population() != null)) {
			population = areas.stream().mapToLong(Area::population).sum();
		}
		if (areaKm2 == null && areas.stream().allMatch(a -> a.areaKm2() != null)) {
			areaKm2 = areas.stream().map(Area::areaKm2).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		if (landCode.isEmpty()) {
			List<String> lands = areas.stream().map(Area::landCode).filter(Objects::nonNull).distinct().toList();
			if (lands.size() == 1) {
				landCode = lands.get(0);
			}
		}
		if (name.isBlank() && areas.size() == 1) {
			name = areas.get(0).name();
		}
	}

	NewKommune toNewKommune(List<Area> areas) {
		prefill(areas);
		LocalDate date = areas.stream().map(Area::populationDate).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null);
		return new NewKommune(name.strip(), Objects.requireNonNull(kind), areas.stream().map(Area::key).toList(),
				landCode.isEmpty() ? null : landCode, population, population == null || date == null ? null
						: date.toString(), areaKm2, false);
	}
}
