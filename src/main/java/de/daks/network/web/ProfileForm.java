package de.daks.network.web;

import de.daks.network.ConsultantPool.ProfileData;
import de.daks.network.ConsultantProfile;
import de.daks.network.ConsultingMethod;
import de.daks.process.Step;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A consultant's own profile. */
public class ProfileForm {

	@NotBlank
	@Size(max = 200)
	private String displayName = "";

	@NotBlank
	@Size(max = 200)
	private String organisation = "";

	@NotEmpty
	private List<Theme> themes = new ArrayList<>();

	@NotEmpty
	private List<ConsultingMethod> methods = new ArrayList<>();

	private List<Step> steps = new ArrayList<>();

	private List<Land> regions = new ArrayList<>();

	private boolean nationwide;

	@NotBlank
	@Size(max = 200)
	private String languages = "Deutsch";

	@Size(max = 4000)
	private String references = "";

	@NotNull
	@DecimalMin("1")
	@DecimalMax("99999")
	private @Nullable BigDecimal rateMin;

	@NotNull
	@DecimalMin("1")
	@DecimalMax("99999")
	private @Nullable BigDecimal rateMax;

	@Min(0)
	@Max(31)
	private int daysPerMonth = 4;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate availableFrom;

	static ProfileForm of(ConsultantProfile p) {
		ProfileForm f = new ProfileForm();
		f.displayName = p.displayName();
		f.organisation = p.organisation();
		f.themes = new ArrayList<>(p.themes());
		f.methods = new ArrayList<>(p.methods());
		f.steps = new ArrayList<>(p.steps());
		f.regions = new ArrayList<>(p.regions());
		f.nationwide = p.nationwide();
		f.languages = p.languages();
		f.references = p.references();
		f.rateMin = p.rateMin();
		f.rateMax = p.rateMax();
		f.daysPerMonth = p.daysPerMonth();
		f.availableFrom = p.availableFrom();
		return f;
	}

	ProfileData toData() {
		return new ProfileData(displayName, organisation, set(themes, Theme.class), set(methods, ConsultingMethod.class),
				set(steps, Step.class), set(regions, Land.class), nationwide, languages, references,
				Objects.requireNonNull(rateMin), Objects.requireNonNull(rateMax), daysPerMonth, availableFrom);
	}

	private static <E extends Enum<E>> EnumSet<E> set(List<E> values, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		values.stream().filter(Objects::nonNull).forEach(set::add);
		return set;
	}

	private static <T> List<T> nonNull(List<T> values) {
		return new ArrayList<>(values.stream().filter(Objects::nonNull).toList());
	}

	// @formatter:off
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public List<Theme> getThemes() { return themes; }
	public void setThemes(List<Theme> themes) { this.themes = nonNull(themes); }
	public List<ConsultingMethod> getMethods() { return methods; }
	public void setMethods(List<ConsultingMethod> methods) { this.methods = nonNull(methods); }
	public List<Step> getSteps() { return steps; }
	public void setSteps(List<Step> steps) { this.steps = nonNull(steps); }
	public List<Land> getRegions() { return regions; }
	public void setRegions(List<Land> regions) { this.regions = nonNull(regions); }
	public boolean isNationwide() { return nationwide; }
	public void setNationwide(boolean nationwide) { this.nationwide = nationwide; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public String getReferences() { return references; }
	public void setReferences(String references) { this.references = references; }
	public @Nullable BigDecimal getRateMin() { return rateMin; }
	public void setRateMin(@Nullable BigDecimal rateMin) { this.rateMin = rateMin; }
	public @Nullable BigDecimal getRateMax() { return rateMax; }
	public void setRateMax(@Nullable BigDecimal rateMax) { this.rateMax = rateMax; }
	public int getDaysPerMonth() { return daysPerMonth; }
	public void setDaysPerMonth(int daysPerMonth) { this.daysPerMonth = daysPerMonth; }
	public @Nullable LocalDate getAvailableFrom() { return availableFrom; }
	public void setAvailableFrom(@Nullable LocalDate availableFrom) { this.availableFrom = availableFrom; }
	// @formatter:on
}
