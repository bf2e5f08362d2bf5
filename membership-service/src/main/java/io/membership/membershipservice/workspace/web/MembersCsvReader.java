package io.membership.membershipservice.workspace.web;

import io.membership.contract.Role;
import io.membership.contract.membership.ImportMembers;
import io.membership.membershipservice.common.EmailAddress;
import io.membership.membershipservice.workspace.command.MemberTags;
import io.membership.platform.errors.ApiException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the members CSV (the export format of query-service): a header naming at least {@code email}, optionally
 * {@code roles} and {@code tags}, several values in one cell separated by ';'; other columns are ignored. Each row is
 * checked on its own: a bad row is reported with its line number and reason, the good ones go in. The same email
 * twice (case-insensitive) is merged into its first row: roles and tags are united.
 */
final class MembersCsvReader {

    static final int MAX_ROWS = 5_000;
    private static final String VALUES = ";";

    record RowProblem(long line, String email, String reason) {
    }

    record Parsed(List<ImportMembers.Row> rows, List<RowProblem> problems, int merged) {
    }

    private MembersCsvReader() {
    }

    static Parsed read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = format.parse(csv)) {
            if (!parser.getHeaderMap().containsKey("email")) {
                throw ApiException.badRequest("invalid-csv", "the first line must be a header naming the 'email' column"
                        + " (and optionally 'roles' and 'tags')");
            }
            return readRows(parser);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.badRequest("invalid-csv", "the file is not readable CSV: " + plain(e));
        }
    }

    private static Parsed readRows(CSVParser parser) {
        Map<String, ImportMembers.Row> byEmail = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        int merged = 0;
        int count = 0;
        for (CSVRecord record : parser) {
            if (++count > MAX_ROWS) {
                throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-rows",
                        "an import holds at most " + MAX_ROWS + " rows; split the file");
            }
            long line = parser.getCurrentLineNumber();
            String rawEmail = cell(record, "email");
            try {
                ImportMembers.Row row = row((int) line, rawEmail, cell(record, "roles"), cell(record, "tags"));
                ImportMembers.Row first = byEmail.get(row.email());
                if (first == null) {
                    byEmail.put(row.email(), row);
                } else {
                    byEmail.put(row.email(), merge(first, row));
                    merged++;
                }
            } catch (RowException e) {
                problems.add(new RowProblem(line, abbreviate(rawEmail), e.getMessage()));
            }
        }
        return new Parsed(List.copyOf(byEmail.values()), problems, merged);
    }

    private static ImportMembers.Row row(int line, String rawEmail, String rawRoles, String rawTags) {
        String email = EmailAddress.parse(rawEmail).orElseThrow(() -> new RowException("not a valid email address"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : split(rawRoles)) {
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new RowException("'" + abbreviate(name) + "' is not a role (MEMBER, ADMIN, AUDITOR)");
            }
        }
        List<String> tags = MemberTags.normalise(split(rawTags));
        MemberTags.problem(tags).ifPresent(problem -> {
            throw new RowException(problem);
        });
        return new ImportMembers.Row(line, email, roles, tags);
    }

    private static ImportMembers.Row merge(ImportMembers.Row first, ImportMembers.Row again) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(first.roles());
        roles.addAll(again.roles());
        List<String> tags = new ArrayList<>(first.tags());
        tags.addAll(again.tags());
        List<String> united = MemberTags.normalise(tags);
        MemberTags.problem(united).ifPresent(problem -> {
            throw new RowException("same email as line " + first.line() + "; together: " + problem);
        });
        return new ImportMembers.Row(first.line(), first.email(), roles, united);
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(VALUES)).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static String abbreviate(String value) {
        return value == null ? null : value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String plain(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return abbreviate(message.replaceAll("[\\r\\n]+", " "));
    }

    private static final class RowException extends RuntimeException {
        RowException(String reason) {
            super(reason, null, false, false);
        }
    }
}
