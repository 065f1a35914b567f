package io.livedesk.infrastructure.persistence;

import io.livedesk.domain.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamRepository extends Repository<Team> {

    public TeamRepository() {
        super(Team.class);
    }

    public List<Team> listAll() {
        return em.createQuery("SELECT DISTINCT t FROM Team t LEFT JOIN FETCH t.members ORDER BY t.name", Team.class)
                .getResultList();
    }

    public Optional<Team> findByName(String name) {
        return em.createQuery("SELECT t FROM Team t WHERE LOWER(t.name) = LOWER(:name)", Team.class)
                .setParameter("name", name).getResultStream().findFirst();
    }
}
