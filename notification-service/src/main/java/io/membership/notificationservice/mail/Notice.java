package io.membership.notificationservice.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * What an email says, as message keys of the {@code mail/messages} bundles under one prefix: {@code <key>.subject},
 * paragraphs {@code <key>.<part>}, and with a link {@code <key>.button}. The words come in the reader's language when
 * {@link NoticeComposer} renders it.
 */
public final class Notice {

    record Paragraph(String code, Object[] args) {
    }

    private final String key;
    private final Object[] subjectArgs;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private String link;

    private Notice(String key, Object[] subjectArgs) {
        this.key = key;
        this.subjectArgs = subjectArgs;
    }

    public static Notice of(String key, Object... subjectArgs) {
        return new Notice(key, subjectArgs);
    }

    public Notice paragraph(String part, Object... args) {
        paragraphs.add(new Paragraph(key + "." + part, args));
        return this;
    }

    public Notice link(String url) {
        this.link = url;
        return this;
    }

    String key() {
        return key;
    }

    Object[] subjectArgs() {
        return subjectArgs;
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    String link() {
        return link;
    }
}
