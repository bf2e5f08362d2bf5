package io.membership.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * An append-only file of records, each {@code length, crc32, kind, name, BSON document}. Appends reach the operating
 * system before the write is answered, so a killed process loses nothing; {@link #force()} (called every 100 ms by the
 * backend) makes them durable against a machine crash too, as MongoDB's own journal does by default. A torn record at
 * the end (a crash in the middle of an append) is cut off when the file is read.
 */
final class Journal implements AutoCloseable {

    enum Kind {
        /** The whole current state of one document. */
        PUT,
        /** One document, by {@code _id}, is gone. */
        DELETE,
        /** A command that shapes the database rather than its documents (indexes, drops). */
        COMMAND
    }

    record Entry(Kind kind, String name, Document document) {
    }

    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int HEADER = 8;
    private static final int FLUSH_BYTES = 1024 * 1024;

    private final Path file;
    private final FileChannel channel;
    private ByteBuf pending = Unpooled.buffer(64 * 1024);
    private volatile boolean dirty;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static Journal openForAppend(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new Journal(file, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the MongoDB journal " + file, e);
        }
    }

    /** Reads every whole record in order; cuts a torn tail off the file. Returns the number of records read. */
    static long read(Path file, Consumer<Entry> apply) {
        if (!Files.exists(file)) {
            return 0;
        }
        long records = 0;
        long good = 0;
        long size;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            size = Files.size(file);
            while (size - good >= HEADER) {
                int length = in.readInt();
                int crc = in.readInt();
                if (length <= 0 || length > size - good - HEADER) {
                    break;
                }
                byte[] body = in.readNBytes(length);
                if (body.length != length || checksum(body) != crc) {
                    break;
                }
                apply.accept(decode(body));
                records++;
                good += HEADER + length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MongoDB journal " + file, e);
        }
        if (good < size) {
            log.warn("MongoDB journal {}: cut a torn record at byte {} of {} (a crash during a write)", file, good,
                    size);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(good);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot cut the torn end of " + file, e);
            }
        }
        return records;
    }

    void add(Kind kind, String name, Document document) {
        ByteBuf body = Unpooled.buffer();
        try {
            body.writeByte(kind.ordinal());
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            body.writeShort(nameBytes.length);
            body.writeBytes(nameBytes);
            BsonEncoder.encodeDocument(document, body);
            byte[] bytes = new byte[body.readableBytes()];
            body.readBytes(bytes);
            pending.writeInt(bytes.length);
            pending.writeInt(checksum(bytes));
            pending.writeBytes(bytes);
        } finally {
            body.release();
        }
        if (pending.readableBytes() > FLUSH_BYTES) {
            write(); // a big write (or a snapshot) goes out in pieces instead of piling up in the heap
        }
    }

    /** Hands what was added to the operating system. */
    void write() {
        if (pending.readableBytes() == 0) {
            return;
        }
        try {
            ByteBuffer buffer = pending.nioBuffer();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            pending.clear();
            if (pending.capacity() > 2 * FLUSH_BYTES) {
                pending.release();
                pending = Unpooled.buffer(64 * 1024);
            }
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the MongoDB journal " + file, e);
        }
    }

    void force() {
        if (!dirty) {
            return;
        }
        try {
            dirty = false;
            channel.force(false);
        } catch (IOException e) {
            log.warn("MongoDB journal {}: sync to disk failed: {}", file, e.toString());
        }
    }

    long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            return 0;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        write();
        force();
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("MongoDB journal {}: close failed: {}", file, e.toString());
        }
        pending.release();
    }

    private static Entry decode(byte[] body) {
        ByteBuf buffer = Unpooled.wrappedBuffer(body);
        Kind kind = Kind.values()[buffer.readByte()];
        byte[] name = new byte[buffer.readUnsignedShort()];
        buffer.readBytes(name);
        Document document = BsonDecoder.decodeBson(buffer);
        return new Entry(kind, new String(name, StandardCharsets.UTF_8), document);
    }

    private static int checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
