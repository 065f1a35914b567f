package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.inbox.FacebookLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class FacebookLoginRepository extends Repository<FacebookLogin> {

    public FacebookLoginRepository() {
        super(FacebookLogin.class);
    }

    /** Locked, so that two answers carrying the same state cannot both be taken. */
    public Optional<FacebookLogin> findByStateHashForUpdate(String stateHash) {
        return em.createQuery("SELECT l FROM FacebookLogin l WHERE l.stateHash = :hash", FacebookLogin.class)
                .setParameter("hash", stateHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
