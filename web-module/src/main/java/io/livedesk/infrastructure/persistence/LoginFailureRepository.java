package io.livedesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Failed logins by throttle key, in the database so that every server sees the same count. Plain rows, not entities:
 * nothing but the throttle reads them, and they live a quarter of an hour.
 */
@ApplicationScoped
public class LoginFailureRepository {

    @PersistenceContext(unitName = "livedesk")
    EntityManager em;

    public void add(String key, Instant at) {
        em.createNativeQuery("INSERT INTO login_failure (throttle_key, failed_at) VALUES (?, ?)")
                .setParameter(1, key).setParameter(2, Timestamp.from(at)).executeUpdate();
    }

    /** The key's failures after {@code after}, oldest first. */
    public List<Instant> since(String key, Instant after) {
        List<?> rows = em.createNativeQuery("SELECT failed_at FROM login_failure WHERE throttle_key = ? "
                        + "AND failed_at > ? ORDER BY failed_at")
                .setParameter(1, key).setParameter(2, Timestamp.from(after)).getResultList();
        return rows.stream().map(LoginFailureRepository::instant).toList();
    }

    public void forget(String key) {
        em.createNativeQuery("DELETE FROM login_failure WHERE throttle_key = ?").setParameter(1, key).executeUpdate();
    }

    public void forgetUpTo(Instant until) {
        em.createNativeQuery("DELETE FROM login_failure WHERE failed_at <= ?")
                .setParameter(1, Timestamp.from(until)).executeUpdate();
    }

    private static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) column;
    }
}
