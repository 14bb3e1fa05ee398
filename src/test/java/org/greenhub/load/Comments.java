package org.greenhub.load;

import java.util.List;
import java.util.Random;

/**
 * Judges' comments and entries' texts of realistic length, made from sentences a judge writes, picked by a seeded
 * {@link Random} so that a seed always gives the same text.
 */
final class Comments {

    private static final List<String> SENTENCES = List.of(
            "The pilot data are convincing, but they come from one site over one season only.",
            "The team has the right mix of process engineers and sales people for the first two years.",
            "I would like to see named first customers and letters of intent before the next round.",
            "The energy savings are measured against a baseline the applicant chose, which flatters the figures.",
            "The payback period in the financial plan assumes a grid price that is higher than today's tariff.",
            "Emissions avoided are computed with the regional grid factor, which is the right choice here.",
            "The patent filed last year covers the membrane but not the cleaning cycle, which is the real advantage.",
            "Competitors from the coastal provinces offer a similar product at a lower price.",
            "The market estimate counts every factory in the province, not the ones that can afford the retrofit.",
            "Water reuse figures are plausible and match what comparable plants report.",
            "The plan to scale from one pilot line to ten in eighteen months is ambitious for a team of twelve.",
            "The business model relies on a service contract, which gives steady revenue once installed.",
            "Working capital is tight: the plan needs a second funding round within a year.",
            "The founders answered the information request quickly and completely.",
            "The waste recycling figures should be checked by the zone's environmental office.",
            "The technology readiness is around level six; a demonstration at customer scale is missing.",
            "The risk section is honest about supply of the catalyst, which is imported.",
            "A partnership with the university lab gives access to testing equipment at low cost.",
            "The sales forecast grows faster than the production capacity described in the same plan.",
            "I appreciate that the applicant reports the failed first prototype and what was learned from it.",
            "The green impact is real but small compared with the other entries in this track.",
            "Certification for export markets has not started and will take at least a year.",
            "The unit cost falls quickly with volume, which makes the plan credible if the orders come.",
            "The maintenance plan for customer sites is thin and should name who does the work.",
            "Overall a solid entry that deserves to advance if the market evidence improves.");

    private static final List<String> TITLE_WORDS = List.of(
            "membrane",
            "heat recovery",
            "solar drying",
            "battery reuse",
            "biogas",
            "smart metering",
            "wastewater",
            "low-carbon cement",
            "cold storage",
            "recycled plastics");

    private Comments() {}

    /** An overall comment of 300 to 550 words, at most 4,000 characters (the column's width). */
    static String comment(Random random) {
        int words = 300 + random.nextInt(251);
        // The last sentence may run past the target: cut at the target's word so 550 stays the upper bound.
        String[] all = paragraph(random, words).split(" ");
        String text = String.join(" ", java.util.Arrays.copyOf(all, Math.min(all.length, words)));
        return text.length() <= 4000 ? text : text.substring(0, text.lastIndexOf(' ', 3999));
    }

    /** Sentences until at least {@code words} words. */
    static String paragraph(Random random, int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < words) {
            String sentence = SENTENCES.get(random.nextInt(SENTENCES.size()));
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence);
            count += sentence.split(" ").length;
        }
        return text.toString();
    }

    static String title(Random random) {
        return TITLE_WORDS.get(random.nextInt(TITLE_WORDS.size())) + " for industrial parks";
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
