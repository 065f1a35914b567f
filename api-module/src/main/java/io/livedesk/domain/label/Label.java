package io.livedesk.domain.label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** A tag for conversations, by title; titles are lower case, without spaces, and unique. */
@Entity
@Table(name = "label")
public class Label {

    @Id
    @SequenceGenerator(name = "label_seq", sequenceName = "label_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "label_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(nullable = false)
    private String color;

    protected Label() {
    }

    public Label(String title, String description, String color) {
        this.title = normalizeTitle(title);
        this.description = description;
        this.color = color;
    }

    public static String normalizeTitle(String title) {
        return title == null ? null : title.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    public void describe(String description, String color) {
        this.description = description;
        this.color = color;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getColor() { return color; }
}
