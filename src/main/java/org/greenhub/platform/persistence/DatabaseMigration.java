package org.greenhub.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings the schema up to date when the application starts, then lets Hibernate check its mappings against it.
 * Hibernate's own validation cannot run earlier: WildFly starts the persistence unit before any application code.
 */
@ApplicationScoped
public class DatabaseMigration {

    /** Observers that need the schema run after this priority. */
    public static final int PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/GreenHubDS")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
