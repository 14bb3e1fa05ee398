package org.greenhub.evaluation.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the manager's results page shows for one state of a round's inputs: the results under the declared method,
 * the sensitivity report, the advancement preview and the entries' titles. Immutable and shared: every view and every
 * manager reading the round while its inputs stay the same gets this same object from {@link ResultsPageReader}, so
 * a view keeps none of it.
 */
public final class ResultsSnapshot {

    private final String version;
    private final RoundResults results;
    private final SensitivityReport sensitivity;
    private final AdvancementPreview preview;
    private final Map<String, String> titles;
    private final Map<Class<?>, Object> shapes = new ConcurrentHashMap<>();

    ResultsSnapshot(
            String version,
            RoundResults results,
            SensitivityReport sensitivity,
            AdvancementPreview preview,
            Map<String, String> titles) {
        this.version = version;
        this.results = results;
        this.sensitivity = sensitivity;
        this.preview = preview;
        this.titles = Map.copyOf(titles);
    }

    /** The fingerprint of the inputs these results were computed from ({@link ResultsFingerprint}). */
    public String version() {
        return version;
    }

    public RoundResults results() {
        return results;
    }

    public SensitivityReport sensitivity() {
        return sensitivity;
    }

    public AdvancementPreview preview() {
        return preview;
    }

    /** Entry titles by reference. */
    public Map<String, String> titles() {
        return titles;
    }

    /**
     * These results in a caller's form (a page's rows), made once and then shared like the results themselves. The
     * form must not depend on anything but the results: not on the language, the time or who asks.
     */
    @SuppressWarnings("unchecked")
    public <T> T shaped(Class<T> form, Function<ResultsSnapshot, T> shape) {
        return (T) shapes.computeIfAbsent(form, f -> shape.apply(this));
    }
}
