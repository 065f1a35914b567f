package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.account.ApiToken;
import io.livedesk.domain.account.TokenKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository extends Repository<ApiToken> {

    public ApiTokenRepository() {
        super(ApiToken.class);
    }

    /** One query per authenticated request: the token with its user. */
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> listActive(long userId, Instant now) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.user.id = :user AND t.revokedAt IS NULL "
                        + "AND (t.expiresAt IS NULL OR t.expiresAt > :now) ORDER BY t.createdAt DESC", ApiToken.class)
                .setParameter("user", userId).setParameter("now", now)
                .getResultList();
    }

    public int revokeAll(long userId, Instant now) {
        return em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.user.id = :user AND t.revokedAt IS NULL")
                .setParameter("now", now).setParameter("user", userId)
                .executeUpdate();
    }

    public int revokeAll(long userId, TokenKind kind, Instant now) {
        return em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now "
                        + "WHERE t.user.id = :user AND t.kind = :kind AND t.revokedAt IS NULL")
                .setParameter("now", now).setParameter("user", userId).setParameter("kind", kind)
                .executeUpdate();
    }

    /** Keeps last-use times useful without writing on every request. */
    public void touch(long tokenId, Instant now, Instant notSince) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id "
                        + "AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :notSince)")
                .setParameter("now", now).setParameter("id", tokenId).setParameter("notSince", notSince)
                .executeUpdate();
    }
}
