package org.perfgrade.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.perfgrade.WorkspaceProperties;
import org.perfgrade.ingest.receipt.ReceiptRows;

import org.springframework.stereotype.Component;

/**
 * 原件归档: keeps every county file exactly as received, under {@code <data>/submissions/<sha256>/}, before anything
 * reads it. Inputs are never deleted; a rejected inbox file is moved to {@code rejected/} beside it with a reason.
 */
@Component
public class OriginalFiles {

    /** A received file: its archived copy and its SHA-256. */
    public record Received(Path original, Path archived, String sha256, long size) {
    }

    private final Path root;

    public OriginalFiles(WorkspaceProperties workspace) {
        this.root = workspace.dataDir().toAbsolutePath().normalize().resolve("submissions");
    }

    /**
     * Where {@code loadRows} keeps the rows of a submission for its receipt ({@link ReceiptRows}):
     * {@code <data>/receipt-work/<sha256>.rows}, beside the archive, not in it.
     */
    public Path receiptRows(String sha256) {
        return root.resolveSibling("receipt-work").resolve(sha256 + ".rows");
    }

    /** Copies the file into the archive (once per content) and returns its SHA-256. */
    public Received keep(Path file) {
        try {
            Files.createDirectories(root);
            Path temp = root.resolve(".incoming-" + UUID.randomUUID());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                size = Files.copy(in, temp);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path dir = root.resolve(sha);
            Path archived = dir.resolve(safeName(file.getFileName().toString()));
            if (Files.exists(archived)) {
                Files.delete(temp);
            }
            else {
                Files.createDirectories(dir);
                Files.move(temp, archived, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Received(file, archived, sha, size);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法归档原件 " + file + "：" + ex.getMessage(), ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The archived copy of a submission. */
    public Path archived(String sha256, String fileName) {
        return root.resolve(sha256).resolve(safeName(fileName));
    }

    /**
     * Moves a rejected inbox file to {@code rejected/} in its folder, with {@code <name>.原因.txt} beside it. Files
     * given on the command line stay where they are (the archive holds their copy).
     */
    public Path moveRejected(Path file, String reason) {
        try {
            Path dir = file.toAbsolutePath().getParent().resolve("rejected");
            Files.createDirectories(dir);
            Path target = dir.resolve(file.getFileName());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(file.getFileName() + ".原因.txt"), reason + System.lineSeparator());
            return target;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法移动被拒文件 " + file + "：" + ex.getMessage(), ex);
        }
    }

    private static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return cleaned.isBlank() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}
