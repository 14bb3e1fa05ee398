package org.greenhub.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * {@code ./mvnw -Pload-seed package}: asks the running dev server ({@code GREENHUB_URL}, by default
 * {@code http://localhost:8080/}) to seed the load harness's workload, signed in as the administrator
 * ({@code GREENHUB_ADMIN_EMAIL} and {@code GREENHUB_ADMIN_PASSWORD}), and prints the accounts it made. The sizes
 * default to issue 17's workload; {@code -Dgreenhub.load.entries}, {@code .judges}, {@code .perEntry} and
 * {@code .submitted} change them.
 */
public final class LoadSeedCommand {

    private LoadSeedCommand() {}

    public static void main(String[] args) throws Exception {
        String base = setting("GREENHUB_URL", "greenhub.load.url", "http://localhost:8080/");
        String email = setting("GREENHUB_ADMIN_EMAIL", "greenhub.admin.email", "admin@greenhub.local");
        String password = setting("GREENHUB_ADMIN_PASSWORD", "greenhub.admin.password", null);
        if (password == null) {
            System.err.println("Set GREENHUB_ADMIN_PASSWORD (the administrator's password) and run again.");
            System.exit(2);
        }
        String query = "entries=" + System.getProperty("greenhub.load.entries", "1000")
                + "&judges=" + System.getProperty("greenhub.load.judges", "100")
                + "&perEntry=" + System.getProperty("greenhub.load.perEntry", "5")
                + "&submitted=" + System.getProperty("greenhub.load.submitted", "2500");
        URI uri = URI.create((base.endsWith("/") ? base : base + "/") + "api/dev/load-seed?" + query);
        System.out.println("Seeding the judging workload at " + uri + " (a few minutes) ...");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((email + ":" + password)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                // Seeding 1,000 entries and 2,500 sheets takes minutes on two busy cores.
                                .timeout(Duration.ofMinutes(30))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
        if (response.statusCode() != 200) {
            System.exit(1);
        }
        System.out.println("Judges sign in as load.judgeNNN@load.greenhub.local with Load-Judge-NNN (NNN = 001 ...);"
                + " the manager as " + LoadWorkload.managerEmail(LoadWorkload.PREFIX) + " with "
                + LoadWorkload.MANAGER_PASSWORD + ".");
    }

    private static String setting(String env, String property, String defaultValue) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
