package io.membership.queryservice.store;

import io.membership.queryservice.testing.ReadModels;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionedDocumentsTest {

    static class Note {
        @Id
        String id;
        List<String> lines = new ArrayList<>();
        @Version
        Long version;

        static Note create(String id) {
            Note note = new Note();
            note.id = id;
            return note;
        }
    }

    private final MongoTemplate mongo = ReadModels.fresh().mongo;

    private static void append(VersionedDocuments documents, String line) {
        documents.modify(Note.class, "n1", () -> Note.create("n1"), note -> note.lines.add(line));
    }

    @Test
    void aKeptCopyThatAnotherInstanceChangedMeanwhileIsReadAgain() {
        VersionedDocuments first = new VersionedDocuments(mongo);
        VersionedDocuments second = new VersionedDocuments(mongo);

        append(first, "a");
        append(second, "b");
        append(first, "c");

        assertThat(mongo.findById("n1", Note.class).lines).containsExactly("a", "b", "c");
    }

    @Test
    void aKeptCopyOfADocumentDroppedMeanwhileIsNotWrittenBack() {
        VersionedDocuments documents = new VersionedDocuments(mongo);
        append(documents, "before the drop");
        mongo.dropCollection(Note.class);

        append(documents, "after the drop");

        assertThat(mongo.findById("n1", Note.class).lines).containsExactly("after the drop");
    }
}
