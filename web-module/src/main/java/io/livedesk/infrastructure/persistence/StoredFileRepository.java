package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.file.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StoredFileRepository extends Repository<StoredFile> {

    public StoredFileRepository() {
        super(StoredFile.class);
    }

    /** The bytes, read on their own (the entity loads them lazily, and a servlet has no transaction to load in). */
    public byte[] contentOf(long id) {
        return em.createQuery("SELECT f.content FROM StoredFile f WHERE f.id = :id", byte[].class)
                .setParameter("id", id).getSingleResult();
    }
}
