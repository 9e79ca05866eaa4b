package de.daks.toolbox.web;

import de.daks.process.Step;
import de.daks.toolbox.EntryContent;
import de.daks.toolbox.EntryType;
import de.daks.toolbox.Suitability;
import de.daks.toolbox.TargetGroup;
import de.daks.toolbox.Theme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A proposal or revision of a Werkzeugkoffer entry. */
public class EntryForm {

	@NotNull
	private @Nullable EntryType type;

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotBlank
	@Size(max = 4000)
	private String problem = "";

	@NotBlank
	@Size(max = 20000)
	private String description = "";

	@Size(max = 20000)
	private String steps = "";

	@Size(max = 200)
	private String effortTime = "";

	@Size(max = 200)
	private String effortStaff = "";

	@Size(max = 200)
	private String effortCost = "";

	@NotEmpty
	private List<Suitability> sizes = new ArrayList<>();

	@NotEmpty
	private List<Step> processSteps = new ArrayList<>();

	@NotEmpty
	private List<Theme> themes = new ArrayList<>();

	@NotEmpty
	private List<TargetGroup> targetGroups = new ArrayList<>();

	@NotBlank
	@Size(max = 500)
	private String origin = "";

	@Size(max = 4000)
	private String links = "";

	@NotBlank
	@Size(max = 200)
	private String licence = "CC BY 4.0";

	private @Nullable UUID kommune;

	static EntryForm of(EntryContent c) {
		EntryForm form = new EntryForm();
		form.type = c.type();
		form.title = c.title();
		form.problem = c.problem();
		form.description = c.description();
		form.steps = c.steps();
		form.effortTime = c.effortTime();
		form.effortStaff = c.effortStaff();
		form.effortCost = c.effortCost();
		form.sizes = new ArrayList<>(c.sizes());
		form.processSteps = new ArrayList<>(c.processSteps());
		form.themes = new ArrayList<>(c.themes());
		form.targetGroups = new ArrayList<>(c.targetGroups());
		form.origin = c.origin();
		form.links = String.join("\n", c.links());
		form.licence = c.licence();
		return form;
	}

	/** The links, one per line; each must be an http(s) address. */
	List<String> linkList() {
		return Arrays.stream(links.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static boolean isWebAddress(String link) {
		try {
			java.net.URI uri = new java.net.URI(link);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	EntryContent toContent() {
		return new EntryContent(java.util.Objects.requireNonNull(type), title.strip(), problem.strip(),
				description.strip(), steps.strip(), effortTime.strip(), effortStaff.strip(), effortCost.strip(),
				sizes.isEmpty() ? EnumSet.noneOf(Suitability.class) : EnumSet.copyOf(sizes),
				processSteps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(processSteps),
				themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes),
				targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups),
				origin.strip(), linkList(), licence.strip());
	}

	/** An empty checkbox value binds as null: dropped, so that "nothing chosen" stays empty. */
	private static <T> List<T> nonNull(List<T> values) {
		return new ArrayList<>(values.stream().filter(java.util.Objects::nonNull).toList());
	}

	// @formatter:off
	public @Nullable EntryType getType() { return type; }
	public void setType(@Nullable EntryType type) { this.type = type; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getProblem() { return problem; }
	public void setProblem(String problem) { this.problem = problem; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getSteps() { return steps; }
	public void setSteps(String steps) { this.steps = steps; }
	public String getEffortTime() { return effortTime; }
	public void setEffortTime(String effortTime) { this.effortTime = effortTime; }
	public String getEffortStaff() { return effortStaff; }
	public void setEffortStaff(String effortStaff) { this.effortStaff = effortStaff; }
	public String getEffortCost() { return effortCost; }
	public void setEffortCost(String effortCost) { this.effortCost = effortCost; }
	public List<Suitability> getSizes() { return sizes; }
	public void setSizes(List<Suitability> sizes) { this.sizes = nonNull(sizes); }
	public List<Step> getProcessSteps() { return processSteps; }
	public void setProcessSteps(List<Step> processSteps) { this.processSteps = nonNull(processSteps); }
	public List<Theme> getThemes() { return themes; }
	public void setThemes(List<Theme> themes) { this.themes = nonNull(themes); }
	public List<TargetGroup> getTargetGroups() { return targetGroups; }
	public void setTargetGroups(List<TargetGroup> targetGroups) { this.targetGroups = nonNull(targetGroups); }
	public String getOrigin() { return origin; }
	public void setOrigin(String origin) { this.origin = origin; }
	public String getLinks() { return links; }
	public void setLinks(String links) { this.links = links; }
	public String getLicence() { return licence; }
	public void setLicence(String licence) { this.licence = licence; }
	public @Nullable UUID getKommune() { return kommune; }
	public void setKommune(@Nullable UUID kommune) { this.kommune = kommune; }
	// @formatter:on
}
