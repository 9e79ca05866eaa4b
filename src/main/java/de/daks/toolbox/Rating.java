package de.daks.toolbox;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Usefulness ratings of an entry (1 to 5): how many, and their mean (null without ratings). */
public record Rating(int count, @Nullable BigDecimal mean) {
}
