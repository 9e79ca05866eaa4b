package de.daks.toolbox;

import de.daks.process.Step;
import java.util.List;
import java.util.Set;

/** The versioned content of an entry: what a proposal, a revision and the starter set provide. */
public record EntryContent(EntryType type, String title, String problem, String description, String steps,
		String effortTime, String effortStaff, String effortCost, Set<Suitability> sizes, Set<Step> processSteps,
		Set<Theme> themes, Set<TargetGroup> targetGroups, String origin, List<String> links, String licence) {

	public EntryContent {
		sizes = Set.copyOf(sizes);
		processSteps = Set.copyOf(processSteps);
		themes = Set.copyOf(themes);
		targetGroups = Set.copyOf(targetGroups);
		links = List.copyOf(links);
	}
}
