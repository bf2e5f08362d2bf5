package io.membership.queryservice.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.membership.queryservice.audit.query.AuditEntryView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes pages of the audit log as they are read: CSV with a header, or one JSON object per line (NDJSON). */
sealed interface AuditExport {

    void write(List<AuditEntryView> page);

    void finish() throws IOException;

    static AuditExport csv(OutputStream out) throws IOException {
        return new Csv(CSVFormat.DEFAULT.builder().setHeader("time", "eventId", "action", "actor", "actorEmail",
                "subject", "memberId", "subjectEmail", "before", "after", "correlationId", "source").get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    static AuditExport ndjson(OutputStream out, ObjectMapper json) {
        return new Ndjson(new OutputStreamWriter(out, StandardCharsets.UTF_8), json);
    }

    record Csv(CSVPrinter csv) implements AuditExport {
        @Override
        public void write(List<AuditEntryView> page) {
            try {
                for (AuditEntryView e : page) {
                    csv.printRecord(e.time(), e.eventId(), e.action(), e.actor(), e.actorEmail(), e.subject(),
                            e.memberId(), e.subjectEmail(), e.before(), e.after(), e.correlationId(), e.source());
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() throws IOException {
            csv.flush();
        }
    }

    record Ndjson(Writer writer, ObjectMapper json) implements AuditExport {
        @Override
        public void write(List<AuditEntryView> page) {
            try {
                for (AuditEntryView e : page) {
                    writer.write(json.writeValueAsString(e));
                    writer.write('\n');
                }
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }
    }
}
