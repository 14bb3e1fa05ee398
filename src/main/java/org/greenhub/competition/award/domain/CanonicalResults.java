package org.greenhub.competition.award.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical results JSON of a ranking and its SHA-256, which the awards record and the transparency pack
 * publishes, so anyone who recomputes the ranking (for example with the public calculator) can check it bit for bit.
 * <p>
 * Form (docs/transparency.md): a JSON array, no whitespace, one object per entry in the order rank ascending then
 * entry code (Unicode code point order), keys in the order {@code entry, rank, score}; the score with exactly four
 * decimals, rounded half-up, as the calculator reports it: {@code [{"entry":"E00012","rank":1,"score":83.5000},…]}.
 */
public final class CanonicalResults {

    public record Line(String entry, int rank, double score) {}

    private CanonicalResults() {}

    public static String json(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(Line::rank).thenComparing(Line::entry));
        StringBuilder json = new StringBuilder("[");
        for (Line line : sorted) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"entry\":\"")
                    .append(escape(line.entry()))
                    .append("\",\"rank\":")
                    .append(line.rank())
                    .append(",\"score\":")
                    .append(BigDecimal.valueOf(line.score())
                            .setScale(4, RoundingMode.HALF_UP)
                            .toPlainString())
                    .append('}');
        }
        return json.append(']').toString();
    }

    public static String sha256(List<Line> lines) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(json(lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
