package de.daks.process;

import java.util.List;

/**
 * Material that helps in a process step, offered by other modules (the Werkzeugkoffer implements it) so that the
 * process module does not depend on them. Step pages list what every implementation returns.
 */
public interface StepMaterials {

	/** Published material for the step, most useful first. */
	List<Material> forStep(Step step);

	/**
	 * One piece of material.
	 * @param typeKey message key of its kind (e.g. "Methode")
	 */
	record Material(String title, String href, String typeKey) {
	}
}
