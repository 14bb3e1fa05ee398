package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A button that shows only an icon has no text a screen reader could read: PrimeFaces then names it "ui-button".
 * Every such button in every page must carry a translated {@code ariaLabel} (its accessible name) and {@code title}
 * (the tooltip sighted users see), both from a bundle.
 */
class IconButtonNamesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    /** PrimeFaces' buttons, whatever the attributes' order and line breaks. */
    private static final Pattern BUTTON =
            Pattern.compile("<p:(commandButton|button|linkButton|splitButton)\\b([^>]*)>", Pattern.DOTALL);

    private static final Pattern TRANSLATED = Pattern.compile("#\\{msg(\\[|\\.format\\().*}");

    @Test
    void everyIconOnlyButtonHasATranslatedNameAndTooltip() throws IOException {
        List<String> problems = new ArrayList<>();
        int iconOnly = 0;
        for (Path page : pages()) {
            String source = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
            Matcher button = BUTTON.matcher(source);
            while (button.find()) {
                String attributes = button.group(2);
                String value = attribute(attributes, "value");
                if (attribute(attributes, "icon") == null || (value != null && !value.isBlank())) {
                    continue;
                }
                iconOnly++;
                String where = PAGES.relativize(page) + ":" + line(source, button.start());
                for (String name : List.of("ariaLabel", "title")) {
                    String text = attribute(attributes, name);
                    if (text == null || !TRANSLATED.matcher(text).find()) {
                        problems.add(where + " <p:" + button.group(1) + "> shows only an icon and has no translated "
                                + name);
                    }
                }
            }
        }
        assertTrue(iconOnly > 0, "the scan found no icon-only button at all: is it still reading the pages?");
        assertTrue(
                problems.isEmpty(),
                "Icon-only buttons without a name (give them ariaLabel and title from a bundle):\n"
                        + String.join("\n", problems));
    }

    @Test
    void theScanSeesAButtonWithoutName() {
        String page = "<p:commandButton id=\"remove\"\n    icon=\"pi pi-trash\" action=\"#{x.remove}\"/>";
        Matcher button = BUTTON.matcher(page);
        assertTrue(button.find());
        assertTrue(attribute(button.group(2), "icon") != null);
        assertFalse(attribute(button.group(2), "ariaLabel") != null);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int line(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
