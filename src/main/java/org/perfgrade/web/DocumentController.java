package org.perfgrade.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.perfgrade.document.DocumentArchive;
import org.perfgrade.reference.Glossary;
import org.perfgrade.reference.ReferenceData;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 文档下载: lists the archived documents of a business date that the user may see ({@link DocumentAccess}), by county
 * and under their Chinese names ({@link DocumentListing}), and
 * serves one version by its archive id only — the file is found from the archive row, never from the request, and
 * must still have the content the archive recorded.
 */
@Controller
class DocumentController {

    private final DocumentCatalog catalog;
    private final DocumentArchive archive;
    private final DocumentListing listing;
    private final AuditLog audit;

    DocumentController(DocumentCatalog catalog, DocumentArchive archive, ReferenceData reference, Glossary glossary,
                       AuditLog audit) {
        this.catalog = catalog;
        this.archive = archive;
        this.listing = new DocumentListing(glossary, reference);
        this.audit = audit;
    }

    @GetMapping("/documents")
    String list(@AuthenticationPrincipal ConsoleUserDetails user,
                @RequestParam(name = "date", required = false) LocalDate date,
                @RequestParam(name = "kind", required = false) String kind, Model model) {
        String onlyKind = DocumentAccess.onlyKind(user);
        List<LocalDate> dates = onlyKind == null ? catalog.dates() : catalog.dates(onlyKind);
        LocalDate day = date != null ? date : dates.isEmpty() ? null : dates.get(0);
        String kindOrNull = kind == null || kind.isBlank() ? null : kind;
        List<ConsoleDocument> ofTheDay = day == null ? List.of() : catalog.newest(day, null).stream()
                .filter(d -> DocumentAccess.maySee(user, d)).toList();
        List<ConsoleDocument> documents = ofTheDay.stream()
                .filter(d -> kindOrNull == null || kindOrNull.equals(d.kind())).toList();
        Set<String> kinds = new LinkedHashSet<>(ofTheDay.stream().map(ConsoleDocument::kind).toList());
        if (kindOrNull != null) {
            kinds.add(kindOrNull);
        }
        model.addAttribute("user", user);
        model.addAttribute("dates", DocumentListing.dates(dates));
        model.addAttribute("kinds", listing.kinds(kinds));
        model.addAttribute("date", day == null ? null : day.toString());
        model.addAttribute("dateText", ConsoleText.date(day));
        model.addAttribute("kind", kindOrNull);
        model.addAttribute("groups", listing.groups(documents));
        return "documents";
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal ConsoleUserDetails user, @PathVariable("id") long id,
                                      HttpServletRequest request) {
        ConsoleDocument document = catalog.find(id).filter(d -> DocumentAccess.maySee(user, d))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该文档"));
        Path outDir = archive.outDir();
        Path file = outDir.resolve(document.path()).normalize();
        if (!file.startsWith(outDir) || !Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "文档文件已不在输出目录中");
        }
        if (!document.sha256().equals(sha256(file))) {
            throw new ResponseStatusException(HttpStatus.GONE, "该版本已被同名的新版本替换，请下载最新版本");
        }
        audit.record(user.getUsername(), AuditAction.DOWNLOAD,
                "#" + document.id() + " " + document.kind() + " " + document.path(), request.getRemoteAddr());
        MediaType type = MediaTypeFactory.getMediaType(document.fileName()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .contentLength(document.size())
                .body(new FileSystemResource(file));
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
