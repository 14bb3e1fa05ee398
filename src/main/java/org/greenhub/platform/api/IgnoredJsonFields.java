package org.greenhub.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fields a request record knowingly accepts and ignores, by name (for instance the rest of a document it is documented
 * to read a part of). Every other unknown field is still refused by {@link StrictJsonBinding}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IgnoredJsonFields {

    String[] value();
}
