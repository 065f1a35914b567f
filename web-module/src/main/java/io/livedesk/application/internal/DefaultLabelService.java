package io.livedesk.application.internal;

import io.livedesk.application.Actor;
import io.livedesk.application.DomainProblem;
import io.livedesk.application.LabelService;
import io.livedesk.domain.label.Label;
import io.livedesk.infrastructure.persistence.LabelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

@ApplicationScoped
@Transactional
public class DefaultLabelService implements LabelService {

    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final String DEFAULT_COLOR = "#6b7280";

    @Inject
    LabelRepository labels;

    @Inject
    AccessGuard access;

    @Override
    public LabelView create(Actor actor, String title, String description, String color) {
        access.requireAdministrator(actor);
        if (title == null || title.isBlank() || Label.normalizeTitle(title).length() > 64) {
            throw new DomainProblem.Invalid("A label needs a title of at most 64 characters.");
        }
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new DomainProblem.Invalid("A label color is written #rrggbb.");
        }
        if (labels.findByTitle(title).isPresent()) {
            throw new DomainProblem.Conflict("The label '" + Label.normalizeTitle(title) + "' already exists.");
        }
        Label label = labels.add(new Label(title, description, color == null ? DEFAULT_COLOR : color));
        labels.flush();
        return view(label);
    }

    @Override
    public List<LabelView> list(Actor actor) {
        return labels.listAll().stream().map(DefaultLabelService::view).toList();
    }

    static LabelView view(Label label) {
        return new LabelView(label.getId(), label.getTitle(), label.getDescription(), label.getColor());
    }
}
