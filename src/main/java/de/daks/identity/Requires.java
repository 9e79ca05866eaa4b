package de.daks.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a controller method (or every method of a controller) needs. For Kommune-scoped permissions the
 * Kommune is taken from the path variable {@code kommuneId}. Controller methods of DAKS without this annotation are
 * refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Requires {

	Permission value();
}
