package io.membership.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * mongo-java-server's findAndModify does not report to the oplog, so the journal reads the touched document's id from
 * the answer: the returned document, or the upserted id. A projection that hides {@code _id} is widened for the
 * command and narrowed again in the answer.
 */
final class FindAndModifyIds {

    private FindAndModifyIds() {
    }

    static boolean hidesId(Document query) {
        return query.get("fields") instanceof Document fields && fields.get("_id") instanceof Number include
                && include.intValue() == 0;
    }

    static Document withId(Document query) {
        Document widened = new Document(query);
        Document fields = new Document((Document) query.get("fields"));
        fields.remove("_id");
        if (fields.isEmpty()) {
            widened.remove("fields");
        } else {
            widened.put("fields", fields);
        }
        return widened;
    }

    static Document withoutId(Document response) {
        if (response.get("value") instanceof Document value) {
            Document narrowed = new Document(response);
            Document copy = new Document(value);
            copy.remove("_id");
            narrowed.put("value", copy);
            return narrowed;
        }
        return response;
    }

    static List<Object> touched(Document response) {
        List<Object> ids = new ArrayList<>();
        if (response.get("value") instanceof Document value && value.containsKey("_id")) {
            ids.add(value.get("_id"));
        }
        if (response.get("lastErrorObject") instanceof Document last && last.containsKey("upserted")) {
            ids.add(last.get("upserted"));
        }
        return ids;
    }
}
