package de.daks.territory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The quarter form: name, the Kommune's own short key, an optional GeoJSON boundary file. */
class QuarterForm {

	@NotBlank(message = "{territory.quarter.error.invalid-key}")
	@Pattern(regexp = "[A-Za-z0-9]{1,16}", message = "{territory.quarter.error.invalid-key}")
	private String key = "";

	@NotBlank(message = "{territory.quarter.error.invalid-name}")
	@Size(max = 200, message = "{territory.quarter.error.invalid-name}")
	private String name = "";

	private MultipartFile boundary;

	private boolean removeBoundary;

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public MultipartFile getBoundary() {
		return boundary;
	}

	public void setBoundary(MultipartFile boundary) {
		this.boundary = boundary;
	}

	public boolean isRemoveBoundary() {
		return removeBoundary;
	}

	public void setRemoveBoundary(boolean removeBoundary) {
		this.removeBoundary = removeBoundary;
	}
}
