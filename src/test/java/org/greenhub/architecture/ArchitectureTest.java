package org.greenhub.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.domain.VersionedEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md ("Modules", "Rules"), checked on the compiled classes and on the SQL in the
 * sources. A change that breaks one fails the build with the offending dependency named; the fix is to go through
 * the owning feature's published read, or to change the rule here and in docs/architecture.md together.
 */
class ArchitectureTest {

    private static final String ROOT = "org.greenhub.";

    /**
     * Every feature and the features it may use, left to right as in docs/architecture.md. (The demo data set is
     * development tooling in the test sources, not a feature of the product, so it is not listed.)
     */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("platform", List.of());
        MAY_USE.put("account", List.of("platform"));
        MAY_USE.put("organisation", List.of("platform", "account"));
        MAY_USE.put("evaluation", List.of("platform", "account", "organisation"));
        MAY_USE.put("alliance", List.of("platform", "account", "organisation"));
        MAY_USE.put("competition", List.of("platform", "account", "organisation", "evaluation"));
        // incubation reads competition only through its published AwardWinners (checked below).
        MAY_USE.put("incubation", List.of("platform", "account", "organisation", "evaluation", "competition"));
        // publication reads the programmes' domain and use cases (never their pages or resources, checked below).
        MAY_USE.put(
                "publication",
                List.of("platform", "account", "organisation", "evaluation", "competition", "incubation", "alliance"));
        // zone: the zone's own green development (carbon accounting, zones and their administrators); it counts the
        // programmes' figures of its organisations through the Zone*Counts reads they publish (checked below).
        MAY_USE.put("zone", List.of("platform", "account", "organisation", "competition", "incubation", "alliance"));
        // reserve: the green project reserve; nominations read competition and incubation through their published
        // reads, and it reads the zone where it exists. The zone reads the reserve's figures through its own port
        // (zone.application.ZoneReserveFigures) that the reserve implements, never the other way (checked below).
        MAY_USE.put(
                "reserve",
                List.of("platform", "account", "organisation", "evaluation", "competition", "incubation", "zone"));
    }

    /** Which feature owns a table, by the table's name (first match wins). Every table of the migrations needs one. */
    private static final Map<Pattern, String> TABLE_OWNERS = new LinkedHashMap<>();

    static {
        owner("platform", "audit_event", "mail_outbox", "platform_.*", "flyway_schema_history");
        owner("account", "user_account", "user_role", "account_token", "sign_in_throttle", "access_token");
        owner("organisation", "organisation", "affiliation", "restricted_activity");
        owner(
                "evaluation",
                "evaluation_.*",
                "rubric.*",
                "round_.*",
                "assignment",
                "conflict_.*",
                "judge_tie",
                "score_.*",
                "advancement_decision");
        owner("alliance", "alliance.*");
        owner("competition", "competition.*", "award.*");
        owner("publication", "publication_.*");
        owner("incubation", "incubator.*", "intake_.*", "residency.*");
        owner("zone", "zone.*");
        owner("reserve", "reserve_.*");
    }

    private static void owner(String feature, String... tables) {
        for (String table : tables) {
            TABLE_OWNERS.put(Pattern.compile(table), feature);
        }
    }

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    /** A table named in SQL: after FROM, JOIN, UPDATE, INTO or TABLE, lower case (JPQL names entities, in upper camel case). */
    private static final Pattern SQL_TABLE = Pattern.compile(
            "\\b(?:from|join|update|into|table|FROM|JOIN|UPDATE|INTO|TABLE)\\s+([a-z_][a-z0-9_]*)(?![A-Za-z0-9_.])");
    /** Comments are prose ("figures from competition entries"), not SQL: blanked before the scan, lines kept. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    /**
     * The shared kernel whose tables any feature that may use it can join in its own queries (names, e-mail addresses,
     * affiliations in a list): the programmes' and the engine's tables are read only by their owner.
     */
    private static final List<String> SHARED_TABLES_OF = List.of("platform", "account", "organisation");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenhub");
    }

    @Test
    void everyFeatureUsesOnlyTheFeaturesToItsLeft() {
        assertEquals(
                MAY_USE.keySet().stream().sorted().toList(),
                features().stream().sorted().toList(),
                "every top-level package is a feature named in MAY_USE (and in docs/architecture.md)");
        for (Map.Entry<String, List<String>> feature : MAY_USE.entrySet()) {
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(feature.getKey())
                            && !feature.getValue().contains(other))
                    .map(other -> ROOT + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                check(noClasses()
                        .that()
                        .resideInAPackage(ROOT + feature.getKey() + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(forbidden)
                        .because(feature.getKey() + " may use only " + feature.getValue()));
            }
        }
    }

    @Test
    void incubationReadsCompetitionOnlyThroughItsPublishedAwardWinners() {
        DescribedPredicate<JavaClass> published = DescribedPredicate.describe(
                "competition's published AwardWinners",
                c -> c.getName().equals(ROOT + "competition.application.AwardWinners")
                        || c.getName().startsWith(ROOT + "competition.application.AwardWinners$"));
        check(noClasses()
                .that()
                .resideInAPackage(ROOT + "incubation..")
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "competition..").and(not(published)))
                .because("programmes meet only through the read interfaces their owner publishes"));
    }

    @Test
    void zoneReadsTheProgrammesOnlyThroughTheirPublishedZoneCounts() {
        DescribedPredicate<JavaClass> published = DescribedPredicate.describe(
                "a programme's published Zone*Counts read",
                c -> c.getName()
                        .matches(
                                "org\\.greenhub\\.(competition|incubation|alliance)\\.application\\.Zone\\w*Counts(\\$.*)?"));
        check(noClasses()
                .that()
                .resideInAPackage(ROOT + "zone..")
                .should()
                .dependOnClassesThat(
                        resideInAnyPackage(ROOT + "competition..", ROOT + "incubation..", ROOT + "alliance..")
                                .and(not(published)))
                .because("programmes meet only through the read interfaces their owner publishes"));
    }

    @Test
    void theZonesReservePortIsImplementedByTheReservesInfrastructureOnly() {
        check(classes()
                .that()
                .implement(ROOT + "zone.application.ZoneReserveFigures")
                .should()
                .resideInAPackage(ROOT + "reserve.infrastructure")
                .because("the reserve depends on the zone, so the zone asks for the reserve's figures through a port"));
    }

    @Test
    void publicationReadsTheProgrammesButNotTheirPagesOrResources() {
        check(noClasses()
                .that()
                .resideInAPackage(ROOT + "publication..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                        ROOT + "competition..web..",
                        ROOT + "competition..api..",
                        ROOT + "incubation..web..",
                        ROOT + "incubation..api..",
                        ROOT + "alliance..web..",
                        ROOT + "alliance..api..",
                        ROOT + "evaluation..web..",
                        ROOT + "evaluation..api..")));
    }

    @Test
    void thePlatformKnowsNoFeature() {
        check(noClasses()
                .that()
                .resideInAPackage(ROOT + "platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(MAY_USE.keySet().stream()
                        .filter(f -> !f.equals("platform"))
                        .map(f -> ROOT + f + "..")
                        .toArray(String[]::new)));
    }

    @Test
    void theScoringEngineKnowsNothingButJavaAndDomainException() {
        check(noClasses()
                .that()
                .resideInAPackage(ROOT + "evaluation.domain.scoring..")
                .should()
                .dependOnClassesThat(not(resideInAnyPackage(
                                "java..", ROOT + "evaluation.domain.scoring..", ROOT + "platform.error.."))
                        .and(not(are(DescribedPredicate.describe(
                                "primitive or array", c -> c.isPrimitive() || c.isArray()))))));
    }

    /**
     * A page keeps what its use case answers (records, ids, value objects), never a persistent object: an entity in a
     * bean drags lazy links and persistence state into the view and the session, and lets a page reach what the use
     * case never meant to show. Every page keeps to it: the zone's pages, built under issue 12, were the last to
     * be converted.
     */
    @Test
    void pagesHoldViewRecordsNotEntities() {
        check(noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .because("pages show what their use case answers, not persistent objects"));
    }

    @Test
    void domainCodeKnowsNoPagesResourcesOrServlets() {
        check(noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..web..",
                        "..api..",
                        "jakarta.faces..",
                        "jakarta.ws.rs..",
                        "jakarta.servlet..",
                        "org.primefaces..",
                        "org.omnifaces.."));
    }

    @Test
    void pagesAndResourcesGoThroughUseCasesNeverTheEntityManagerOrTransactions() {
        check(noClasses()
                .that()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("pages and resources call use cases (application), which own the transaction"));
        check(noClasses()
                .that()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.transaction.Transactional")
                .because("a transaction belongs to the use case, not to the page (no lazy loading from a bean)"));
        check(noClasses()
                .that()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("Jpa")
                .because("repositories are reached through use cases"));
    }

    /**
     * Use cases, domain and infrastructure know no pages or resources, the platform's own neither: the API layer is
     * the outermost, so what a use case shares with it lives further in (the {@code If-Match} check and the tags it
     * compares are {@code platform.concurrency}). One named exception: the public calculator's request record
     * ({@code evaluation.application.Calculator}) is also the format of the transparency packs, and says with
     * {@code IgnoredJsonFields} which of a pack's fields the strict JSON binding may skip.
     */
    @Test
    void useCasesKnowNoPagesOrResources() {
        DescribedPredicate<JavaClass> jsonFormatAnnotation = DescribedPredicate.describe(
                "the JSON binding's IgnoredJsonFields",
                c -> c.getName().equals(ROOT + "platform.api.IgnoredJsonFields"));
        check(noClasses()
                .that()
                .resideInAnyPackage("..application..", "..domain..", "..infrastructure..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("..web..", "..api..").and(not(jsonFormatAnnotation)))
                .because("the API and the pages call use cases, never the other way round"));
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        check(slices().matching(ROOT + "(**)").should().beFreeOfCycles());
    }

    @Test
    void nativeSqlNamesOnlyTheTablesOfItsOwnFeature() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        for (Path source : javaSources()) {
            String feature = featureOf(source);
            String text = withoutComments(Files.readString(source, StandardCharsets.UTF_8));
            Matcher table = SQL_TABLE.matcher(text);
            while (table.find()) {
                String owner = owners.get(table.group(1));
                if (owner == null || owner.equals(feature)) {
                    continue;
                }
                boolean shared =
                        SHARED_TABLES_OF.contains(owner) && MAY_USE.get(feature).contains(owner);
                if (!shared) {
                    int line = (int) text.substring(0, table.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count()
                            + 1;
                    violations.add(
                            source + ":" + line + " (" + feature + ") names " + owner + "'s table " + table.group(1));
                }
            }
        }
        assertEquals(
                List.of(),
                violations,
                "native SQL on another feature's tables: read through the owner's published interface");
    }

    @Test
    void everyTableHasAnOwningFeature() throws IOException {
        Map<String, String> owners = tableOwners();
        assertTrue(owners.size() > 50, "the migrations' tables were found: " + owners.keySet());
        assertTrue(
                owners.values().stream().noneMatch(String::isEmpty),
                "tables with no owner in TABLE_OWNERS: "
                        + owners.entrySet().stream()
                                .filter(e -> e.getValue().isEmpty())
                                .map(Map.Entry::getKey)
                                .toList());
    }

    /** The scanner itself: a statement on another feature's table is found, JPQL on an entity is not. */
    @Test
    void theSqlScannerFindsTablesInSqlAndIgnoresJpql() {
        List<String> found = new ArrayList<>();
        Matcher matcher = SQL_TABLE.matcher(
                withoutComments(
                        "select c.id from competition_entry c join score_sheet s on s.subject = c.id; "
                                + "select e from CompetitionEntry e join e.round r; insert into award_change (id) values (1) /* from alliance */"));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertEquals(List.of("competition_entry", "score_sheet", "award_change"), found);
    }

    private static String withoutComments(String source) {
        return COMMENT.matcher(source)
                .replaceAll(comment -> "\n".repeat((int)
                        comment.group().chars().filter(c -> c == '\n').count()));
    }

    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration :
                    migrations.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher created = CREATE_TABLE.matcher(Files.readString(migration, StandardCharsets.UTF_8));
                while (created.find()) {
                    String table = created.group(1).toLowerCase(Locale.ROOT);
                    owners.put(
                            table,
                            TABLE_OWNERS.entrySet().stream()
                                    .filter(e -> e.getKey().matcher(table).matches())
                                    .map(Map.Entry::getValue)
                                    .findFirst()
                                    .orElse(""));
                }
            }
        }
        return owners;
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/greenhub"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String featureOf(Path source) {
        return Path.of("src/main/java/org/greenhub")
                .relativize(source)
                .getName(0)
                .toString();
    }

    private static List<String> features() {
        return classes.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT))
                .map(p -> p.substring(ROOT.length()).split("\\.")[0])
                .distinct()
                .toList();
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    /**
     * Issue 16: every feature reaches the database only through its {@code infrastructure}: use cases inject the
     * repository (domain) and query (application) interfaces that infrastructure implements. The demo data set is
     * tooling, not product, and is not held to it.
     */
    @Test
    void theEntityManagerIsUsedOnlyInInfrastructure() {
        check(
                noClasses()
                        .that()
                        .resideInAPackage("org.greenhub..")
                        .and()
                        .resideOutsideOfPackages("..infrastructure..", ROOT + "demo..")
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                        .because(
                                "use cases reach the database through the repositories (domain) and queries (application) that infrastructure implements"));
    }

    /** Entities that do not extend the platform's {@code BaseEntity}, each with its reason. */
    private static final Map<String, String> ENTITIES_WITHOUT_BASE = Map.of(
            ROOT + "evaluation.domain.RoundQuota",
                    "keyed by its round and group (an embedded id), not by an identity column",
            ROOT + "incubation.residency.domain.ResidencyPolicy",
                    "keyed by its incubator's id: one policy per incubator");

    @Test
    void everyEntityExtendsThePlatformBaseEntityOrIsListedWithItsReason() {
        check(ArchRuleDefinition.classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .and(DescribedPredicate.describe(
                        "not listed in ENTITIES_WITHOUT_BASE", c -> !ENTITIES_WITHOUT_BASE.containsKey(c.getName())))
                .should()
                .beAssignableTo(BaseEntity.class)
                .because("id, created_at and version are declared once, in platform.domain"));
        for (String listed : ENTITIES_WITHOUT_BASE.keySet()) {
            assertTrue(
                    classes.contain(listed)
                            && classes.get(listed).isAnnotatedWith(Entity.class)
                            && !classes.get(listed).isAssignableTo(BaseEntity.class),
                    listed + " is listed but is no longer an exception");
        }
    }

    @Test
    void noEntityRepeatsTheBaseEntitysColumns() {
        check(ArchRuleDefinition.noFields()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Entity.class)
                .should()
                .beAnnotatedWith(GeneratedValue.class)
                .orShould()
                .haveName("createdAt")
                .because("the id and created_at come from BaseEntity and CreatedEntity"));
        check(
                ArchRuleDefinition.fields()
                        .that()
                        .areAnnotatedWith(Version.class)
                        .and()
                        .areDeclaredInClassesThat()
                        .areAssignableTo(CreatedEntity.class)
                        .should()
                        .beDeclaredIn(VersionedEntity.class)
                        .because(
                                "an entity with created_at takes its version from VersionedEntity (only entities without created_at keep their own)"));
    }

    @Test
    void namesInTheFourLanguagesAreOneLocalisedNameNotFourFields() {
        check(
                ArchRuleDefinition.noFields()
                        .that()
                        .areDeclaredInClassesThat()
                        .resideInAPackage("..domain..")
                        .and()
                        .haveRawType(String.class)
                        .should()
                        .haveNameMatching(".*(Zh|Th|Vi)")
                        .because(
                                "a text in the interface languages is a platform.i18n.LocalisedName, which falls back to English and says so"));
    }

    @Test
    void aPeriodOfOfficeIsThePlatformPeriod() {
        DescribedPredicate<JavaClass> entityNamingAPerson = DescribedPredicate.describe(
                "entities naming a person",
                c -> c.isAnnotatedWith(Entity.class)
                        && c.getAllFields().stream()
                                .anyMatch(f -> f.getRawType().isAssignableTo(ROOT + "account.domain.UserAccount")));
        check(ArchRuleDefinition.noFields()
                .that()
                .areDeclaredInClassesThat(entityNamingAPerson)
                .and()
                .haveRawType(LocalDate.class)
                .should()
                .haveNameMatching("validTo|until")
                .because("a person's period of office (affiliation, seat, tie) is an embedded platform.domain.Period")
                // today no such entity has a date field of its own left: the rule guards the next one
                .allowEmptyShould(true));
    }

    @Test
    void entitiesCanBeProxiedForLazyLoading() {
        DescribedPredicate<JavaClass> mapped = DescribedPredicate.describe(
                "entities and mapped superclasses",
                c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(MappedSuperclass.class));
        check(
                ArchRuleDefinition.noMethods()
                        .that()
                        .areDeclaredInClassesThat(mapped)
                        .and()
                        .areNotPrivate()
                        .and()
                        .areNotStatic()
                        .should()
                        .haveModifier(JavaModifier.FINAL)
                        .because(
                                "Hibernate's lazy proxies override them: one final method turns lazy loading off for the entity (HHH000305)"));
    }
}
