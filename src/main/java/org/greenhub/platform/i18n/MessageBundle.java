package org.greenhub.platform.i18n;

/** Each feature contributes its resource bundle by declaring a bean of this type; keys start with the feature name. */
public interface MessageBundle {

    String baseName();
}
