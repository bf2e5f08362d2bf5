package io.membership.queryservice.members.web;

import io.membership.queryservice.members.projection.MemberDocument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The members export. The first three columns are the import format (email, roles, tags; several values in one
 * cell separated by {@value #VALUES}), so an export can be imported again; the others describe the row.
 */
final class MembersCsv {

    static final String VALUES = ";";
    private static final String[] HEADER = {"email", "roles", "tags", "state", "guidance", "confirmation",
            "invitedAt", "expiresAt"};

    static void write(OutputStream out, Consumer<Consumer<MemberDocument>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(writer);
        try {
            rows.accept(member -> print(csv, member));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, MemberDocument m) {
        try {
            csv.printRecord(m.email(), String.join(VALUES, m.roles().stream().map(Enum::name).toList()),
                    String.join(VALUES, m.tags()), m.state(), m.guidance(), m.confirmation(),
                    m.invitedAt() == null ? "" : m.invitedAt().toString(),
                    m.expiresAt() == null ? "" : m.expiresAt().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MembersCsv() {
    }
}
