package io.livedesk.application;

import java.util.List;

/** Labels for conversations. Administrators define them; everyone applies them. */
public interface LabelService {

    record LabelView(long id, String title, String description, String color) {
    }

    LabelView create(Actor actor, String title, String description, String color);

    List<LabelView> list(Actor actor);
}
