package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.FileService;
import io.livedesk.domain.file.StoredFile;
import io.livedesk.infrastructure.config.LiveDeskConfig;
import io.livedesk.infrastructure.persistence.StoredFileRepository;
import io.livedesk.infrastructure.security.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
@Transactional
public class DefaultFileService implements FileService {

    @Inject
    StoredFileRepository files;

    @Inject
    LiveDeskConfig config;

    @Inject
    @ConfigProperty(name = "livedesk.attachments.max.bytes", defaultValue = "26214400")
    long maxBytes;

    @Inject
    Clock clock;

    @Override
    public StoredFileView upload(Actor actor, String contentType, byte[] content) {
        if (actor == null) {
            throw new DomainProblem.Unauthenticated("Sign in first.");
        }
        if (content == null || content.length == 0) {
            throw new DomainProblem.Invalid("Send the file's bytes as the request body, with its Content-Type.");
        }
        if (content.length > maxBytes) {
            throw new DomainProblem.Invalid("The file is larger than the limit of " + (maxBytes / (1024 * 1024))
                    + " MB.");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        StoredFile file = files.add(new StoredFile(BearerTokens.newToken().substring(BearerTokens.PREFIX.length()),
                type, content, clock.instant()));
        files.flush();
        return new StoredFileView(file.getId(), file.path(), config.publicUrl() + file.path(), type, content.length);
    }
}
