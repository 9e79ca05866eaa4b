package de.daks.programme.call;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The application form: data sheet and answers. Saving a draft checks only lengths and formats; submitting also
 * checks completeness ({@link #completenessProblems()}).
 */
public class ApplicationForm {

	@NotBlank
	@Size(max = 200)
	private String kommuneName = "";

	@NotNull
	private String kommuneType = "GEMEINDE";

	@Pattern(regexp = "|[0-9]{2}")
	private String landCode = "";

	@Pattern(regexp = "|[0-9]{1,12}")
	private String areaKey = "";

	@Min(1)
	@Max(100_000_000)
	private @Nullable Long population;

	@Size(max = 20)
	private String populationDate = "";

	@NotNull
	private PopulationTrend trend = PopulationTrend.UNKNOWN;

	private boolean grwArea;

	@Size(max = 200)
	private String contactName = "";

	@Size(max = 200)
	private String contactUnit = "";

	@Email
	@Size(max = 320)
	private String contactEmail = "";

	@NotNull
	private Commitment commitment = Commitment.NONE;

	@Size(max = 8000)
	private String concepts = "";

	@Size(max = 8000)
	private String networks = "";

	@Size(max = 8000)
	private String cooperation = "";

	private Map<String, String> answers = new LinkedHashMap<>();

	public static ApplicationForm of(Application a) {
		ApplicationForm form = new ApplicationForm();
		form.kommuneName = a.kommuneName();
		form.kommuneType = a.kommuneType();
		form.landCode = a.landCode() == null ? "" : a.landCode();
		form.areaKey = a.areaKey() == null ? "" : a.areaKey();
		form.population = a.population();
		form.populationDate = a.populationDate() == null ? "" : a.populationDate();
		form.trend = a.trend();
		form.grwArea = a.grwArea();
		form.contactName = a.contactName();
		form.contactUnit = a.contactUnit();
		form.contactEmail = a.contactEmail();
		form.commitment = a.commitment();
		form.concepts = a.concepts();
		form.networks = a.networks();
		form.cooperation = a.cooperation();
		for (CallCondition c : CallCondition.values()) {
			form.answers.put(c.name(), a.answer(c));
		}
		return form;
	}

	/** Field and message key for every part a submission still lacks. */
	public List<String[]> completenessProblems() {
		List<String[]> problems = new ArrayList<>();
		if (landCode.isBlank()) {
			problems.add(new String[] { "landCode", "programme.application.missing.land" });
		}
		if (contactName.isBlank()) {
			problems.add(new String[] { "contactName", "programme.application.missing.contactName" });
		}
		if (contactUnit.isBlank()) {
			problems.add(new String[] { "contactUnit", "programme.application.missing.contactUnit" });
		}
		if (contactEmail.isBlank()) {
			problems.add(new String[] { "contactEmail", "programme.application.missing.contactEmail" });
		}
		if (commitment == Commitment.NONE) {
			problems.add(new String[] { "commitment", "programme.application.missing.commitment" });
		}
		for (CallCondition c : CallCondition.prerequisites()) {
			if (answers.getOrDefault(c.name(), "").isBlank()) {
				problems.add(new String[] { "answers[" + c.name() + "]", "programme.application.missing.answer" });
			}
		}
		return problems;
	}

	/** Answers trimmed, limited to the known conditions, at most 8000 characters each. */
	Map<CallCondition, String> answerMap() {
		Map<CallCondition, String> map = new LinkedHashMap<>();
		for (CallCondition c : CallCondition.values()) {
			String answer = answers.getOrDefault(c.name(), "");
			map.put(c, answer == null ? "" : answer.strip());
		}
		return map;
	}

	/** Names of answers longer than allowed. */
	List<String> tooLongAnswers() {
		return answers.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().length() > 8000)
			.map(Map.Entry::getKey).toList();
	}

	public String getKommuneName() { return kommuneName; }
	public void setKommuneName(String v) { kommuneName = v == null ? "" : v; }
	public String getKommuneType() { return kommuneType; }
	public void setKommuneType(String v) { kommuneType = v; }
	public String getLandCode() { return landCode; }
	public void setLandCode(String v) { landCode = v == null ? "" : v.strip(); }
	public String getAreaKey() { return areaKey; }
	public void setAreaKey(String v) { areaKey = v == null ? "" : v.strip(); }
	public @Nullable Long getPopulation() { return population; }
	public void setPopulation(@Nullable Long v) { population = v; }
	public String getPopulationDate() { return populationDate; }
	public void setPopulationDate(String v) { populationDate = v == null ? "" : v.strip(); }
	public PopulationTrend getTrend() { return trend; }
	public void setTrend(PopulationTrend v) { trend = v; }
	public boolean isGrwArea() { return grwArea; }
	public void setGrwArea(boolean v) { grwArea = v; }
	public String getContactName() { return contactName; }
	public void setContactName(String v) { contactName = v == null ? "" : v.strip(); }
	public String getContactUnit() { return contactUnit; }
	public void setContactUnit(String v) { contactUnit = v == null ? "" : v.strip(); }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String v) { contactEmail = v == null ? "" : v.strip(); }
	public Commitment getCommitment() { return commitment; }
	public void setCommitment(Commitment v) { commitment = v; }
	public String getConcepts() { return concepts; }
	public void setConcepts(String v) { concepts = v == null ? "" : v; }
	public String getNetworks() { return networks; }
	public void setNetworks(String v) { networks = v == null ? "" : v; }
	public String getCooperation() { return cooperation; }
	public void setCooperation(String v) { cooperation = v == null ? "" : v; }
	public Map<String, String> getAnswers() { return answers; }
	public void setAnswers(Map<String, String> v) { answers = v; }
}
