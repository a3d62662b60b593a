package org.perfgrade.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old version or the complete new one: the bytes go to a hidden
 * temporary file beside the target, are forced to disk, and the temporary file is renamed over the target.
 */
public final class AtomicFiles {

    /** The SHA-256 and size of what was written. */
    public record Written(String sha256, long size) {
    }

    private AtomicFiles() {
    }

    public static Written write(Path target, DocumentContent content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeLeftovers(dir, target.getFileName().toString());
        // created like any other file, so that the umask applies (createTempFile would make every document 0600)
        Path temp = Files.createFile(dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            MessageDigest digest = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                CountingOutputStream counter = new CountingOutputStream(Channels.newOutputStream(channel));
                try (OutputStream out = new DigestOutputStream(counter, digest)) {
                    content.writeTo(new NonClosingOutputStream(out));
                    out.flush();
                    channel.force(true);
                }
                size = counter.count();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(dir);
            return new Written(HexFormat.of().formatHex(digest.digest()), size);
        }
        catch (IOException | RuntimeException | Error ex) {
            Files.deleteIfExists(temp);
            throw ex;
        }
        catch (Exception ex) {
            Files.deleteIfExists(temp);
            throw new IOException("写入 " + target.getFileName() + " 失败：" + ex.getMessage(), ex);
        }
    }

    /**
     * Deletes the temporary files a killed process left for this target (never visible as documents: hidden and
     * never renamed), so that a restart that writes the document again leaves the folder clean.
     */
    private static void removeLeftovers(Path dir, String name) throws IOException {
        String prefix = "." + name + ".";
        try (var siblings = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() == prefix.length() + 36 + 4;
        })) {
            for (Path leftover : siblings) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Makes the rename itself durable (a crash right after it must not bring the old file back). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
        catch (IOException ex) {
            // not every platform can open a directory (Windows); the rename is still atomic there
        }
    }

    /** The SHA-256 of a file, as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    /** Libraries close the stream they are given; the archive closes it itself after forcing it to disk. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
