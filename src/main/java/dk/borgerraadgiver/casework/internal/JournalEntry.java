package dk.borgerraadgiver.casework.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A note the advisor writes in a case's journal. */
@Entity
@Table(name = "case_journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long caseId;
    private String author;
    private Instant writtenAt;
    private String text;

    protected JournalEntry() {
        this.author = this.text = "";
        this.writtenAt = Instant.EPOCH;
    }

    public JournalEntry(long caseId, String author, Instant writtenAt, String text) {
        this.caseId = caseId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public String author() { return author; }
    public Instant writtenAt() { return writtenAt; }
    public String text() { return text; }
}
