package de.daks.toolbox;

import de.daks.process.Step;
import de.daks.process.StepMaterials;
import java.util.List;
import org.springframework.stereotype.Component;

/** The published Werkzeugkoffer entries of a step, for the process module's step pages. */
@Component
class ToolboxStepMaterials implements StepMaterials {

	private final Toolbox toolbox;

	ToolboxStepMaterials(Toolbox toolbox) {
		this.toolbox = toolbox;
	}

	@Override
	public List<Material> forStep(Step step) {
		return toolbox.forStep(step).stream()
			.map(e -> new Material(e.title(), "/werkzeugkoffer/" + e.slug(), e.content().type().messageKey()))
			.toList();
	}
}
