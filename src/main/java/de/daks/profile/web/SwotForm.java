package de.daks.profile.web;

import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Adding or changing a SWOT item and what it rests on. */
class SwotForm {

	@NotNull
	private @Nullable SwotQuadrant quadrant;

	@NotBlank
	@Size(max = 1000)
	private @Nullable String text;

	private List<String> indicatorIds = new ArrayList<>();

	private List<Long> interviewIds = new ArrayList<>();

	static SwotForm of(SwotItem item) {
		SwotForm form = new SwotForm();
		form.quadrant = item.quadrant();
		form.text = item.text();
		form.indicatorIds = new ArrayList<>(item.indicatorIds());
		form.interviewIds = new ArrayList<>(item.interviewIds());
		return form;
	}

	static SwotForm in(@Nullable SwotQuadrant quadrant) {
		SwotForm form = new SwotForm();
		form.quadrant = quadrant;
		return form;
	}

	/** The links must name indicators of the catalogue and interviews of this Kommune. */
	void validate(BindingResult result, Predicate<String> isIndicator, Set<Long> interviews) {
		if (!result.hasFieldErrors("indicatorIds") && !indicatorIds.stream().allMatch(isIndicator)) {
			result.rejectValue("indicatorIds", "Unknown.swotForm.indicatorIds", "indicatorIds");
		}
		if (!result.hasFieldErrors("interviewIds") && !interviews.containsAll(interviewIds)) {
			result.rejectValue("interviewIds", "Unknown.swotForm.interviewIds", "interviewIds");
		}
	}

	/** Only after successful validation. */
	SwotItem toItem(long id) {
		return new SwotItem(id, quadrant == null ? SwotQuadrant.STRENGTH : quadrant, String.valueOf(text).strip(),
				indicatorIds.stream().distinct().toList(), interviewIds.stream().distinct().toList());
	}

	public @Nullable SwotQuadrant getQuadrant() {
		return quadrant;
	}

	public void setQuadrant(@Nullable SwotQuadrant quadrant) {
		this.quadrant = quadrant;
	}

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public List<String> getIndicatorIds() {
		return indicatorIds;
	}

	public void setIndicatorIds(@Nullable List<String> indicatorIds) {
		this.indicatorIds = indicatorIds == null ? new ArrayList<>() : new ArrayList<>(indicatorIds);
	}

	public List<Long> getInterviewIds() {
		return interviewIds;
	}

	public void setInterviewIds(@Nullable List<Long> interviewIds) {
		this.interviewIds = interviewIds == null ? new ArrayList<>() : new ArrayList<>(interviewIds);
	}
}
