package org.greenhub.load;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;

/**
 * {@code POST /api/dev/load-seed}: seeds the judging workload of the load harness (docs/performance.md). Administrators
 * only (anyone else: 403, nobody signed in: 401). It exists only in the dev server's WAR, which the run command adds it
 * to ({@code DemoArchive.warWithDemo}); the product WAR never has it ({@code ProductWarIT}).
 */
@Path("/dev/load-seed")
@Produces(MediaType.APPLICATION_JSON)
public class LoadSeedResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    LoadWorkload workload;

    @Inject
    LoadSeeding seeding;

    public record Seeded(
            long competitionId,
            long roundId,
            int entries,
            int judges,
            int perEntry,
            int submittedSheets,
            String managerEmail,
            String managerPassword,
            String judgeEmails,
            String judgePasswords,
            long millis) {}

    @POST
    public Seeded seed(
            @QueryParam("entries") @DefaultValue("1000") int entries,
            @QueryParam("judges") @DefaultValue("100") int judges,
            @QueryParam("perEntry") @DefaultValue("5") int perEntry,
            @QueryParam("submitted") @DefaultValue("2500") int submitted) {
        currentUser.require(Role.ADMINISTRATOR);
        if (entries < 1 || entries > 10_000) {
            throw DomainException.invalid("entries", "platform.validation.invalid");
        }
        // Even spacing (entry i to judges i, i + n/k, ...) needs k to divide n, or a judge would get an entry twice.
        if (judges < 1 || judges > 1000 || perEntry < 1 || perEntry > judges || judges % perEntry != 0) {
            throw DomainException.invalid("perEntry", "platform.validation.invalid");
        }
        if (submitted < 0 || submitted > entries * perEntry) {
            throw DomainException.invalid("submitted", "platform.validation.invalid");
        }
        if (workload.seeded(LoadWorkload.PREFIX)) {
            throw DomainException.conflict(null, "platform.validation.invalid");
        }
        LoadSeeding.Seeded seeded = seeding.seed(LoadWorkload.PREFIX, entries, judges, perEntry, submitted);
        return new Seeded(
                seeded.competitionId(),
                seeded.roundId(),
                entries,
                judges,
                perEntry,
                seeded.submittedSheets(),
                LoadWorkload.managerEmail(LoadWorkload.PREFIX),
                LoadWorkload.MANAGER_PASSWORD,
                LoadWorkload.judgeEmail(LoadWorkload.PREFIX, 1) + " .. "
                        + LoadWorkload.judgeEmail(LoadWorkload.PREFIX, judges),
                LoadWorkload.judgePassword(1) + " .. " + LoadWorkload.judgePassword(judges),
                seeded.millis());
    }

    /**
     * {@code POST /api/dev/load-seed/assignment?round=}: times automatic assignment (5 per entry, 10 conflicts per
     * judge) of the seeded round's entries and judges in a new round (docs/performance.md). Administrators only.
     */
    @POST
    @Path("/assignment")
    public LoadSeeding.AssignmentTiming assignment(
            @QueryParam("round") long round, @QueryParam("conflictsPerJudge") @DefaultValue("10") int conflicts) {
        currentUser.require(Role.ADMINISTRATOR);
        if (conflicts < 0 || conflicts > 100) {
            throw DomainException.invalid("conflictsPerJudge", "platform.validation.invalid");
        }
        return seeding.timeAssignment(round, conflicts);
    }
}
