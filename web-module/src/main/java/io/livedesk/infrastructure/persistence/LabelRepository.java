package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.label.Label;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LabelRepository extends Repository<Label> {

    public LabelRepository() {
        super(Label.class);
    }

    public List<Label> listAll() {
        return em.createQuery("SELECT l FROM Label l ORDER BY l.title", Label.class).getResultList();
    }

    public Optional<Label> findByTitle(String title) {
        return em.createQuery("SELECT l FROM Label l WHERE l.title = :title", Label.class)
                .setParameter("title", Label.normalizeTitle(title)).getResultStream().findFirst();
    }

    public List<Label> findByTitles(Collection<String> titles) {
        if (titles.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM Label l WHERE l.title IN :titles", Label.class)
                .setParameter("titles", titles.stream().map(Label::normalizeTitle).toList()).getResultList();
    }
}
