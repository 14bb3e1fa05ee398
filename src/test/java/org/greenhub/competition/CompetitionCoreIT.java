package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import org.greenhub.account.domain.Role;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/** The competition tables match the mappings, and an entry keeps its timeline. */
class CompetitionCoreIT extends InServerTest {

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Test
    void an_entry_is_stored_with_its_first_timeline_step() {
        long manager = people.person("Core Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = people.person("Core Applicant", Language.ENGLISH, Role.APPLICANT);
        long organiser = people.organisation("Zone committee");
        long organisation = people.organisation("Core start-up");
        long competition = competitions.publishedCompetition(
                "core-cup", organiser, manager, TestTime.now().plus(Duration.ofDays(3)));
        long entryId = competitions.draftEntry(competition, organisation, applicant, "核心项目");
        Entry entry = competitions.entry(entryId);
        assertEquals(EntryStatus.DRAFT, entry.getStatus());
        assertEquals(1, entry.getTimeline().size());
    }
}
