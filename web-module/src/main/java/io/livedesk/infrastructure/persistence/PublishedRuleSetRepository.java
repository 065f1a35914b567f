package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.policy.PublishedRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PublishedRuleSetRepository extends Repository<PublishedRuleSet> {

    public PublishedRuleSetRepository() {
        super(PublishedRuleSet.class);
    }

    public List<PublishedRuleSet> newestFirst(int limit) {
        return em.createQuery("SELECT p FROM PublishedRuleSet p LEFT JOIN FETCH p.publishedBy "
                + "ORDER BY p.publishedAt DESC, p.id DESC", PublishedRuleSet.class).setMaxResults(limit).getResultList();
    }

    public Optional<PublishedRuleSet> latest() {
        return newestFirst(1).stream().findFirst();
    }
}
