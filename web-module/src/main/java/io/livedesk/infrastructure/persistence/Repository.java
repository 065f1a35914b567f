package io.livedesk.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** What every repository does the same way: find by id and add. Each subclass adds its own queries. */
public abstract class Repository<T> {

    @PersistenceContext(unitName = "livedesk")
    protected EntityManager em;

    private final Class<T> type;

    protected Repository(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public void remove(T entity) {
        em.remove(entity);
    }

    /** Sends pending changes now, so that an id or a constraint violation shows up inside the caller's code. */
    public void flush() {
        em.flush();
    }
}
