package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.file.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StoredFileRepository extends Repository<StoredFile> {

    public StoredFileRepository() {
        super(StoredFile.class);
    }
}
