package io.membership.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.membership.contract.invitation.InvitationExpired;
import io.membership.contract.membership.SeatReleased;
import io.membership.infra.Infrastructure;

/**
 * What a refused request must leave untouched: the two event stores and the credential store. Commands are handled
 * before a write answers, so a wrongly accepted one shows here at once. Expiry runs on its own clock in the
 * background, so its two events are left out of the counts; every other event is counted.
 */
record StoreSnapshot(long membershipEvents, long invitationEvents, long credentials) {

    private static MongoClient mongo;

    static synchronized StoreSnapshot take(Infrastructure infrastructure) {
        if (mongo == null) {
            mongo = MongoClients.create(infrastructure.mongoUri());
        }
        return new StoreSnapshot(
                mongo.getDatabase("membership").getCollection("domainevents")
                        .countDocuments(Filters.ne("payloadType", SeatReleased.class.getName())),
                mongo.getDatabase("invitation").getCollection("domainevents")
                        .countDocuments(Filters.ne("payloadType", InvitationExpired.class.getName())),
                mongo.getDatabase("membership").getCollection("credentials").countDocuments());
    }
}
